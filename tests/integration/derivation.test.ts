/**
 * derivedFrom tells the whole chain or says why it cannot: a derived relationship whose base is
 * gone is reported in that field, not answered with a shorter chain.
 */
import { type GraphQLSchema, graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/index.js';
import { createContext } from '../../api/schema/context.js';
import { createLogger } from '../../core/logger.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

const QUERY = `{ relationship(id: "pentagon:STATED:singh-hmc-remarks") { id derivedFrom { id } } }`;

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

async function run() {
  return graphql({ schema, source: QUERY, contextValue: createContext({ db, logger: createLogger('silent') }) });
}

describe('Relationship.derivedFrom', () => {
  it('lists every relationship a derived one follows from', async () => {
    const result = await run();
    expect(result.errors).toBeUndefined();
    const rel = result.data?.relationship as { derivedFrom: { id: string }[] } | undefined;
    const ids = (rel?.derivedFrom ?? []).map((r) => r.id);
    expect(ids.sort()).toEqual(['sabrina-singh:REPRESENTS:pentagon', 'sabrina-singh:STATED:singh-hmc-remarks']);
  });

  it('reports a missing base relationship by id instead of shortening the chain', async () => {
    // Simulate a base that disappeared behind the API's back (retract refuses to do this itself).
    await db.write({
      cypher: 'MATCH ()-[r:STATED {id: $id}]->() DELETE r',
      params: { id: 'sabrina-singh:STATED:singh-hmc-remarks' },
    });
    const result = await run();
    expect(result.errors?.[0]?.message).toContain('sabrina-singh:STATED:singh-hmc-remarks');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.path).toEqual(['relationship', 'derivedFrom']);
    await loadSeedGraph(db);
  });
});
