/**
 * Honest networks at the size of a real import: a synthetic graph of a few thousand ACLED-like
 * events (attacks, strikes, condemnations, derived OPPOSES) read through GraphQL, checked against
 * the document it was written from.
 */
import { type GraphQLSchema, graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { createContext } from '../../api/schema/context.js';
import type { GraphDocument, RelationshipRecord } from '../../core/domain/records.js';
import { NETWORK_TYPES } from '../../core/domain/vocabulary.js';
import { createLogger } from '../../core/logger.js';
import { writeGraph } from '../../core/storage/graph-writer.js';
import { synthesize } from '../../graph-seed/synth/synth.js';
import { resetDatabase, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;
let doc: GraphDocument;

// biome-ignore lint/suspicious/noExplicitAny: results are checked field by field below
type Data = any;

async function data(source: string, variableValues?: Record<string, unknown>): Promise<Data> {
  const contextValue = createContext({ db, logger: createLogger('silent') });
  const result = await graphql({ schema, source, variableValues, contextValue });
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  doc = synthesize({ parties: 400, events: 4000, seed: 11 });
  await resetDatabase(db);
  await writeGraph(db, doc);
}, 180_000);

const parties = () => new Set(doc.parties.map((p) => p.id));
const oppositionRels = () =>
  doc.relationships.filter((r) => (NETWORK_TYPES.OPPOSITION as readonly string[]).includes(r.type));

/** (perpetrator, target, event) triples: each event once per pair, as the actor network counts them. */
function eventTriples(): { from: string; to: string; event: string; type: string }[] {
  const isParty = parties();
  const eventType = new Map(doc.events.map((e) => [e.id, e.type]));
  const perpetrators = new Map<string, string[]>();
  for (const r of doc.relationships) {
    if (r.type === 'CARRIED_OUT' && isParty.has(r.from) && eventType.has(r.to))
      perpetrators.set(r.to, [...(perpetrators.get(r.to) ?? []), r.from]);
  }
  const seen = new Set<string>();
  const out: { from: string; to: string; event: string; type: string }[] = [];
  for (const r of doc.relationships) {
    if ((r.type !== 'TARGETED' && r.type !== 'KILLED') || !isParty.has(r.to)) continue;
    for (const a of perpetrators.get(r.from) ?? []) {
      const key = `${a}|${r.to}|${r.from}`;
      if (a === r.to || seen.has(key)) continue;
      seen.add(key);
      out.push({ from: a, to: r.to, event: r.from, type: eventType.get(r.from) as string });
    }
  }
  return out;
}

/** Direct party-to-party opposition that the actor network counts (derived ones only without events). */
function directOpposition(triples: ReturnType<typeof eventTriples>): RelationshipRecord[] {
  const isParty = parties();
  const withEvents = new Set(triples.map((t) => `${t.from}|${t.to}`));
  return doc.relationships.filter(
    (r) =>
      ['OPPOSES', 'CONDEMNED', 'DEMANDS', 'KILLED'].includes(r.type) &&
      isParty.has(r.from) &&
      isParty.has(r.to) &&
      r.from !== r.to &&
      (r.status !== 'DERIVED' || !withEvents.has(`${r.from}|${r.to}`)),
  );
}

const NETWORK_PAGE = `query ($after: String, $limit: Int) {
  network(kind: OPPOSITION, limit: $limit, after: $after) {
    totalEdges truncated hasNextPage endCursor
    edges { id type date { firstDay } }
  }
}`;

describe('network(kind: OPPOSITION) at the size of an import', () => {
  it('says how many relationships it leaves out, and never loses an OPPOSES edge silently', async () => {
    const all = oppositionRels();
    const opposes = all.filter((r) => r.type === 'OPPOSES').length;
    expect(all.length).toBeGreaterThan(2000);
    const page = (await data(NETWORK_PAGE, { limit: 2000 })).network;
    expect(page.totalEdges).toBe(all.length);
    expect(page.edges).toHaveLength(2000);
    expect(page.truncated).toBe(true);
    expect(page.hasNextPage).toBe(true);
    const kept = page.edges.filter((e: { type: string }) => e.type === 'OPPOSES').length;
    // Whatever it keeps, a missing OPPOSES edge is announced.
    if (kept < opposes) expect(page.truncated).toBe(true);
  });

  it('keeps the most recent relationships first', async () => {
    const page = (await data(NETWORK_PAGE, { limit: 500 })).network;
    const days = page.edges.map((e: { date: { firstDay: string } | null }) => e.date?.firstDay ?? null);
    const dated = days.filter((d: string | null) => d !== null);
    expect(dated.length).toBeGreaterThan(0);
    expect([...dated].sort().reverse()).toEqual(dated);
  });

  it('pages through the whole network, every relationship exactly once', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 100; pages++) {
      const page: Data = (await data(NETWORK_PAGE, { limit: 1500, after })).network;
      total = page.totalEdges;
      ids.push(...page.edges.map((e: { id: string }) => e.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(ids.length).toBe(total);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(oppositionRels().map((r) => r.id)));
  });
});

const ACTOR_PAGE = `query ($after: String, $first: Int, $focus: [ID!], $orderBy: TieOrder) {
  actorNetwork(first: $first, after: $after, focus: $focus, orderBy: $orderBy) {
    totalTies totalParties truncated hasNextPage endCursor
    ties { id fromId toId total weight firstDate lastDate fatalities counts { kind count } }
    parties { id degree weight parentId }
  }
}`;

interface TieData {
  id: string;
  fromId: string;
  toId: string;
  total: number;
  weight: number;
  lastDate: string | null;
  fatalities: number | null;
  counts: { kind: string; count: number }[];
}

async function allTies(orderBy = 'WEIGHT_DESC'): Promise<{ ties: TieData[]; totalTies: number; totalParties: number }> {
  const ties: TieData[] = [];
  let after: string | null = null;
  let totals = { totalTies: 0, totalParties: 0 };
  for (let pages = 0; pages < 100; pages++) {
    const page: Data = (await data(ACTOR_PAGE, { first: 700, after, orderBy })).actorNetwork;
    totals = { totalTies: page.totalTies, totalParties: page.totalParties };
    ties.push(...page.ties);
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  return { ties, ...totals };
}

describe('actorNetwork(kind: OPPOSITION)', () => {
  it('adds up to the events and relationships beneath it', async () => {
    const triples = eventTriples();
    const direct = directOpposition(triples);
    const { ties, totalTies, totalParties } = await allTies();
    expect(ties.length).toBe(totalTies);
    expect(new Set(ties.map((t) => t.id)).size).toBe(ties.length);

    const expected = new Map<string, Map<string, number>>();
    const bump = (from: string, to: string, kind: string) => {
      const id = `${from}|OPPOSITION|${to}`;
      const m = expected.get(id) ?? new Map<string, number>();
      m.set(kind, (m.get(kind) ?? 0) + 1);
      expected.set(id, m);
    };
    for (const t of triples) bump(t.from, t.to, t.type);
    for (const r of direct) bump(r.from, r.to, r.type);
    expect(ties.length).toBe(expected.size);
    for (const tie of ties) {
      const want = expected.get(tie.id);
      expect(want, tie.id).toBeDefined();
      expect(Object.fromEntries(tie.counts.map((c) => [c.kind, c.count]))).toEqual(Object.fromEntries(want ?? []));
      expect(tie.total).toBe(tie.counts.reduce((s, c) => s + c.count, 0));
    }
    const events = ties.reduce(
      (s, t) => s + t.counts.filter((c) => /^[A-Z][a-z]/.test(c.kind)).reduce((x, c) => x + c.count, 0),
      0,
    );
    expect(events).toBe(triples.length);
    expect(totalParties).toBe(new Set(ties.flatMap((t) => [t.fromId, t.toId])).size);
  });

  it('sums the fatalities of the events that give one', async () => {
    const { ties } = await allTies();
    const fatalities = new Map(doc.events.map((e) => [e.id, e.fatalities]));
    const byTie = new Map<string, number | null>();
    for (const t of eventTriples()) {
      const id = `${t.from}|OPPOSITION|${t.to}`;
      const f = fatalities.get(t.event) ?? null;
      if (f !== null) byTie.set(id, (byTie.get(id) ?? 0) + f);
      else if (!byTie.has(id)) byTie.set(id, null);
    }
    for (const tie of ties) expect(tie.fatalities, tie.id).toBe(byTie.get(tie.id) ?? null);
  });

  it('orders by weight, says what a page hides, and pages with the same figures', async () => {
    const page = (await data(ACTOR_PAGE, { first: 50 })).actorNetwork;
    expect(page.ties).toHaveLength(50);
    expect(page.truncated).toBe(true);
    expect(page.hasNextPage).toBe(true);
    const weights = page.ties.map((t: TieData) => t.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    const { ties } = await allTies();
    const top = [...ties].sort((a, b) => b.weight - a.weight)[0];
    expect(page.ties[0].weight).toBe(top?.weight);
    // Degree and weight are over the whole network, not the page.
    for (const p of page.parties) {
      const touching = ties.filter((t) => t.fromId === p.id || t.toId === p.id);
      expect(p.degree).toBe(touching.length);
      expect(p.weight).toBe(touching.reduce((s, t) => s + t.weight, 0));
    }
  });

  it('orders by recency on demand', async () => {
    const { ties } = await allTies('RECENT_FIRST');
    const dates = ties.map((t) => t.lastDate ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('restricts to the ties of the focused parties', async () => {
    const { ties } = await allTies();
    const busiest = ties[0]?.fromId as string;
    const page = (await data(ACTOR_PAGE, { first: 5000, focus: [busiest] })).actorNetwork;
    const expected = ties.filter((t) => t.fromId === busiest || t.toId === busiest);
    expect(page.totalTies).toBe(expected.length);
    expect(page.truncated).toBe(false);
    for (const t of page.ties) expect([t.fromId, t.toId]).toContain(busiest);
  });

  it('shows the relationships behind a tie, paged, with their quotes', async () => {
    const { ties } = await allTies();
    const tie = ties.find((t) => t.counts.some((c) => c.kind === 'Attack')) as TieData;
    const expected = new Set<string>();
    const events = new Set(
      eventTriples()
        .filter((t) => `${t.from}|OPPOSITION|${t.to}` === tie.id)
        .map((t) => t.event),
    );
    for (const r of doc.relationships) {
      if (r.type === 'CARRIED_OUT' && r.from === tie.fromId && events.has(r.to)) expected.add(r.id);
      if ((r.type === 'TARGETED' || r.type === 'KILLED') && r.to === tie.toId && events.has(r.from)) expected.add(r.id);
    }
    for (const r of directOpposition(eventTriples())) if (`${r.from}|OPPOSITION|${r.to}` === tie.id) expected.add(r.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res: Data = await data(
        `query ($id: ID!, $after: String) { tie(id: $id) { evidence(first: 100, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { node { id evidence { quote source { text } } } } } } }`,
        { id: tie.id, after },
      );
      const page = res.tie.evidence;
      expect(page.totalCount).toBe(expected.size);
      for (const e of page.edges) {
        seen.push(e.node.id);
        for (const ev of e.node.evidence) expect(ev.source.text).toContain(ev.quote);
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(expected.size);
    expect(new Set(seen)).toEqual(expected);
  });

  it('names the party a party belongs to, for grouping', async () => {
    const page = (await data(ACTOR_PAGE, { first: 200 })).actorNetwork;
    const coalitions = new Set(doc.parties.filter((p) => p.kind === 'COALITION').map((p) => p.id));
    const withParent = page.parties.filter((p: { parentId: string | null }) => p.parentId !== null);
    expect(withParent.length).toBeGreaterThan(0);
    for (const p of withParent) expect(coalitions.has(p.parentId)).toBe(true);
  });

  it('refuses a tie id that is not one, and answers null for a pair without a tie', async () => {
    const contextValue = createContext({ db, logger: createLogger('silent') });
    const bad = await graphql({ schema, source: '{ tie(id: "a|FRIENDS|b") { id } }', contextValue });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await data('{ tie(id: "nobody|OPPOSITION|nobody-else") { id } }')).tie).toBeNull();
  });
});
