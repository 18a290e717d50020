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
  it('are five', () => {
    expect(blocks).toHaveLength(5);
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

  it('show who opposes the United States, each relationship with its quotes or its derivation', async () => {
    const { party } = await run(blocks[0] ?? '');
    const edges = party.relationships.edges.map((e: { node: unknown }) => e.node);
    expect(party.relationships.totalCount).toBe(edges.length);
    const militia = edges.find((e: { fromNode: { name: string } }) => e.fromNode.name === 'Iraqi militia groups');
    expect(militia.status).toBe('DERIVED');
    expect(militia.derivedFrom.map((d: { type: string }) => d.type)).toEqual(
      expect.arrayContaining(['CARRIED_OUT', 'TARGETED']),
    );
    expect(edges.map((e: { fromNode: { name: string } }) => e.fromNode.name)).toEqual(
      expect.arrayContaining(['Iraqi government', 'Iraqi parliament']),
    );
    for (const edge of edges) {
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

  it('show who fights whom as party-to-party ties, with counts, dates and evidence', async () => {
    const { actorNetwork } = await run(blocks[3] ?? '');
    expect(actorNetwork.totalTies).toBeGreaterThanOrEqual(actorNetwork.ties.length);
    const militia = actorNetwork.ties.find(
      (t: { from: { name: string }; to: { name: string } }) =>
        t.from.name === 'Iraqi militia groups' && t.to.name === 'United States',
    );
    expect(militia.counts).toEqual([
      { kind: 'Attack', count: 1 },
      { kind: 'CONDEMNED', count: 1 },
    ]);
    expect(militia.firstDate).toBe('2023-10-01');
    expect(militia.evidence.totalCount).toBe(3);
  });

  it('show the blocs and the balance of the signed network', async () => {
    const { analysis } = await run(blocks[4] ?? '');
    const blocOf = (id: string) =>
      analysis.blocs.blocs.findIndex((b: { partyIds: string[] }) => b.partyIds.includes(id));
    expect(blocOf('united-states')).not.toBe(blocOf('iraqi-militia-groups'));
    expect(analysis.balance.triangleScore).toBe(1);
    expect(analysis.centrality[0].party.name).toBe('United States');
  });
});
