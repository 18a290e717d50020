/**
 * The read side of the GraphQL API on the article's seed graph, executed with graphql-js against
 * buildFaultlineSchema and a real per-request context (HTTP is tested by the server's own tests).
 */
import { type ExecutionResult, type GraphQLSchema, graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { createContext } from '../../api/schema/context.js';
import { createLogger } from '../../core/logger.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

// biome-ignore lint/suspicious/noExplicitAny: results are checked field by field below
type Data = any;

async function run(source: string, variableValues?: Record<string, unknown>): Promise<ExecutionResult<Data>> {
  const contextValue = createContext({ db, logger: createLogger('silent') });
  return graphql({ schema, source, variableValues, contextValue });
}

async function data(source: string, variableValues?: Record<string, unknown>): Promise<Data> {
  const result = await run(source, variableValues);
  expect(result.errors).toBeUndefined();
  return result.data;
}

async function errorOf(source: string, variableValues?: Record<string, unknown>) {
  const result = await run(source, variableValues);
  expect(result.errors).toHaveLength(1);
  return result.errors?.[0];
}

interface Edge {
  id: string;
  type?: string;
  from: string;
  to: string;
}

/** True when the edges connect `a` and `b`, ignoring direction. */
function connects(edges: Edge[], a: string, b: string): boolean {
  const seen = new Set([a]);
  const queue = [a];
  while (queue.length) {
    const here = queue.shift() as string;
    for (const e of edges) {
      const next = e.from === here ? e.to : e.to === here ? e.from : null;
      if (next && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen.has(b);
}

function expectClosedGraph(graph: { nodes: { id: string }[]; edges: Edge[] }) {
  const ids = new Set(graph.nodes.map((n) => n.id));
  expect(ids.size).toBe(graph.nodes.length);
  for (const e of graph.edges) {
    expect(ids.has(e.from), `${e.id} starts outside the graph`).toBe(true);
    expect(ids.has(e.to), `${e.id} ends outside the graph`).toBe(true);
  }
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

const NETWORK = `query ($kind: NetworkKind, $from: Date, $to: Date, $types: [RelationshipType!]) {
  network(kind: $kind, from: $from, to: $to, types: $types) {
    nodes { id type label kind }
    edges {
      id type from to status
      date { value precision firstDay lastDay }
      evidence { quote offset source { id text } }
      derivedFrom { id type status evidence { quote offset source { text } } }
    }
  }
}`;

describe('drawn graphs read only what their selection shows', () => {
  const FULL_PARTY = `party(id: "qasem-soleimani") { id name description aliases country { id } }`;
  const FULL_REL = `relationship(id: "iraqi-militia-groups:OPPOSES:united-states") {
    id status derivedFrom { id evidence { quote source { id } } } }`;

  it('leaves nothing partial in the loaders for another field of the same request', async () => {
    const alone = await data(`{ ${FULL_PARTY} ${FULL_REL} }`);
    expect(alone.party.description).toMatch(/Iranian commander/);
    expect(alone.relationship.derivedFrom.length).toBeGreaterThan(0);
    for (const root of [
      'network(kind: OPPOSITION) { nodes { id label kind } edges { id type from to status } }',
      'neighbourhood(id: "qasem-soleimani", depth: 2) { nodes { id label } edges { id from to } }',
      'path(from: "qasem-soleimani", to: "united-states") { nodes { id label } edges { id } }',
    ]) {
      const both = await data(`{ drawn: ${root} ${FULL_PARTY} ${FULL_REL} }`);
      expect(both.drawn.nodes.length, root).toBeGreaterThan(1);
      expect(both.party, root).toEqual(alone.party);
      expect(both.relationship, root).toEqual(alone.relationship);
    }
  });

  it('answers the drawing fields the same whether it reads the full records or not', async () => {
    const light = await data(
      '{ network(kind: OPPOSITION) { nodes { id type label kind date { value } } edges { id type from to status role note date { value firstDay } } } }',
    );
    const full = await data(
      '{ network(kind: OPPOSITION) { nodes { id type label kind date { value } node { id } } edges { id type from to status role note date { value firstDay } evidence { quote } } } }',
    );
    expect(light.network.nodes).toEqual(full.network.nodes.map(({ node: _, ...n }: { node: unknown }) => n));
    expect(light.network.edges).toEqual(full.network.edges.map(({ evidence: _, ...e }: { evidence: unknown }) => e));
  });
});

describe("listings' relationship slices read only what their selection shows", () => {
  const slicesOf = (fields: string) => `parties(first: 100) { edges { node { id
    relationships(types: [OPPOSES, REPRESENTS], first: 100) { edges { node { ${fields} } } }
    represents { ${fields} } } } }`;
  const LIGHT = 'id type from to status role note date { value firstDay } fromNode { id name type } toNode { id name }';

  it('leaves nothing partial in the loaders for later fields of the same request', async () => {
    const FULL_PARTY = `party(id: "united-states") { id name description aliases ... on Organisation { kind } country { id } }`;
    const FULL_REL = `relationship(id: "iraqi-militia-groups:OPPOSES:united-states") {
      id status evidence { quote } derivedFrom { id } fromNode { id name ... on Party { aliases } } toNode { id name ... on Party { aliases } } }`;
    const alone = await data(`{ ${FULL_PARTY} ${FULL_REL} }`);
    expect(alone.party.description.length).toBeGreaterThan(0);
    expect(alone.relationship.toNode.aliases.length).toBeGreaterThan(0);
    // One context for both operations: the second finds whatever the first left in the loaders.
    const contextValue = createContext({ db, logger: createLogger('silent') });
    const first = await graphql({ schema, source: `{ ${slicesOf(LIGHT)} }`, contextValue });
    expect(first.errors).toBeUndefined();
    const ends = (first.data as Data).parties.edges.flatMap((p: Data) =>
      p.node.relationships.edges.flatMap((e: Data) => [e.node.fromNode.id, e.node.toNode.id]),
    );
    expect(ends).toContain('united-states');
    expect(ends).toContain('iraqi-militia-groups');
    const then = await graphql({ schema, source: `{ ${FULL_PARTY} ${FULL_REL} }`, contextValue });
    expect(then.errors).toBeUndefined();
    expect(then.data).toEqual(alone);
  });

  it('answers the same fields whether it reads the full records or not', async () => {
    const light = await data(`{ ${slicesOf(LIGHT)} }`);
    const full = await data(
      `{ ${slicesOf(`${LIGHT} evidence { quote } fromNode { ... on Party { aliases } } toNode { ... on Organisation { kind } }`)} }`,
    );
    const strip = (r: Data) => {
      const { evidence: _e, ...rest } = r;
      return {
        ...rest,
        fromNode: { id: r.fromNode.id, name: r.fromNode.name, type: r.fromNode.type },
        toNode: { id: r.toNode.id, name: r.toNode.name },
      };
    };
    const lightRels = light.parties.edges.map((p: Data) => [p.node.relationships.edges, p.node.represents]);
    const fullRels = full.parties.edges.map((p: Data) => [
      p.node.relationships.edges.map((e: Data) => ({ node: strip(e.node) })),
      p.node.represents.map(strip),
    ]);
    expect(lightRels.flat(2).length).toBeGreaterThan(10);
    expect(lightRels).toEqual(fullRels);
  });
});

describe('search reads only what its hits show', () => {
  const FULL = `node(id: "qasem-soleimani") { id name ... on Party { description aliases } }`;

  it('answers id, name and type the same from a projected read, and leaves nothing partial behind', async () => {
    const light = await data(
      '{ search(text: "soleimani iran", first: 20) { score node { __typename id name type } } }',
    );
    const full = await data(
      '{ search(text: "soleimani iran", first: 20) { score node { __typename id name type ... on Party { aliases } } } }',
    );
    expect(light.search.map((h: Data) => h.node.id)).toContain('qasem-soleimani');
    expect(light.search).toEqual(
      full.search.map((h: Data) => ({
        score: h.score,
        node: { __typename: h.node.__typename, id: h.node.id, name: h.node.name, type: h.node.type },
      })),
    );
    const alone = await data(`{ ${FULL} }`);
    const contextValue = createContext({ db, logger: createLogger('silent') });
    const first = await graphql({
      schema,
      source: '{ search(text: "soleimani", first: 20) { node { id name } } }',
      contextValue,
    });
    expect(first.errors).toBeUndefined();
    const then = await graphql({ schema, source: `{ ${FULL} }`, contextValue });
    expect(then.data).toEqual(alone);
  });
});

describe("a slice's derivations, fetched with it", () => {
  const DERIVED =
    'derivedFrom { id status fromNode { id name } toNode { id name } evidence { quote offset source { id title } } }';

  it('are the same as those read relationship by relationship', async () => {
    const folded = await data(
      `{ party(id: "iraqi-militia-groups") { relationships(first: 100) { edges { node { id ${DERIVED} } } } } }`,
    );
    const rels = folded.party.relationships.edges.map((e: Data) => e.node);
    const derived = rels.filter((r: Data) => r.derivedFrom.length > 0);
    expect(derived.length).toBeGreaterThan(0);
    for (const rel of derived) {
      const alone = await data(`query ($id: ID!) { relationship(id: $id) { id ${DERIVED} } }`, { id: rel.id });
      expect(rel).toEqual(alone.relationship);
    }
  });
});

describe('network(kind: OPPOSITION)', () => {
  it('shows the Iraqi militia groups opposing the United States, explained by the attacks they carried out', async () => {
    const { network } = await data(NETWORK, { kind: 'OPPOSITION' });
    expectClosedGraph(network);
    const edge = network.edges.find((e: Edge) => e.id === 'iraqi-militia-groups:OPPOSES:united-states');
    expect(edge).toMatchObject({ status: 'DERIVED', evidence: [] });
    expect(edge.date).toEqual({
      value: 'since mid-October 2023',
      precision: 'PERIOD',
      firstDay: '2023-10-01',
      lastDay: null,
    });
    const attack = edge.derivedFrom.find(
      (r: Edge) => r.id === 'iraqi-militia-groups:CARRIED_OUT:militia-attacks-on-us-forces',
    );
    expect(attack.status).toBe('STATED');
    expect(attack.evidence.length).toBeGreaterThan(0);
    for (const ev of attack.evidence) {
      expect(ev.source.text.slice(ev.offset, ev.offset + ev.quote.length)).toBe(ev.quote);
    }
    const militia = network.nodes.find((n: { id: string }) => n.id === 'iraqi-militia-groups');
    expect(militia).toMatchObject({ type: 'Organisation', label: 'Iraqi militia groups', kind: 'MILITIA' });
  });

  it('points every stated quote at its place in the source text', async () => {
    const { network } = await data(NETWORK, { kind: 'OPPOSITION' });
    const stated = network.edges.filter((e: { status: string }) => e.status === 'STATED');
    expect(stated.length).toBeGreaterThan(3);
    for (const e of stated) {
      for (const ev of e.evidence) {
        expect(ev.offset).toBeGreaterThanOrEqual(0);
        expect(ev.source.text.slice(ev.offset, ev.offset + ev.quote.length)).toBe(ev.quote);
      }
    }
  });

  it('draws only opposition relationship types, narrowed further by `types`', async () => {
    const { network } = await data(NETWORK, { kind: 'OPPOSITION' });
    const types = new Set(network.edges.map((e: { type: string }) => e.type));
    expect(types.has('REPRESENTS')).toBe(false);
    expect(types.has('SUPPORTS')).toBe(false);
    const narrowed = (await data(NETWORK, { kind: 'OPPOSITION', types: ['OPPOSES', 'REPRESENTS'] })).network;
    expect(narrowed.edges.length).toBeGreaterThan(0);
    expect(new Set(narrowed.edges.map((e: { type: string }) => e.type))).toEqual(new Set(['OPPOSES']));
  });

  it('keeps ongoing relationships in a recent window and drops those of 2020', async () => {
    const recent = (await data(NETWORK, { kind: 'OPPOSITION', from: '2024-01-01', to: '2024-01-31' })).network;
    const ids = recent.edges.map((e: Edge) => e.id);
    expect(ids).toContain('iraqi-militia-groups:OPPOSES:united-states');
    expect(ids).not.toContain('iraqi-parliament:OPPOSES:united-states');
    const early = (await data(NETWORK, { kind: 'OPPOSITION', from: '2020-01-01', to: '2020-12-31' })).network;
    const earlyIds = early.edges.map((e: Edge) => e.id);
    expect(earlyIds).toContain('iraqi-parliament:OPPOSES:united-states');
    expect(earlyIds).not.toContain('iraqi-militia-groups:OPPOSES:united-states');
    // An undated edge takes its event endpoint's date: the assassination was in early 2020.
    expect(earlyIds).toContain('united-states:CARRIED_OUT:soleimani-muhandis-assassination');
    expect(ids).not.toContain('united-states:CARRIED_OUT:soleimani-muhandis-assassination');
  });

  it('draws the representation network without opposition edges', async () => {
    const { network } = await data(NETWORK, { kind: 'REPRESENTATION' });
    const ids = network.edges.map((e: Edge) => e.id);
    expect(ids).toContain('sabrina-singh:REPRESENTS:pentagon');
    expect(ids.some((id: string) => id.includes(':OPPOSES:'))).toBe(false);
  });
});

describe('search', () => {
  it('finds Sabrina Singh first for "Singh"', async () => {
    const { search } = await data('{ search(text: "Singh") { score node { id name } } }');
    expect(search[0].node).toEqual({ id: 'sabrina-singh', name: 'Sabrina Singh' });
    const scores = search.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('treats query syntax in the text as plain words', async () => {
    const { search } = await data('query ($t: String!) { search(text: $t) { node { id } } }', {
      t: 'al-Sudani (PM) AND ~* "',
    });
    expect(search.map((h: { node: { id: string } }) => h.node.id)).toContain('mohammed-shia-al-sudani');
  });

  it('never fails on text made of query syntax alone', async () => {
    for (const t of [
      '(',
      '*',
      '"',
      'AND',
      '\\',
      'a/b',
      '~',
      '-',
      '&&',
      '?',
      'x:y',
      '[1 TO 2]',
      '{',
      '^2',
      '!',
      '   ',
    ]) {
      const result = await run('query ($t: String!) { search(text: $t) { node { id } } }', { t });
      expect(result.errors, JSON.stringify(t)).toBeUndefined();
    }
  });

  it('matches words by prefix and keeps only the kinds asked for', async () => {
    const { search } = await data('{ search(text: "militi", kinds: [Organisation]) { node { id type } } }');
    expect(search.map((h: { node: { id: string } }) => h.node.id)).toContain('iraqi-militia-groups');
    expect(search.every((h: { node: { type: string } }) => h.node.type === 'Organisation')).toBe(true);
  });

  it('refuses more than 50 hits, naming `first`', async () => {
    const error = await errorOf('{ search(text: "Iraq", first: 51) { score } }');
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('neighbourhood', () => {
  const Q = `query ($id: ID!, $depth: Int, $types: [RelationshipType!]) {
    neighbourhood(id: $id, depth: $depth, types: $types) { nodes { id } edges { id type from to } }
  }`;

  it('shows who and what is one step from Sudani', async () => {
    const { neighbourhood } = await data(Q, { id: 'mohammed-shia-al-sudani' });
    expectClosedGraph(neighbourhood);
    const ids = neighbourhood.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['mohammed-shia-al-sudani', 'hmc-first-meeting', 'iraqi-government', 'sudanis-office']),
    );
    expect(neighbourhood.edges.map((e: Edge) => e.id)).toContain(
      'mohammed-shia-al-sudani:PRESIDED_OVER:hmc-first-meeting',
    );
  });

  it('reaches further with depth 2 and follows only the given types', async () => {
    const one = (await data(Q, { id: 'mohammed-shia-al-sudani' })).neighbourhood;
    const two = (await data(Q, { id: 'mohammed-shia-al-sudani', depth: 2 })).neighbourhood;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(two.nodes.map((n: { id: string }) => n.id)).toContain('united-states');
    const reps = (await data(Q, { id: 'mohammed-shia-al-sudani', depth: 2, types: ['REPRESENTS'] })).neighbourhood;
    expect(new Set(reps.edges.map((e: Edge) => e.type))).toEqual(new Set(['REPRESENTS']));
    expect(reps.nodes.map((n: { id: string }) => n.id)).not.toContain('hmc-first-meeting');
  });

  it('refuses a depth above 3, naming `depth`', async () => {
    const error = await errorOf(Q, { id: 'mohammed-shia-al-sudani', depth: 4 });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });

  it('answers NOT_FOUND for an id no node has', async () => {
    const error = await errorOf(Q, { id: 'no-such-node' });
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('path', () => {
  const Q = `query ($from: ID!, $to: ID!, $maxLength: Int) {
    path(from: $from, to: $to, maxLength: $maxLength) { nodes { id } edges { id from to } }
  }`;

  it('connects Sudani to the Iraqi militia groups by every shortest route', async () => {
    const { path } = await data(Q, { from: 'mohammed-shia-al-sudani', to: 'iraqi-militia-groups' });
    expectClosedGraph(path);
    const ids = path.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['mohammed-shia-al-sudani', 'iraqi-militia-groups']));
    expect(connects(path.edges, 'mohammed-shia-al-sudani', 'iraqi-militia-groups')).toBe(true);
    // Sudani is not adjacent to the militia groups, so a route needs at least two steps.
    expect(path.edges.length).toBeGreaterThanOrEqual(2);
  });

  it('connects Sabrina Singh to what she spoke about through the Pentagon', async () => {
    const { path } = await data(Q, { from: 'sabrina-singh', to: 'pentagon-not-asked-to-leave' });
    expect(connects(path.edges, 'sabrina-singh', 'pentagon-not-asked-to-leave')).toBe(true);
    expect(path.nodes.map((n: { id: string }) => n.id)).toContain('pentagon');
  });

  it('connects Sabrina Singh to the Iraqi militia groups through the United States', async () => {
    const { path } = await data(Q, { from: 'sabrina-singh', to: 'iraqi-militia-groups' });
    expectClosedGraph(path);
    expect(connects(path.edges, 'sabrina-singh', 'iraqi-militia-groups')).toBe(true);
    expect(path.nodes.map((n: { id: string }) => n.id)).toContain('united-states');
  });

  it('is empty when no path is short enough', async () => {
    const { path } = await data(Q, { from: 'mohammed-shia-al-sudani', to: 'iraqi-militia-groups', maxLength: 1 });
    expect(path).toEqual({ nodes: [], edges: [] });
  });

  it('answers NOT_FOUND naming the missing endpoint', async () => {
    const error = await errorOf(Q, { from: 'sabrina-singh', to: 'no-such-node' });
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'to' });
  });

  it('refuses a maxLength above 10', async () => {
    const error = await errorOf(Q, { from: 'sabrina-singh', to: 'pentagon', maxLength: 11 });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxLength' });
  });
});

describe('parties', () => {
  const Q = `query ($first: Int, $after: String, $filter: PartyFilter, $sort: PartySort) {
    parties(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name type ... on Organisation { kind } } }
    }
  }`;

  it('pages through every party once, in name order', async () => {
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 50; pages += 1) {
      const { parties } = await data(Q, { first: 7, after });
      total = parties.totalCount;
      seen.push(...parties.edges.map((e: { node: { id: string; name: string } }) => e.node));
      expect(parties.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!parties.pageInfo.hasNextPage) break;
      after = parties.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(7);
    expect(seen).toHaveLength(total);
    expect(new Set(seen.map((p) => p.id)).size).toBe(total);
    const names = seen.map((p) => p.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('filters by type, kind and a word prefix', async () => {
    const people = (await data(Q, { filter: { types: ['Person'], text: 'sing' } })).parties;
    expect(people.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(['sabrina-singh']);
    const militias = (await data(Q, { filter: { kinds: ['MILITIA'] }, first: 100 })).parties;
    expect(militias.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(
      expect.arrayContaining(['iraqi-militia-groups', 'pmf']),
    );
    expect(militias.edges.every((e: { node: { kind: string } }) => e.node.kind === 'MILITIA')).toBe(true);
  });

  it('puts the most connected party first with CONNECTIONS_DESC', async () => {
    const { parties } = await data(Q, { sort: 'CONNECTIONS_DESC', first: 3 });
    expect(parties.edges[0].node.id).toBe('united-states');
  });

  it('refuses a page of more than 100, naming `first`', async () => {
    const error = await errorOf(Q, { first: 101 });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses a cursor it did not issue, naming `after`', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["only one"]').toString('base64url'), '%%%']) {
      const error = await errorOf(Q, { after });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('events', () => {
  const Q = `query ($filter: EventFilter, $sort: EventSort, $first: Int) {
    events(filter: $filter, sort: $sort, first: $first) {
      totalCount
      edges { node { id type date { value firstDay lastDay } } }
    }
  }`;
  const ids = (events: { edges: { node: { id: string } }[] }) => events.edges.map((e) => e.node.id);

  it('lists the latest events first and undated ones last', async () => {
    const { events } = await data(Q, { first: 100 });
    const days = events.edges.map((e: { node: { date: { firstDay: string } | null } }) => e.node.date?.firstDay ?? '');
    const dated = days.filter((d: string) => d !== '');
    expect(dated).toEqual([...dated].sort().reverse());
    expect(days.slice(dated.length).every((d: string) => d === '')).toBe(true);
    expect(events.totalCount).toBe(events.edges.length);
  });

  it('counts open periods as ongoing in a date range', async () => {
    const { events } = await data(Q, { filter: { from: '2024-01-20', to: '2024-01-31' }, first: 100 });
    expect(ids(events)).toEqual(expect.arrayContaining(['militia-attacks-on-us-forces', 'hmc-first-meeting']));
    expect(ids(events)).not.toContain('soleimani-muhandis-assassination');
  });

  it('finds the events a party took part in, of the types asked for', async () => {
    const { events } = await data(Q, { filter: { participant: 'sabrina-singh', types: ['Statement'] }, first: 100 });
    expect(ids(events)).toEqual(expect.arrayContaining(['singh-no-withdrawal-request', 'singh-hmc-remarks']));
    expect(events.edges.every((e: { node: { type: string } }) => e.node.type === 'Statement')).toBe(true);
  });

  it('refuses a range that ends before it starts', async () => {
    const error = await errorOf(Q, { filter: { from: '2024-02-01', to: '2024-01-01' } });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });

  it('gives the explorer a date range from the earliest to the latest event', async () => {
    const { dateRange, events } = await data(
      `{ dateRange { first last } events(sort: DATE_ASC, first: 1) { edges { node { date { firstDay } } } } }`,
    );
    expect(dateRange.first).toBe(events.edges[0].node.date.firstDay);
    expect(dateRange.last >= dateRange.first).toBe(true);
    // The same as scanning every event (the statement reads three index entries instead).
    const [scan] = await db.read({
      cypher: `MATCH (e:Event) WHERE e.dateStart IS NOT NULL
        RETURN toString(min(e.dateStart)) AS first, toString(max(coalesce(e.dateEnd, e.dateStart))) AS last`,
    });
    expect(dateRange).toEqual({ first: scan?.first, last: scan?.last });
  });
});

describe('a single party', () => {
  it('tells whom Sabrina Singh speaks for and what she said', async () => {
    const { party } = await data(`{ party(id: "sabrina-singh") {
      name
      represents { role date { value } toNode { id name } }
      events(role: SPEAKER) { id type }
    } }`);
    expect(party.represents).toEqual([
      {
        role: 'Deputy Pentagon Press Secretary',
        date: { value: '2024-01-25' },
        toNode: { id: 'pentagon', name: expect.any(String) },
      },
      {
        role: 'Deputy Pentagon Press Secretary',
        date: { value: '2024-01-25' },
        toNode: { id: 'united-states', name: 'United States' },
      },
    ]);
    expect(party.events.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['singh-no-withdrawal-request', 'singh-hmc-remarks']),
    );
    expect(party.events.every((e: { type: string }) => e.type === 'Statement')).toBe(true);
  });

  it('lists who represents the Pentagon', async () => {
    const { party } = await data('{ party(id: "pentagon") { representedBy { fromNode { id } } } }');
    expect(party.representedBy.map((r: { fromNode: { id: string } }) => r.fromNode.id)).toContain('sabrina-singh');
  });

  it('shows the United States as the perpetrator of the assassination and the strikes', async () => {
    const { party } = await data('{ party(id: "united-states") { events(role: PERPETRATOR) { id } } }');
    expect(party.events.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['soleimani-muhandis-assassination', 'us-retaliatory-strikes']),
    );
  });

  it("pages through a party's relationships", async () => {
    const Q = `query ($after: String) { party(id: "united-states") {
      relationships(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id from to } } }
    } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 30; i += 1) {
      const rels: Data = (await data(Q, { after })).party.relationships;
      total = rels.totalCount;
      for (const e of rels.edges) {
        expect([e.node.from, e.node.to]).toContain('united-states');
        seen.push(e.node.id);
      }
      if (!rels.pageInfo.hasNextPage) break;
      after = rels.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(4);
    expect(new Set(seen).size).toBe(total);
  });

  it('lists every party whether or not it has the relationships a nested field asks for', async () => {
    const bare = await data('{ parties(first: 100) { edges { node { id } } } }');
    const nested = await data(
      '{ parties(first: 100) { edges { node { id relationships(types: [OPPOSES], first: 5) { edges { node { id } } } } } } }',
    );
    const ids = (d: Data) => d.parties.edges.map((e: Data) => e.node.id);
    expect(nested.parties.edges.some((e: Data) => e.node.relationships.edges.length === 0)).toBe(true);
    expect(ids(nested)).toEqual(ids(bare));
  });

  it('reads listed parties in part when they show only id, name and type, and answers every other field in full', async () => {
    // The listing reads only id, name and type of each party here; the same parties reached again
    // in the request (as an end of their own relationships, and by id) must come back whole.
    const light = await data(`{ parties(first: 100) { edges { node { id name type
      relationships(direction: OUT, first: 3) { edges { node { fromNode { id ... on Party { aliases description country { id } } } } } }
    } } }
    us: party(id: "united-states") { id aliases description country { id } } }`);
    const full =
      await data(`{ parties(first: 100) { edges { node { id name type aliases description country { id } } } }
    us: party(id: "united-states") { id aliases description country { id } } }`);
    const byId = new Map(full.parties.edges.map((e: Data) => [e.node.id, e.node]));
    let owners = 0;
    for (const e of light.parties.edges) {
      const whole = byId.get(e.node.id) as Data;
      expect({ id: e.node.id, name: e.node.name, type: e.node.type }).toEqual({
        id: whole.id,
        name: whole.name,
        type: whole.type,
      });
      for (const r of e.node.relationships.edges) {
        owners += 1;
        const { id, aliases, description, country } = whole;
        expect(r.node.fromNode).toEqual({ id, aliases, description, country });
      }
    }
    expect(owners).toBeGreaterThan(0);
    expect(light.us).toEqual(full.us);
    expect(light.us.description).toEqual(expect.any(String));
  });

  it('pages the same without totalCount (read in order up to the page) as with it (every match counted)', async () => {
    const pages = async (fields: string) => {
      const Q = `query ($after: String) { party(id: "united-states") {
        relationships(first: 3, after: $after) { ${fields} pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
      } }`;
      const out: Data[] = [];
      let after: string | null = null;
      for (let i = 0; i < 30; i += 1) {
        const rels: Data = (await data(Q, { after })).party.relationships;
        out.push({ pageInfo: rels.pageInfo, edges: rels.edges });
        if (!rels.pageInfo.hasNextPage) break;
        after = rels.pageInfo.endCursor;
      }
      return out;
    };
    const counted = await pages('totalCount');
    expect(counted.length).toBeGreaterThan(2);
    expect(await pages('')).toEqual(counted);
  });

  it('answers null for an id that is not a party, and for one that does not exist', async () => {
    const result = await data(
      '{ party(id: "hmc-first-meeting") { id } event(id: "sabrina-singh") { id } node(id: "nope") { id } relationship(id: "a:OPPOSES:b") { id } }',
    );
    expect(result).toEqual({ party: null, event: null, node: null, relationship: null });
  });
});

describe('a single relationship', () => {
  it('explains a derived edge by the stated relationships it follows from', async () => {
    const { relationship } = await data(`{ relationship(id: "pentagon:STATED:singh-no-withdrawal-request") {
      status note evidence { quote }
      fromNode { id ... on Party { name } } toNode { id ... on Event { date { firstDay lastDay precision } } }
      derivedFrom { id status evidence { quote offset source { id } } }
    } }`);
    expect(relationship.status).toBe('DERIVED');
    expect(relationship.evidence).toEqual([]);
    expect(relationship.fromNode.id).toBe('pentagon');
    expect(relationship.toNode.date).toEqual({ firstDay: '2024-01-25', lastDay: '2024-01-25', precision: 'DAY' });
    expect(relationship.derivedFrom.map((r: { id: string }) => r.id).sort()).toEqual([
      'sabrina-singh:REPRESENTS:pentagon',
      'sabrina-singh:STATED:singh-no-withdrawal-request',
    ]);
    for (const r of relationship.derivedFrom) {
      expect(r.status).toBe('STATED');
      expect(r.evidence[0].source.id).toBe('src-35d4d6e122a937a3');
    }
  });
});
