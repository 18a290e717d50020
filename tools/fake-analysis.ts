/**
 * The stand-in's signed analysis (see fake-graphql.ts), over the strongest pairs of a window:
 * a pair's sign is its majority (friendly against hostile events); the census and the
 * unbalanced triangles are exact on those ties; blocs come from a local search on the
 * Doreian–Mrvar criterion starting from the states; the frustration is that partition's, with
 * edge-disjoint unbalanced triangles as its lower bound; centralities are degree-based stand-ins.
 * Not the API's algorithms: enough for the explorer's tests, screenshots and benchmarks.
 */
import type { TieEvents, WindowTie, World } from './fake-world.js';

export type Vars = Record<string, unknown>;
export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
export const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);

export interface EvidencePage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: unknown[];
}

export interface AnalysisContext {
  world: World;
  windowTies(vars: Vars, map?: Map<string, TieEvents>): WindowTie[];
  partyRef(i: number): { id: string; name: string };
  evidence(tie: TieEvents, first: number, after: string | null): EvidencePage;
  findTie(id: string): TieEvents | undefined;
}

export function signedAnalysis(ctx: AnalysisContext, vars: Vars) {
  const { world, windowTies, partyRef, evidence, findTie } = ctx;
  const limit = Math.min(1000, num(vars.ties, 100));
  const pairs = new Map<string, { a: number; b: number; positive: number; negative: number; ids: string[] }>();
  const addPair = (t: WindowTie, sign: 1 | -1) => {
    const [a, b] = t.from < t.to ? [t.from, t.to] : [t.to, t.from];
    const key = `${a}-${b}`;
    const p = pairs.get(key) ?? { a, b, positive: 0, negative: 0, ids: [] };
    if (sign > 0) p.positive += t.total;
    else p.negative += t.total;
    p.ids.push(t.id);
    pairs.set(key, p);
  };
  for (const t of windowTies(vars)) addPair(t, -1);
  for (const t of windowTies(vars, world.friendly)) addPair(t, 1);
  const strongest = [...pairs.values()]
    // Alliances are rarer in the news than attacks: they count four times, so both signs are drawn.
    .sort((x, y) => 4 * y.positive + y.negative - (4 * x.positive + x.negative))
    .slice(0, limit);
  const signed = strongest.map((p) => ({
    id: `signed-${world.parties[p.a]!.id}-${world.parties[p.b]!.id}`,
    a: p.a,
    b: p.b,
    sign: p.positive >= p.negative ? 1 : -1,
    positive: p.positive,
    negative: p.negative,
    ids: p.ids,
  }));
  const byId = new Map(signed.map((s) => [s.id, s]));
  const adjacency = new Map<number, Map<number, (typeof signed)[number]>>();
  for (const s of signed) {
    for (const [u, v] of [
      [s.a, s.b],
      [s.b, s.a],
    ] as const) {
      if (!adjacency.has(u)) adjacency.set(u, new Map());
      adjacency.get(u)!.set(v, s);
    }
  }
  const census = { ppp: 0, ppn: 0, pnn: 0, nnn: 0 };
  const unbalanced: (typeof signed)[number][][] = [];
  for (const s of signed) {
    const [u, v] = s.a < s.b ? [s.a, s.b] : [s.b, s.a];
    for (const [w, uw] of adjacency.get(u)!) {
      if (w <= v) continue;
      const vw = adjacency.get(v)!.get(w);
      if (!vw) continue;
      const negatives = [s, uw, vw].filter((t) => t.sign < 0).length;
      census[(['ppp', 'ppn', 'pnn', 'nnn'] as const)[negatives]!]++;
      if (negatives % 2 === 1) unbalanced.push([s, uw, vw]);
    }
  }
  // Blocs: start from states, then move parties while it lowers the criterion.
  const k = Math.max(2, Math.min(8, num(vars.k, 2)));
  const alpha = 0.5;
  const nodes = [...adjacency.keys()];
  const bloc = new Map(nodes.map((n) => [n, world.parties[n]!.state % k]));
  const cost = (n: number, b: number) => {
    let c = 0;
    for (const [m, s] of adjacency.get(n)!) {
      const same = bloc.get(m) === b;
      if (s.sign < 0 && same) c += alpha;
      if (s.sign > 0 && !same) c += 1 - alpha;
    }
    return c;
  };
  for (let pass = 0; pass < 10; pass++) {
    let moved = false;
    for (const n of nodes) {
      let best = bloc.get(n)!;
      let bestCost = cost(n, best);
      for (let b = 0; b < k; b++) {
        const c = cost(n, b);
        if (c < bestCost - 1e-9) [best, bestCost] = [b, c];
      }
      if (best !== bloc.get(n)) {
        bloc.set(n, best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  const frustrated = signed.filter((s) => s.sign < 0 === (bloc.get(s.a) === bloc.get(s.b)));
  const criterion = signed.reduce((c, s) => {
    const same = bloc.get(s.a) === bloc.get(s.b);
    return c + (s.sign < 0 && same ? alpha : 0) + (s.sign > 0 && !same ? 1 - alpha : 0);
  }, 0);
  const usedTies = new Set<string>();
  let disjoint = 0;
  for (const tri of unbalanced) {
    if (tri.some((t) => usedTies.has(t.id))) continue;
    for (const t of tri) usedTies.add(t.id);
    disjoint++;
  }
  const degrees = nodes.map((n) => {
    let pos = 0;
    let neg = 0;
    for (const s of adjacency.get(n)!.values()) {
      if (s.sign > 0) pos++;
      else neg++;
    }
    return { n, pos, neg };
  });
  const measure = str(vars.measure) ?? 'SIGNED_DEGREE';
  const value = ({ pos, neg }: { pos: number; neg: number }) =>
    measure === 'NEGATIVE_DEGREE'
      ? neg
      : measure === 'POSITIVE_DEGREE'
        ? pos
        : measure === 'PN'
          ? (pos - 2 * neg) / Math.max(1, nodes.length - 1)
          : measure === 'SIGNED_DEGREE'
            ? pos - neg
            : (pos + neg) / Math.max(1, signed.length);
  const scored = degrees
    .map((d) => ({ partyId: world.parties[d.n]!.id, party: partyRef(d.n), value: value(d) }))
    .sort((x, y) => y.value - x.value || (x.partyId < y.partyId ? -1 : 1))
    .slice(0, Math.min(1000, num(vars.top, 20)))
    .map((c, i) => ({ ...c, rank: i + 1 }));
  const signedJson = (s: (typeof signed)[number], withEvidence = false) => ({
    id: s.id,
    fromId: world.parties[s.a]!.id,
    toId: world.parties[s.b]!.id,
    from: partyRef(s.a),
    to: partyRef(s.b),
    sign: s.sign,
    positive: s.positive,
    negative: s.negative,
    ...(withEvidence ? { evidence: signedEvidence(s.ids) } : {}),
  });
  const signedEvidence = (ids: string[]) => {
    const pages = ids.map((id) => evidence(findTie(id)!, 3, null));
    const edges = pages.flatMap((p) => p.edges).slice(0, 3);
    return {
      totalCount: pages.reduce((s, p) => s + p.totalCount, 0),
      pageInfo: { endCursor: null, hasNextPage: false },
      edges,
    };
  };
  const blocs = Array.from({ length: k }, (_, i) => nodes.filter((n) => bloc.get(n) === i))
    .filter((members) => members.length)
    .map((members, i) => ({ id: i, partyIds: members.map((n) => world.parties[n]!.id), size: members.length }));
  const total = census.ppp + census.ppn + census.pnn + census.nnn;
  return {
    analysis: {
      graphVersion: 'stand-in',
      parties: nodes.length,
      ties: signed.length,
      signedTies: signed.map((s) => signedJson(s)),
      balance: {
        census,
        triangleScore: total ? (census.ppp + census.pnn) / total : null,
        walkScore: null,
        frustration: {
          value: frustrated.length,
          exact: false,
          lowerBound: disjoint,
          score: signed.length ? 1 - frustrated.length / signed.length : 1,
          frustratedTies: frustrated.slice(0, 50).map((s) => signedJson(s, true)),
        },
        unbalancedTriangles: unbalanced.slice(0, 20).map((tri) => ({
          partyIds: [...new Set(tri.flatMap((s) => [s.a, s.b]))].map((n) => world.parties[n]!.id),
          ties: tri.map((s) => signedJson(s, true)),
        })),
        unbalancedTotal: unbalanced.length,
      },
      blocs: { k, alpha, criterion, blocs },
      modularity: null,
      centrality: scored,
    },
    byId,
  };
}
