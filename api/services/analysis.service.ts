/**
 * Signed-network analyses of the actor network over GraphQL: the sign rule, the network read from
 * Neo4j, the analysis/ library run on it, and every result cached per graph version and window.
 *
 * The sign rule. Between two parties A and B, in a time window, ignoring direction:
 * - negative evidence, one each: an event one carried out that targeted or killed the other
 *   (attacks, strikes, any event type), an OPPOSES, CONDEMNED, DEMANDS or KILLED between them;
 * - positive evidence, one each: a SUPPORTS between them, a REPRESENTS, MEMBER_OF or PART_OF
 *   between them (representation), and each coalition both are stated MEMBER_OF (shared
 *   membership; coalitions larger than `SHARED_COALITION_MAX` members are left out);
 * - the tie keeps both counts; its sign is sign(positive − negative) (0: neutral, left out of the
 *   signed analyses but listed), its weight |positive − negative|.
 * A derived relationship counts only when no event of one party targeted or killed the other in
 * that direction (it would restate those events). Time as in the actor network: events by their
 * date, relationships by theirs, undated ones always.
 */
import {
  AnalysisLimitError,
  type AnalysisLimits,
  betweenness,
  blocChanges,
  frustration,
  louvainCommunities,
  pagerank,
  pnIndex,
  SignedGraph,
  type SignedNetwork,
  signedBlockmodel,
  signedDegree,
  tieChanges,
  triangleCensus,
  unbalancedTriangles,
  walkBalance,
} from '../../analysis/index.js';
import { type SharedMembershipRow, sharedMembershipStatement, type Window } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { tooComplex } from '../errors/index.js';
import { contributions } from './actor-network.service.js';
import type { EvidenceQuery } from './actor-network-evidence.js';
import { type Contributions, OPPOSITION_DIRECT } from './actor-network-ties.js';
import { cachedForVersion, graphVersion } from './graph-version.js';

/** Coalitions up to this many members make every pair of members a positive tie. */
export const SHARED_COALITION_MAX = 200;

/** Limits of one analysis: a larger network is QUERY_TOO_COMPLEX, naming the limit. */
export const ANALYSIS_LIMITS: AnalysisLimits = { maxNodes: 50_000, maxTies: 500_000 };

const NEGATIVE_TYPES: readonly string[] = OPPOSITION_DIRECT;
const POSITIVE_TYPES: readonly string[] = ['SUPPORTS', 'REPRESENTS', 'MEMBER_OF', 'PART_OF'];

/** Runs an analysis step; a network over a size limit is QUERY_TOO_COMPLEX naming the limit. */
export async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AnalysisLimitError) {
      throw tooComplex(
        `The signed network is too large to analyse: ${error.actual} ${error.limit === 'maxTies' ? 'ties' : 'parties'}, at most ${error.max} (limit ${error.limit}); narrow the window with from/to.`,
        error.limit,
        error.max,
      );
    }
    throw error;
  }
}

export interface SignedTieValue {
  /** "<a>|SIGNED|<b>", a < b. */
  id: string;
  fromId: string;
  toId: string;
  sign: -1 | 0 | 1;
  positive: number;
  negative: number;
  window: Window;
}

/** Strongest first: |positive − negative|, then all evidence, then id (a stable order for paging). */
export function strongestFirst(x: SignedTieValue, y: SignedTieValue): number {
  return (
    Math.abs(y.positive - y.negative) - Math.abs(x.positive - x.negative) ||
    y.positive + y.negative - (x.positive + x.negative) ||
    (x.id < y.id ? -1 : 1)
  );
}

export function signedTieId(a: string, b: string): string {
  return a < b ? `${a}|SIGNED|${b}` : `${b}|SIGNED|${a}`;
}

/** Applies the sign rule to a window's contributions. */
export function signedTies(c: Contributions, shared: readonly SharedMembershipRow[], w: Window): SignedTieValue[] {
  const ties = new Map<string, SignedTieValue>();
  const add = (x: string, y: string, positive: number, negative: number) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const id = signedTieId(a, b);
    let t = ties.get(id);
    if (!t) {
      t = { id, fromId: a, toId: b, sign: 0, positive: 0, negative: 0, window: w };
      ties.set(id, t);
    }
    t.positive += positive;
    t.negative += negative;
  };
  for (const r of c.events) add(r.from, r.to, 0, r.count);
  for (const r of c.direct) {
    if (NEGATIVE_TYPES.includes(r.kind)) add(r.from, r.to, 0, r.count);
    else if (POSITIVE_TYPES.includes(r.kind)) add(r.from, r.to, r.count, 0);
  }
  for (const r of shared) add(r.a, r.b, r.count, 0);
  for (const t of ties.values()) t.sign = t.positive > t.negative ? 1 : t.positive < t.negative ? -1 : 0;
  return [...ties.values()];
}

/** The relationships behind a signed tie: both directions, and the coalitions the two share. */
export function signedEvidenceQueries(t: SignedTieValue): EvidenceQuery[] {
  const direct = [...NEGATIVE_TYPES, ...POSITIVE_TYPES] as EvidenceQuery['direct'];
  return [
    { from: t.fromId, to: t.toId, events: true, direct, chains: false, shared: true, window: t.window },
    { from: t.toId, to: t.fromId, events: true, direct, chains: false, shared: false, window: t.window },
  ];
}

const key = (w: Window) => `${w.from ?? ''}..${w.to ?? ''}`;

/** Memoises a computation on first use. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/** One window's signed network and its analyses, each computed on first use and then kept. */
export class WindowAnalysis {
  readonly graph: SignedGraph;
  readonly byId: Map<string, SignedTieValue>;
  readonly parties: number;
  private readonly blocCache = new Map<string, ReturnType<typeof signedBlockmodel>>();

  constructor(
    readonly version: string,
    readonly window: Window,
    readonly ties: SignedTieValue[],
  ) {
    const nodes = [...new Set(ties.flatMap((t) => [t.fromId, t.toId]))].sort();
    const network: SignedNetwork = {
      nodes,
      ties: ties.map((t) => ({ id: t.id, a: t.fromId, b: t.toId, positive: t.positive, negative: t.negative })),
    };
    this.graph = new SignedGraph(network, { limits: ANALYSIS_LIMITS });
    this.byId = new Map(ties.map((t) => [t.id, t]));
    this.parties = nodes.length;
  }

  readonly network = lazy(
    (): SignedNetwork => ({
      nodes: this.graph.nodeIds,
      ties: this.ties.map((t) => ({ id: t.id, a: t.fromId, b: t.toId, positive: t.positive, negative: t.negative })),
    }),
  );
  /** Signed ties, strongest first (|positive − negative|, then all evidence, then id). */
  readonly ranked = lazy(() => [...this.ties].sort(strongestFirst));
  readonly census = lazy(() => triangleCensus(this.graph));
  readonly walk = lazy(() => walkBalance(this.graph, { maxComponentNodes: 500 }));
  readonly frustration = lazy(() => frustration(this.graph, { exactMaxComponentNodes: 30, restarts: 2 }));
  readonly communities = lazy(() => louvainCommunities(this.graph, { view: 'positive' }));
  private readonly triangles = new Map<number, ReturnType<typeof unbalancedTriangles>>();

  unbalanced(limit: number) {
    // The top `limit` of a larger list are the first `limit` of it; keep the largest asked for.
    for (const [n, r] of this.triangles) if (n >= limit) return { ...r, triangles: r.triangles.slice(0, limit) };
    const r = unbalancedTriangles(this.graph, { limit });
    this.triangles.set(limit, r);
    return r;
  }

  blocs(k: number, alpha: number) {
    const id = `${k}:${alpha}`;
    let r = this.blocCache.get(id);
    if (!r) {
      r = signedBlockmodel(this.graph, { k, alpha, restarts: this.graph.n <= 2000 ? 30 : 3, maxSweeps: 50 });
      this.blocCache.set(id, r);
    }
    return r;
  }

  private readonly centralities = new Map<CentralityMeasure, { partyId: string; value: number; rank: number }[]>();

  centrality(measure: CentralityMeasure) {
    let r = this.centralities.get(measure);
    if (!r) {
      r = computeCentrality(this.graph, measure);
      this.centralities.set(measure, r);
    }
    return r;
  }

  /** A signed tie of this window between two parties, in either order. */
  tie(a: string, b: string): SignedTieValue | undefined {
    return this.byId.get(signedTieId(a, b));
  }
}

export const CENTRALITY_MEASURES = [
  'SIGNED_DEGREE',
  'NEGATIVE_DEGREE',
  'POSITIVE_DEGREE',
  'PN',
  'PAGERANK',
  'BETWEENNESS',
] as const;
export type CentralityMeasure = (typeof CENTRALITY_MEASURES)[number];

/**
 * SIGNED_DEGREE: positive minus negative signed ties; NEGATIVE_DEGREE / POSITIVE_DEGREE: hostile /
 * friendly ties; PN: Everett & Borgatti's PN index; PAGERANK and BETWEENNESS: on all ties,
 * unsigned, weighted by all their evidence (betweenness sampled on large networks).
 */
function computeCentrality(g: SignedGraph, measure: CentralityMeasure) {
  const ranked = (list: { node: string; rank: number }[], value: (i: number) => number) =>
    list.map((x, i) => ({ partyId: x.node, rank: x.rank, value: value(i) }));
  switch (measure) {
    case 'SIGNED_DEGREE': {
      const d = signedDegree(g, { by: 'net' });
      return ranked(d, (i) => d[i]?.net ?? 0);
    }
    case 'NEGATIVE_DEGREE': {
      const d = signedDegree(g, { by: 'negative' });
      return ranked(d, (i) => d[i]?.negative ?? 0);
    }
    case 'POSITIVE_DEGREE': {
      const d = signedDegree(g, { by: 'positive' });
      return ranked(d, (i) => d[i]?.positive ?? 0);
    }
    case 'PN': {
      const s = pnIndex(g).scores;
      return ranked(s, (i) => s[i]?.score ?? 0);
    }
    case 'PAGERANK': {
      const s = pagerank(g, { view: 'all' });
      return ranked(s, (i) => s[i]?.score ?? 0);
    }
    case 'BETWEENNESS': {
      const s = betweenness(g, { view: 'all', exactMaxNodes: 2000, samples: 256 }).scores;
      return ranked(s, (i) => s[i]?.score ?? 0);
    }
  }
}

/** The signed ties of a window, read from Neo4j (cached per graph version). */
async function readSignedTies(db: Database, version: string, w: Window): Promise<SignedTieValue[]> {
  const [c, shared] = await Promise.all([
    contributions(db, version, w),
    cachedForVersion(db, version, `shared:${key(w)}`, () =>
      db.read(sharedMembershipStatement(w, SHARED_COALITION_MAX)),
    ),
  ]);
  return signedTies(c, shared, w);
}

/** The analysis of a window for the current graph version: built once, then served from memory. */
export async function windowAnalysis(db: Database, w: Window): Promise<WindowAnalysis> {
  const version = await graphVersion(db);
  return cachedForVersion(db, version, `analysis:${key(w)}`, async () => {
    const ties = await readSignedTies(db, version, w);
    return new WindowAnalysis(version, w, ties);
  });
}

export interface ChangesValue {
  formed: SignedTieValue[];
  dissolved: SignedTieValue[];
  flipped: { tie: SignedTieValue; beforeSign: number; afterSign: number }[];
  blocChanges: { partyId: string; before: number | null; after: number | null }[];
}

/**
 * Ties that formed (signed in `after` only), dissolved (signed in `before` only) or flipped sign
 * between two windows, and parties whose bloc (k blocs, blocs of the two windows matched by
 * overlap) changed, or that entered or left the signed network.
 */
export async function windowChanges(db: Database, before: Window, after: Window, k: number): Promise<ChangesValue> {
  const [b, a] = await Promise.all([windowAnalysis(db, before), windowAnalysis(db, after)]);
  return cachedForVersion(db, a.version, `changes:${key(before)}:${key(after)}:${k}`, async () => {
    const ties = tieChanges(b.network(), a.network());
    const pick = (x: WindowAnalysis, c: { a: string; b: string }) => x.tie(c.a, c.b);
    const blocsBefore = b.blocs(k, 0.5).membership;
    const blocsAfter = a.blocs(k, 0.5).membership;
    const moves = blocChanges(blocsBefore, blocsAfter);
    // Strongest first, so a page of each list shows what matters most.
    return {
      formed: ties.formed.flatMap((c) => pick(a, c) ?? []).sort(strongestFirst),
      dissolved: ties.dissolved.flatMap((c) => pick(b, c) ?? []).sort(strongestFirst),
      flipped: [...ties.flipped, ...ties.neutralised]
        .flatMap((c) => {
          const t = pick(a, c);
          return t ? [{ tie: t, beforeSign: c.before?.sign ?? 0, afterSign: c.after?.sign ?? 0 }] : [];
        })
        .sort((x, y) => strongestFirst(x.tie, y.tie)),
      blocChanges: [
        ...moves.moved.map((m) => ({ partyId: m.node, before: Number(m.from), after: Number(m.to) })),
        ...moves.entered.map((id) => ({ partyId: id, before: null, after: blocsAfter[id] ?? null })),
        ...moves.left.map((id) => ({ partyId: id, before: blocsBefore[id] ?? null, after: null })),
      ].sort((x, y) => (x.partyId < y.partyId ? -1 : x.partyId > y.partyId ? 1 : 0)),
    };
  });
}
