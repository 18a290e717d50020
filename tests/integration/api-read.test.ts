import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../api/logger.js';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { createContext } from '../../api/schema/context.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

async function run(source: string, variableValues?: Record<string, unknown>) {
  const contextValue = createContext({ db, logger: createLogger('silent') });
  return graphql({ schema, source, variableValues, contextValue });
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

describe('smoke', () => {
  it('runs', async () => {
    const r = await run(`{ search(text: "Singh") { score node { id name type } } 
      network(kind: OPPOSITION) { nodes { id label type kind } edges { id status evidence { quote offset source { id } } derivedFrom { id evidence { quote offset } } } }
      dateRange { first last }
      parties(first: 3) { totalCount edges { cursor node { id name country { name } } } pageInfo { hasNextPage endCursor } }
    }`);
    console.log(JSON.stringify(r, null, 1).slice(0, 6000));
    expect(r.errors).toBeUndefined();
  });
});
