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

const db = testDatabase();
const server = seededTestServer(db);

describe('operations run again (graphql-jit) answer as on their first run (graphql-js)', () => {
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

/**
 * A root field's fold is planned once per operation and values of the variables its selection
 * reads (api/schema/fold.ts rootNodeFold, listingFold), and kept across requests. The same
 * document asked with other values must never get the plan of earlier ones: each answer here is
 * compared with the answer to a document of its own (a comment makes it distinct), asked once.
 */
describe('plans kept across requests follow the variables the selection reads', () => {
  const PARTY = `query P($id: ID!, $first: Int, $types: [RelationshipType!], $quotes: Boolean!, $ends: Boolean!) {
    party(id: $id) { id name relationships(first: $first, types: $types) { totalCount
      edges { cursor node { id type evidence @include(if: $quotes) { quote } toNode @skip(if: $ends) { id } } } } } }`;
  const LISTING = `query L($first: Int, $rels: Int, $types: [RelationshipType!]) {
    parties(first: $first, sort: NAME_ASC) { edges { node { id relationships(first: $rels, types: $types) { totalCount edges { node { id } } } } } } }`;

  const partyVariables = [
    { id: 'iran', first: 1, types: null, quotes: true, ends: false },
    { id: 'iran', first: 3, types: null, quotes: true, ends: false },
    { id: 'iran', first: 3, types: ['OPPOSES'], quotes: true, ends: false },
    { id: 'iran', first: 3, types: ['OPPOSES'], quotes: false, ends: false },
    { id: 'iran', first: 3, types: ['OPPOSES'], quotes: false, ends: true },
    { id: 'united-states', first: 3, types: ['OPPOSES'], quotes: false, ends: true },
    { id: 'iran', first: 1, types: null, quotes: true, ends: false },
  ];
  const listingVariables = [
    { first: 3, rels: 1, types: null },
    { first: 3, rels: 4, types: null },
    { first: 3, rels: 4, types: ['REPRESENTS'] },
    { first: 5, rels: 4, types: ['REPRESENTS'] },
    { first: 3, rels: 1, types: null },
  ];

  for (const [name, query, sets] of [
    ['one party with its relationships', PARTY, partyVariables],
    ['a listing with each party relationships', LISTING, listingVariables],
  ] as const) {
    it(name, async () => {
      const answers = new Set<string>();
      // Twice over: the operation is compiled (graphql-jit) from its second run on.
      for (const round of [1, 2]) {
        for (const [i, variables] of sets.entries()) {
          const shared = await server.gql(query, { variables });
          const own = await server.gql(`${query}\n# own document ${round}.${i}`, { variables });
          expect(shared.body.errors).toBeUndefined();
          expect(shared.body).toEqual(own.body);
          answers.add(JSON.stringify(shared.body));
        }
      }
      // The variables change the answers: a test whose answers were all alike would prove nothing.
      expect(answers.size).toBeGreaterThanOrEqual(sets.length - 1);
    });
  }
});
