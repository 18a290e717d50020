/**
 * Two shapes of a folded statement that read less than the plain one, and must answer exactly as
 * it does:
 * - a party's events read in part: only the stored properties the selection shows (an event read
 *   so never reaches the loaders' caches, where another field could ask it for more);
 * - slices of one node's relationships of the same types (outgoing and incoming apart, another
 *   page) cut from one match of those relationships instead of one match each, self-loops included.
 */
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { wholeNode } from '../../core/cypher/index.js';
import { executeCounted } from '../support/graphql.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

/** Runs `source` (see executeCounted), with the Cypher of each statement it ran. */
async function withStatements(source: string): Promise<{ data: Record<string, unknown>; cyphers: string[] }> {
  const cyphers: string[] = [];
  const stop = db.onStatement((e) => cyphers.push(e.cypher));
  const { data } = await executeCounted(db, schema, source).finally(stop);
  return { data, cyphers };
}

const EVENT_FIELDS = 'id name type summary date { precision value start end } place { id name type }';

interface Ids {
  /** The party with the most events. */
  party: string;
  /** A party with relationships of `type` both ways, and that type. */
  twoWays: string;
  type: string;
}
let ids: Ids;

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
  const [busiest] = await db.read<{ id: string }>({
    cypher: 'MATCH (p:Party)--(e:Event) RETURN p.id AS id, count(DISTINCT e) AS n ORDER BY n DESC, id LIMIT 1',
  });
  const [both] = await db.read<{ id: string; type: string }>({
    cypher: `MATCH (m:Party)-[o]->(p:Party)-[i]->(:Party) WHERE type(o) = type(i)
      RETURN p.id AS id, type(o) AS type, count(*) AS n ORDER BY n DESC, id, type LIMIT 1`,
  });
  if (!busiest || !both) throw new Error('the seed graph has no party with events, or none with ties both ways');
  ids = { party: busiest.id, twoWays: both.id, type: both.type };
});

describe("a party's events read in part", () => {
  it('read only the properties their fields show, and answer as the whole records do', async () => {
    const { data, cyphers } = await withStatements(`{ party(id: "${ids.party}") { events { ${EVENT_FIELDS} } } }`);
    expect(cyphers).toHaveLength(1);
    expect(cyphers[0]).toContain('x.e.summary');
    expect(cyphers[0]).not.toContain(wholeNode('x.e'));
    const events = (data.party as { events: { id: string }[] }).events;
    expect(events.length).toBeGreaterThan(1);
    const whole = await executeCounted(
      db,
      schema,
      `{ ${events.map((e, i) => `e${i}: event(id: ${JSON.stringify(e.id)}) { ${EVENT_FIELDS} }`).join('\n')} }`,
    );
    events.forEach((e, i) => {
      expect(e, e.id).toEqual(whole.data[`e${i}`]);
    });
  });

  it('read whole records when a field is not among those read by name', async () => {
    const { cyphers } = await withStatements(
      `{ party(id: "${ids.party}") { events { id ... on Attack { method fatalities } } } }`,
    );
    expect(cyphers[0]).toContain(wholeNode('x.e'));
  });

  it('never answer another field of the same request, which reads the whole record', async () => {
    // A relationship of the party's to one of its events: its ends are looked up among the nodes the request knows.
    const [tie] = await db.read<{ id: string }>({
      cypher: 'MATCH (:Party {id: $id})-[r]-(:Event) RETURN r.id AS id ORDER BY id LIMIT 1',
      params: { id: ids.party },
    });
    const ends =
      'fromNode { id name ... on Event { summary date { value } } } toNode { id name ... on Event { summary date { value } } }';
    const tieField = `r: relationship(id: ${JSON.stringify(tie?.id)}) { id ${ends} }`;
    const whole = (await executeCounted(db, schema, `{ ${tieField} }`)).data.r;
    expect(JSON.stringify(whole)).toContain('"summary":"');
    const events = `p: party(id: "${ids.party}") { events { id type } }`;
    // In either order: graphql-js resolves the two side by side (tests/unit/loaders-events.test.ts
    // checks that events read in part stay out of the caches).
    for (const [a, b] of [
      [events, tieField],
      [tieField, events],
    ]) {
      const both = await executeCounted(db, schema, `{ ${a} ${b} }`);
      expect(both.data.r).toEqual(whole);
    }
  });
});

describe('slices of the same types on one node', () => {
  const slice = (alias: string, args: string) =>
    `${alias}: relationships(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id from to } } }`;
  const together = (id: string, slices: [string, string][]) =>
    `{ party(id: "${id}") { id ${slices.map(([alias, args]) => slice(alias, args)).join(' ')} } }`;

  /** Each slice asked together with the others, and each alone (its own match), answer alike. */
  async function expectAsAlone(id: string, slices: [string, string][]): Promise<Record<string, unknown>> {
    const { data, cyphers } = await withStatements(together(id, slices));
    expect(cyphers).toHaveLength(1);
    // One match of the relationships for all the slices.
    expect(cyphers[0]?.match(/MATCH \(n\)/g)).toHaveLength(1);
    const party = data.party as Record<string, unknown>;
    for (const [alias, args] of slices) {
      const alone = await withStatements(together(id, [[alias, args]]));
      expect(party[alias], `${alias}: ${args}`).toEqual((alone.data.party as Record<string, unknown>)[alias]);
    }
    return party;
  }

  it('answer as each does alone: outgoing, incoming, both ways, their totals and pages', async () => {
    const t = `types: [${ids.type}]`;
    const party = await expectAsAlone(ids.twoWays, [
      ['out', `${t}, direction: OUT, first: 1`],
      ['in', `${t}, direction: IN, first: 1`],
      ['both', `${t}, first: 2`],
    ]);
    const total = (alias: string) => (party[alias] as { totalCount: number }).totalCount;
    expect(total('out')).toBeGreaterThan(0);
    expect(total('in')).toBeGreaterThan(0);
    expect(total('both')).toBe(total('out') + total('in'));
    // The next page of each, after the first one's cursor.
    const cursorOf = (alias: string) =>
      JSON.stringify((party[alias] as { pageInfo: { endCursor: string } }).pageInfo.endCursor);
    await expectAsAlone(ids.twoWays, [
      ['out', `${t}, direction: OUT, first: 1, after: ${cursorOf('out')}`],
      ['in', `${t}, direction: IN, first: 5, after: ${cursorOf('in')}`],
      ['both', `${t}, first: 5, after: ${cursorOf('both')}`],
    ]);
  });

  it('count a self-loop once in each direction, as their own matches do', async () => {
    const loop = `${ids.twoWays}:${ids.type}:${ids.twoWays}:self-loop-test`;
    await db.write({
      cypher: `MATCH (p:Party {id: $id}) CREATE (p)-[r:${ids.type} {id: $loop}]->(p)`,
      params: { id: ids.twoWays, loop },
    });
    try {
      const t = `types: [${ids.type}]`;
      const party = await expectAsAlone(ids.twoWays, [
        ['out', `${t}, direction: OUT, first: 50`],
        ['in', `${t}, direction: IN, first: 50`],
        ['both', `${t}, first: 50`],
      ]);
      for (const alias of ['out', 'in', 'both']) {
        const found = (party[alias] as { edges: { node: { id: string } }[] }).edges.filter((e) => e.node.id === loop);
        expect(found, alias).toHaveLength(1);
      }
    } finally {
      await db.write({ cypher: 'MATCH ()-[r {id: $loop}]->() DELETE r', params: { loop } });
    }
  });
});
