/**
 * An operation runs on graphql-js the first time and on graphql-jit once it comes back
 * (api/schema/compiled-executor.ts): over HTTP, against the seed graph, both runs must give the
 * same status and the same body, answers and errors alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seededTestServer } from '../support/api-server.js';
import { testDatabase } from '../support/neo4j.js';

const README_OPERATIONS = [...readFileSync('README.md', 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
  (m) => m[1] ?? '',
);

/** Besides the README's: unions and fragments, variables, arguments refused, variables refused, missing nodes. */
const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  ...README_OPERATIONS.map((query, i) => ({ name: `README operation ${i + 1}`, query })),
  {
    name: 'search over the Node interface, with fragments',
    query: `query Find($text: String!) { search(text: $text, first: 5) { score node { __typename id name ...Org ... on Person { aliases } } } }
      fragment Org on Organisation { kind country { id name } }`,
    variables: { text: 'Iraq' },
  },
  {
    name: 'a network with evidence and derivations',
    query:
      '{ network(kind: OPPOSITION) { nodes { id type label } edges { id type status date { value firstDay lastDay } evidence { quote offset source { id title } } derivedFrom { id type } } } }',
  },
  {
    name: 'an argument the resolver refuses (BAD_USER_INPUT)',
    query: '{ actorNetwork(minWeight: -1) { totalTies } }',
  },
  {
    name: 'a variable of the wrong type (400)',
    query: 'query P($id: ID!, $first: Int) { party(id: $id) { relationships(first: $first) { totalCount } } }',
    variables: { id: 'iran', first: 'many' },
  },
  { name: 'a node that does not exist', query: '{ party(id: "atlantis") { id name } node(id: "iraq") { id } }' },
];

describe('operations run again (graphql-jit) answer as on their first run (graphql-js)', () => {
  const db = testDatabase();
  const server = seededTestServer(db);

  it('covers the README and the cases above', () => {
    expect(README_OPERATIONS.length).toBeGreaterThanOrEqual(5);
  });

  for (const { name, query, variables } of OPERATIONS) {
    it(name, async () => {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await server.gql(query, { variables }));
      const [first, ...again] = runs.map((r) => ({ status: r.status, body: r.body }));
      for (const run of again) expect(run).toEqual(first);
      // Each case is what its name says: an answer, or the error it names.
      if (name.includes('BAD_USER_INPUT')) expect(first?.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      else if (name.includes('(400)')) expect(first?.status).toBe(400);
      else expect(first?.body.errors).toBeUndefined();
    });
  }
});
