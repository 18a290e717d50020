/**
 * Structural balance from triangles (Cartwright & Harary 1956).
 *
 * - `forEachTriangle`: enumeration of the triangles of signed pairs.
 * - `triangleCensus`: counts of +++, ++−, +−−, −−− triangles among signed ties, and the share of
 *   balanced ones (+++ and +−−), as signnet's `count_signed_triangles` / `balance_score(method =
 *   "triangles")`.
 * - `unbalancedTriangles`: the unbalanced triangles themselves, most relevant first.
 */
import { type BuildOptions, type NetworkInput, type Sign, type SignedGraph, toGraph } from './signed-graph.js';

export interface TriangleCensus {
  /** Triangles by number of positive ties: +++ (3), ++− (2), +−− (1), −−− (0). */
  ppp: number;
  ppn: number;
  pnn: number;
  nnn: number;
  total: number;
  balanced: number;
  unbalanced: number;
  /** (ppp + pnn) / total; null when there are no triangles. */
  balanceScore: number | null;
}

/** A triangle with its three pairs: ties[0] joins nodes 0–1, ties[1] 1–2, ties[2] 0–2. */
export interface SignedTriangle {
  nodes: [string, string, string];
  ties: [TriangleTie, TriangleTie, TriangleTie];
  /** Sum of the three tie weights |positive − negative|. */
  relevance: number;
  /** e.g. '++-' (positives first). */
  type: '+++' | '++-' | '+--' | '---';
}

export interface TriangleTie {
  a: string;
  b: string;
  sign: Sign;
  weight: number;
  tieIds: string[];
}

/**
 * Calls `visit(u, v, w, e_uv, e_vw, e_uw)` once per triangle of signed pairs (node and pair
 * indices). Forward algorithm over a degree ordering (Schank & Wagner 2005; Latapy 2008):
 * O(m^1.5) time, O(n + m) memory.
 */
export function forEachTriangle(
  g: SignedGraph,
  visit: (u: number, v: number, w: number, euv: number, evw: number, euw: number) => void,
): void {
  const { n, offsets, neighbours, edgeOf } = g;
  // rank: position in (degree, index) order; edges point from lower to higher rank.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => g.degree(x) - g.degree(y) || x - y);
  const rank = new Int32Array(n);
  for (let r = 0; r < n; r++) rank[order[r]!] = r;
  const outStart = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let c = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) if (rank[neighbours[k]!]! > rank[u]!) c++;
    outStart[u + 1] = outStart[u]! + c;
  }
  const out = new Int32Array(outStart[n]!);
  const outEdge = new Int32Array(outStart[n]!);
  for (let u = 0; u < n; u++) {
    let j = outStart[u]!;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const w = neighbours[k]!;
      if (rank[w]! > rank[u]!) {
        out[j] = w;
        outEdge[j++] = edgeOf[k]!;
      }
    }
  }
  const mark = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    const s = outStart[u]!;
    const t = outStart[u + 1]!;
    if (t - s < 2) continue;
    for (let j = s; j < t; j++) mark[out[j]!] = outEdge[j]!;
    for (let j = s; j < t; j++) {
      const v = out[j]!;
      const euv = outEdge[j]!;
      for (let k = outStart[v]!; k < outStart[v + 1]!; k++) {
        const w = out[k]!;
        const euw = mark[w]!;
        if (euw >= 0) visit(u, v, w, euv, outEdge[k]!, euw);
      }
    }
    for (let j = s; j < t; j++) mark[out[j]!] = -1;
  }
}

/** Counts signed triangles (neutral ties excluded) and the triangle balance score. */
export function triangleCensus(input: NetworkInput, options: BuildOptions = {}): TriangleCensus {
  const g = toGraph(input, options);
  const counts = [0, 0, 0, 0]; // by number of positive ties
  const sign = g.pairSign;
  forEachTriangle(g, (_u, _v, _w, a, b, c) => {
    const positives = (sign[a]! > 0 ? 1 : 0) + (sign[b]! > 0 ? 1 : 0) + (sign[c]! > 0 ? 1 : 0);
    counts[positives]!++;
  });
  const [nnn, pnn, ppn, ppp] = counts as [number, number, number, number];
  const total = nnn + pnn + ppn + ppp;
  const balanced = ppp + pnn;
  return {
    ppp,
    ppn,
    pnn,
    nnn,
    total,
    balanced,
    unbalanced: total - balanced,
    balanceScore: total === 0 ? null : balanced / total,
  };
}

export interface UnbalancedTrianglesOptions extends BuildOptions {
  /** Most triangles returned (default 100). */
  limit?: number;
}

export interface UnbalancedTriangles {
  triangles: SignedTriangle[];
  /** All unbalanced triangles in the network. */
  total: number;
  truncated: boolean;
}

const TYPES = ['---', '+--', '++-', '+++'] as const;

/**
 * Unbalanced triangles (++− and −−−), ordered by relevance (sum of tie weights) descending, then
 * by node ids. Keeps only the top `limit` in a bounded heap: O(m^1.5 + t log limit).
 */
export function unbalancedTriangles(
  input: NetworkInput,
  options: UnbalancedTrianglesOptions = {},
): UnbalancedTriangles {
  const g = toGraph(input, options);
  const limit = Math.max(0, options.limit ?? 100);
  const sign = g.pairSign;
  // Min-heap on relevance of [u, v, w, euv, evw, euw] records.
  const heapScore: number[] = [];
  const heapRec: number[][] = [];
  let total = 0;
  const swap = (i: number, j: number) => {
    [heapScore[i], heapScore[j]] = [heapScore[j]!, heapScore[i]!];
    [heapRec[i], heapRec[j]] = [heapRec[j]!, heapRec[i]!];
  };
  const siftDown = (i: number) => {
    const size = heapScore.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let s = i;
      if (l < size && heapScore[l]! < heapScore[s]!) s = l;
      if (r < size && heapScore[r]! < heapScore[s]!) s = r;
      if (s === i) return;
      swap(i, s);
      i = s;
    }
  };
  forEachTriangle(g, (u, v, w, a, b, c) => {
    const negatives = (sign[a]! < 0 ? 1 : 0) + (sign[b]! < 0 ? 1 : 0) + (sign[c]! < 0 ? 1 : 0);
    if (negatives % 2 === 0) return;
    total++;
    if (limit === 0) return;
    const score = g.weight(a) + g.weight(b) + g.weight(c);
    if (heapScore.length < limit) {
      heapScore.push(score);
      heapRec.push([u, v, w, a, b, c]);
      let i = heapScore.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapScore[parent]! <= heapScore[i]!) break;
        swap(i, parent);
        i = parent;
      }
    } else if (score > heapScore[0]!) {
      heapScore[0] = score;
      heapRec[0] = [u, v, w, a, b, c];
      siftDown(0);
    }
  });
  const triangles = heapRec.map((rec) => toTriangle(g, rec as [number, number, number, number, number, number]));
  triangles.sort((x, y) => y.relevance - x.relevance || compareIds(x.nodes.join('\u0000'), y.nodes.join('\u0000')));
  return { triangles, total, truncated: total > triangles.length };
}

function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function toTriangle(g: SignedGraph, rec: [number, number, number, number, number, number]): SignedTriangle {
  // Present nodes sorted by id, with ties between consecutive nodes and first–last.
  const [u, v, w, euv, evw, euw] = rec;
  const pairs = new Map<string, number>([
    [key(u, v), euv],
    [key(v, w), evw],
    [key(u, w), euw],
  ]);
  const ns = [u, v, w].sort((x, y) => compareIds(g.nodeIds[x]!, g.nodeIds[y]!)) as [number, number, number];
  const tie = (x: number, y: number): TriangleTie => {
    const p = pairs.get(key(x, y))!;
    return {
      a: g.nodeIds[x]!,
      b: g.nodeIds[y]!,
      sign: g.pairSign[p] as Sign,
      weight: g.weight(p),
      tieIds: g.pairTieIds[p]!,
    };
  };
  const ties: [TriangleTie, TriangleTie, TriangleTie] = [tie(ns[0], ns[1]), tie(ns[1], ns[2]), tie(ns[0], ns[2])];
  const positives = ties.filter((t) => t.sign > 0).length;
  return {
    nodes: [g.nodeIds[ns[0]]!, g.nodeIds[ns[1]]!, g.nodeIds[ns[2]]!],
    ties,
    relevance: ties[0].weight + ties[1].weight + ties[2].weight,
    type: TYPES[positives]!,
  };
}

function key(x: number, y: number): string {
  return x < y ? `${x},${y}` : `${y},${x}`;
}
