/**
 * The README's example queries, run as written against the seed graph: documentation that
 * stops working fails here.
 */
import { readFileSync } from 'node:fs';
import { type GraphQLSchema, graphql, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../api/limits/index.js';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { createContext } from '../../api/schema/context.js';
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/logger.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

async function run(source: string) {
  const result = await graphql({ schema, source, contextValue: createContext({ db, logger: createLogger('silent') }) });
  expect(result.errors).toBeUndefined();
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field below
  return result.data as any;
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

describe("the README's example queries", () => {
  it('are three', () => {
    expect(blocks).toHaveLength(3);
  });

  it("fit within the API's default cost limit, so they also run over HTTP", () => {
    const { maxCost } = loadConfig({}).limits;
    for (const block of blocks) {
      const document = parse(block);
      const operation = document.definitions.find(
        (d) => d.kind === Kind.OPERATION_DEFINITION,
      ) as OperationDefinitionNode;
      expect(operationCost(schema, document, operation)).toBeLessThanOrEqual(maxCost);
    }
  });

  it('show who opposes whom since October 2023, each edge with its quotes or its derivation', async () => {
    const { network } = await run(blocks[0] ?? '');
    expect(network.edges.length).toBeGreaterThan(0);
    const militia = network.edges.find(
      (e: { fromNode: { name: string }; toNode: { name: string } }) =>
        e.fromNode.name === 'Iraqi militia groups' && e.toNode.name === 'United States',
    );
    expect(militia.status).toBe('DERIVED');
    expect(militia.derivedFrom.map((d: { type: string }) => d.type)).toEqual(
      expect.arrayContaining(['CARRIED_OUT', 'TARGETED']),
    );
    for (const edge of network.edges) {
      const quotes =
        edge.status === 'STATED' ? edge.evidence : edge.derivedFrom.flatMap((d: { evidence: unknown[] }) => d.evidence);
      expect(quotes.length).toBeGreaterThan(0);
    }
  });

  it('say whom Sabrina Singh speaks for, with the offset of each quote', async () => {
    const { party } = await run(blocks[1] ?? '');
    expect(party.represents.map((r: { toNode: { name: string } }) => r.toNode.name)).toEqual(
      expect.arrayContaining(['Pentagon', 'United States']),
    );
    expect(party.represents[0].evidence[0].offset).toBeGreaterThan(0);
    expect(party.events.length).toBeGreaterThan(0);
  });

  it('find the militia groups and what their attacks targeted', async () => {
    const data = await run(blocks[2] ?? '');
    expect(data.search[0].node.id).toBe('iraqi-militia-groups');
    const targets = data.party.events.flatMap(
      (e: { relationships: { edges: { node: { toNode: { name: string } } }[] } }) =>
        e.relationships.edges.map((x) => x.node.toNode.name),
    );
    expect(targets).toContain('US forces');
  });
});
