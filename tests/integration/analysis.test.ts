/**
 * Signed-network analyses through GraphQL on the article's seed graph: its balance, its blocs,
 * the unbalanced triangle a new stated relationship creates, and the quotes behind every tie.
 */
import { type GraphQLSchema, graphql } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFaultlineSchema } from '../../api/schema/build-schema.js';
import { createContext } from '../../api/schema/context.js';
import { createLogger } from '../../core/logger.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const db = testDatabase();
let schema: GraphQLSchema;

// biome-ignore lint/suspicious/noExplicitAny: results are checked field by field below
type Data = any;

async function run(source: string, variableValues?: Record<string, unknown>, writer = false) {
  const contextValue = createContext({
    db,
    logger: createLogger('silent'),
    auth: { presented: writer, valid: writer },
  });
  return graphql({ schema, source, variableValues, contextValue });
}

async function data(source: string, variableValues?: Record<string, unknown>, writer = false): Promise<Data> {
  const result = await run(source, variableValues, writer);
  expect(result.errors).toBeUndefined();
  return result.data;
}

const EVIDENCE = `evidence(first: 20) {
  totalCount
  edges { node { id type status evidence { quote source { text } } derivedFrom { evidence { quote source { text } } } } }
}`;

const BALANCE = `{
  analysis {
    graphVersion parties ties
    balance {
      census { ppp ppn pnn nnn }
      triangleScore walkScore unbalancedTotal
      frustration { value exact lowerBound score frustratedTies { id } }
      unbalancedTriangles(first: 5) { partyIds ties { id fromId toId sign positive negative ${EVIDENCE} } }
    }
    blocs(k: 2) { k alpha criterion blocs { id partyIds size } }
    communities { id partyIds }
    modularity
    centrality(measure: NEGATIVE_DEGREE, first: 3) { partyId value rank party { name } }
  }
}`;

interface RelData {
  status: string;
  evidence: { quote: string; source: { text: string } }[];
  derivedFrom: { evidence: { quote: string; source: { text: string } }[] }[];
}

/** Every quote behind a tie is verbatim in its source; returns how many quotes there are. */
function expectVerbatim(evidence: { totalCount: number; edges: { node: RelData }[] }): number {
  let quotes = 0;
  expect(evidence.totalCount).toBeGreaterThan(0);
  for (const { node } of evidence.edges) {
    const stated = node.status === 'DERIVED' ? node.derivedFrom.flatMap((d) => d.evidence) : node.evidence;
    for (const e of stated) {
      expect(e.source.text).toContain(e.quote);
      quotes++;
    }
  }
  return quotes;
}

beforeAll(async () => {
  schema = await buildFaultlineSchema();
  await loadSeedGraph(db);
});

describe('analysis on the article graph', () => {
  it('finds it balanced: every triangle is "the enemy of my enemy is my friend"', async () => {
    const a = (await data(BALANCE)).analysis;
    expect(a.parties).toBeGreaterThan(15);
    expect(a.balance.census).toEqual({ ppp: 0, ppn: 0, pnn: 6, nnn: 0 });
    expect(a.balance.triangleScore).toBe(1);
    expect(a.balance.unbalancedTotal).toBe(0);
    expect(a.balance.unbalancedTriangles).toEqual([]);
    expect(a.balance.frustration).toMatchObject({ value: 0, exact: true, lowerBound: 0, score: 1 });
    expect(a.balance.walkScore).toBeCloseTo(1, 6);
  });

  it('puts the US and the Iraqi militias in different blocs', async () => {
    const a = (await data(BALANCE)).analysis;
    const blocOf = (id: string) => a.blocs.blocs.find((b: { partyIds: string[] }) => b.partyIds.includes(id))?.id;
    expect(a.blocs.k).toBe(2);
    expect(blocOf('united-states')).toBeDefined();
    expect(blocOf('iraqi-militia-groups')).toBeDefined();
    expect(blocOf('united-states')).not.toBe(blocOf('iraqi-militia-groups'));
    expect(blocOf('united-states')).toBe(blocOf('iraqi-government'));
    expect(a.blocs.blocs.reduce((s: number, b: { size: number }) => s + b.size, 0)).toBe(a.parties);
    expect(a.centrality[0]).toMatchObject({ partyId: 'united-states', rank: 1 });
  });

  it('keeps the mixed tie between Washington and Baghdad, with the quotes on both sides', async () => {
    const res = await data(`{ analysis { signedTies(first: 100) { id sign positive negative ${EVIDENCE} } } }`);
    const tie = res.analysis.signedTies.find((t: { id: string }) => t.id === 'iraqi-government|SIGNED|united-states');
    expect(tie).toMatchObject({ sign: 1, positive: 2, negative: 1 });
    expect(expectVerbatim(tie.evidence)).toBeGreaterThanOrEqual(3);
  });

  it('answers a repeated question from its cache, and a write makes a new version', async () => {
    const first = (await data('{ analysis { graphVersion } }')).analysis.graphVersion;
    expect((await data('{ analysis { graphVersion } }')).analysis.graphVersion).toBe(first);
    const related = await data(
      `mutation { relate(input: { type: PART_OF, from: "pmf", to: "iraqi-government",
        evidence: [{ source: "src-35d4d6e122a937a3", quote: "state-linked and Iran-backed Popular Mobilization Forces (PMF)" }] }) { id } }`,
      undefined,
      true,
    );
    expect(related.relate.id).toBe('pmf:PART_OF:iraqi-government');
    expect((await data('{ analysis { graphVersion } }')).analysis.graphVersion).not.toBe(first);
  });

  it('then finds the unbalanced triangle Washington, Baghdad and the PMF, each tie with verbatim quotes', async () => {
    const a = (await data(BALANCE)).analysis;
    expect(a.balance.census.ppn).toBe(1);
    expect(a.balance.unbalancedTotal).toBe(1);
    expect(a.balance.frustration).toMatchObject({ value: 1, exact: true });
    const [triangle] = a.balance.unbalancedTriangles;
    expect([...triangle.partyIds].sort()).toEqual(['iraqi-government', 'pmf', 'united-states']);
    expect(triangle.ties.map((t: { sign: number }) => t.sign).sort()).toEqual([-1, 1, 1]);
    for (const tie of triangle.ties) expect(expectVerbatim(tie.evidence)).toBeGreaterThan(0);
  });

  it('lists what changed between two windows', async () => {
    const res = await data(`{ changes(before: { to: "2021-12-31" }, after: { from: "2023-10-01" }, k: 2) {
      formed { id sign } dissolved { id sign } flipped { tie { id } beforeSign afterSign } blocChanges { partyId before after }
    } }`);
    const formed = new Map(res.changes.formed.map((t: { id: string; sign: number }) => [t.id, t.sign]));
    // The militia attacks began in mid-October 2023; the assassination was in January 2020.
    expect(formed.get('iraqi-militia-groups|SIGNED|us-forces')).toBe(-1);
    expect(formed.get('sabrina-singh|SIGNED|united-states')).toBe(1);
    const dissolved = new Map(res.changes.dissolved.map((t: { id: string; sign: number }) => [t.id, t.sign]));
    expect(dissolved.get('qasem-soleimani|SIGNED|united-states')).toBe(-1);
    const singh = res.changes.blocChanges.find((c: { partyId: string }) => c.partyId === 'sabrina-singh');
    expect(singh).toMatchObject({ before: null });
    expect(singh.after).not.toBeNull();
  });

  it('cuts each list of changes at its first, strongest first, and says how long it is', async () => {
    const all = await data(`{ changes(before: { to: "2021-12-31" }, after: { from: "2023-10-01" }) {
      totalFormed totalDissolved totalFlipped totalBlocChanges
      formed(first: 5000) { id positive negative } dissolved(first: 5000) { id } flipped(first: 5000) { tie { id } }
      blocChanges(first: 5000) { partyId }
    } }`);
    const c = all.changes;
    expect(c.formed).toHaveLength(c.totalFormed);
    expect(c.dissolved).toHaveLength(c.totalDissolved);
    expect(c.flipped).toHaveLength(c.totalFlipped);
    expect(c.blocChanges).toHaveLength(c.totalBlocChanges);
    expect(c.totalFormed).toBeGreaterThan(2);
    const strength = (t: { positive: number; negative: number }) => Math.abs(t.positive - t.negative);
    for (let i = 1; i < c.formed.length; i++)
      expect(strength(c.formed[i - 1])).toBeGreaterThanOrEqual(strength(c.formed[i]));
    const ids = c.blocChanges.map((b: { partyId: string }) => b.partyId);
    expect(ids).toEqual([...ids].sort());

    const two = await data(`{ changes(before: { to: "2021-12-31" }, after: { from: "2023-10-01" }) {
      totalFormed formed(first: 2) { id } } }`);
    expect(two.changes.totalFormed).toBe(c.totalFormed);
    expect(two.changes.formed.map((t: { id: string }) => t.id)).toEqual(
      c.formed.slice(0, 2).map((t: { id: string }) => t.id),
    );
    const tooMany = await run(
      '{ changes(before: { to: "2021-12-31" }, after: { from: "2023-10-01" }) { formed(first: 5001) { id } } }',
    );
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('names the argument that is out of range', async () => {
    const k = await run('{ analysis { blocs(k: 11) { k } } }');
    expect(k.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'k' });
    const alpha = await run('{ analysis { blocs(alpha: 2) { k } } }');
    expect(alpha.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'alpha' });
    const window = await run('{ analysis(from: "2024-01-01", to: "2023-01-01") { parties } }');
    expect(window.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('actorNetwork on the article graph', () => {
  it('collapses chains of representation to the party represented, with the roles', async () => {
    const res = await data(`{ actorNetwork(kind: REPRESENTATION, first: 100) {
      totalTies ties { id roles counts { kind count } ${EVIDENCE} } } }`);
    const byId = new Map(res.actorNetwork.ties.map((t: { id: string }) => [t.id, t]));
    const office = byId.get('sudanis-office|REPRESENTATION|iraqi-government') as Data;
    expect(office).toBeDefined();
    expect(office.counts).toEqual([{ kind: 'REPRESENTS', count: 2 }]);
    expect(office.evidence.totalCount).toBe(2);
    expectVerbatim(office.evidence);
    const singh = byId.get('sabrina-singh|REPRESENTATION|united-states') as Data;
    expect(singh.roles.length).toBeGreaterThan(0);
  });

  it('counts the militia attacks and condemnation behind the tie to the US', async () => {
    const res = await data(`{ tie(id: "iraqi-militia-groups|OPPOSITION|united-states") {
      total counts { kind count } firstDate from { name } to { name } ${EVIDENCE} } }`);
    expect(res.tie.counts).toEqual([
      { kind: 'Attack', count: 1 },
      { kind: 'CONDEMNED', count: 1 },
    ]);
    expect(res.tie.total).toBe(2);
    expect(res.tie.firstDate).toBe('2023-10-01');
    expect(expectVerbatim(res.tie.evidence)).toBe(3);
  });
});
