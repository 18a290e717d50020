/**
 * Signed blockmodel for the structural-balance block structure (Doreian & Mrvar 1996, 2009):
 * partition the nodes into k blocs minimising alpha·N + (1 − alpha)·P, N = negative ties inside
 * blocs, P = positive ties between blocs. This is the criterion of signnet's
 * `signed_blockmodel(g, k, alpha)`, which sums over the symmetric adjacency matrix and so counts
 * each tie from both ends: `criterion` follows that convention (2 × the per-tie cost), and
 * `errorCost` is the per-tie value.
 *
 * Heuristic: random restarts of a best-improvement local search that moves one node at a time
 * to the bloc with the largest decrease, with per-node per-bloc positive/negative sums updated
 * incrementally (a move costs O(k + degree)). Blocs are never emptied by a move. Parties without
 * signed ties join the largest bloc. Deterministic for a seed.
 */
import {
  type BuildOptions,
  type NetworkInput,
  type SignedGraph,
  seededRandom,
  type TieRef,
  toGraph,
} from './signed-graph.js';

export interface BlockmodelOptions extends BuildOptions {
  /** Number of blocs (≥ 1). */
  k: number;
  /** Weight of negative ties inside blocs; 1 − alpha weighs positive ties between (default 0.5). */
  alpha?: number;
  /** Cost of an error tie: its weight |positive − negative| instead of 1 (default false). */
  weighted?: boolean;
  seed?: number;
  /** Random restarts (default 30 up to 2,000 nodes, else 6). */
  restarts?: number;
  /** Passes over all nodes per restart (default 100). */
  maxSweeps?: number;
}

export interface BlockmodelResult {
  k: number;
  alpha: number;
  /** Bloc per node, 0..k−1, numbered by first appearance in node order. */
  membership: Record<string, number>;
  blocs: string[][];
  /** signnet's criterion: each tie counted from both ends, 2·(alpha·N + (1 − alpha)·P). */
  criterion: number;
  /** alpha·N + (1 − alpha)·P with each tie counted once. */
  errorCost: number;
  /** N: negative ties (or their weight) inside blocs. */
  negativeWithin: number;
  /** P: positive ties (or their weight) between blocs. */
  positiveBetween: number;
  /** The ties behind N and P. */
  errors: TieRef[];
}

/** Finds a k-bloc signed blockmodel; see the module comment. */
export function signedBlockmodel(input: NetworkInput, options: BlockmodelOptions): BlockmodelResult {
  const g = toGraph(input, options);
  const k = Math.floor(options.k);
  if (!(k >= 1)) throw new RangeError('signedBlockmodel: k must be ≥ 1');
  const alpha = options.alpha ?? 0.5;
  if (!(alpha >= 0 && alpha <= 1)) throw new RangeError('signedBlockmodel: alpha must be in [0, 1]');
  const n = g.n;
  const restarts = Math.max(1, options.restarts ?? (n <= 2000 ? 30 : 6));
  const maxSweeps = Math.max(1, options.maxSweeps ?? 100);
  const rng = seededRandom(options.seed ?? 1);
  const cost = edgeCosts(g, options.weighted ?? false);
  let best: Int32Array | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  const mem = new Int32Array(n);
  const pos = new Float64Array(n * k);
  const neg = new Float64Array(n * k);
  const size = new Int32Array(k);
  const order = new Int32Array(n);
  for (let r = 0; r < restarts; r++) {
    // Random start with every bloc non-empty (when n ≥ k).
    for (let i = 0; i < n; i++) order[i] = i;
    shuffle(order, rng);
    for (let i = 0; i < n; i++) mem[order[i]!] = i < k ? i : Math.floor(rng() * k);
    pos.fill(0);
    neg.fill(0);
    size.fill(0);
    for (let v = 0; v < n; v++) {
      size[mem[v]!]!++;
      for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
        const p = g.edgeOf[e]!;
        const slot = v * k + mem[g.neighbours[e]!]!;
        if (g.pairSign[p]! > 0) pos[slot] = pos[slot]! + cost[p]!;
        else neg[slot] = neg[slot]! + cost[p]!;
      }
    }
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      shuffle(order, rng);
      let moves = 0;
      for (let i = 0; i < n; i++) {
        const v = order[i]!;
        const from = mem[v]!;
        if (size[from]! <= 1) continue;
        const base = v * k;
        let to = from;
        let bestDelta = -1e-9;
        for (let b = 0; b < k; b++) {
          if (b === from) continue;
          const delta =
            alpha * (neg[base + b]! - neg[base + from]!) + (1 - alpha) * (pos[base + from]! - pos[base + b]!);
          if (delta < bestDelta) {
            bestDelta = delta;
            to = b;
          }
        }
        if (to === from) continue;
        moves++;
        mem[v] = to;
        size[from]!--;
        size[to]!++;
        for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) {
          const p = g.edgeOf[e]!;
          const w = g.neighbours[e]!;
          const arr = g.pairSign[p]! > 0 ? pos : neg;
          arr[w * k + from] = arr[w * k + from]! - cost[p]!;
          arr[w * k + to] = arr[w * k + to]! + cost[p]!;
        }
      }
      if (moves === 0) break;
    }
    const c = errorCostOf(g, mem, alpha, cost);
    if (c < bestCost - 1e-9) {
      bestCost = c;
      best = Int32Array.from(mem);
    }
  }
  const mem0 = best ?? new Int32Array(n);
  placeIsolates(g, mem0, k);
  return describe(g, mem0, k, alpha, cost);
}

/**
 * Parties without signed ties do not affect the criterion, so the search leaves them wherever
 * the random start put them; put them in the largest bloc of tied parties instead, so that
 * results (and bloc changes between windows) do not depend on chance for them.
 */
function placeIsolates(g: SignedGraph, mem: Int32Array, k: number): void {
  const size = new Int32Array(k);
  for (let v = 0; v < g.n; v++) if (g.degree(v) > 0) size[mem[v]!]!++;
  let largest = 0;
  for (let b = 1; b < k; b++) if (size[b]! > size[largest]!) largest = b;
  for (let v = 0; v < g.n; v++) if (g.degree(v) === 0) mem[v] = largest;
}

/** Evaluates a given partition (bloc label per node id; missing nodes go to their own bloc). */
export function blockmodelCriterion(
  input: NetworkInput,
  membership: Record<string, number | string>,
  options: BuildOptions & { alpha?: number; weighted?: boolean } = {},
): BlockmodelResult {
  const g = toGraph(input, options);
  const labels = new Map<string, number>();
  const mem = new Int32Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const id = g.nodeIds[v]!;
    const label = id in membership ? `=${membership[id]}` : `#${id}`;
    let b = labels.get(label);
    if (b === undefined) {
      b = labels.size;
      labels.set(label, b);
    }
    mem[v] = b;
  }
  return describe(g, mem, labels.size, options.alpha ?? 0.5, edgeCosts(g, options.weighted ?? false));
}

function edgeCosts(g: SignedGraph, weighted: boolean): Float64Array {
  const cost = new Float64Array(g.pairCount);
  for (let p = 0; p < g.pairCount; p++) cost[p] = weighted ? g.weight(p) : 1;
  return cost;
}

function errorCostOf(g: SignedGraph, mem: Int32Array, alpha: number, cost: Float64Array): number {
  let s = 0;
  for (let j = 0; j < g.m; j++) {
    const p = g.signedPairs[j]!;
    const same = mem[g.pairU[p]!] === mem[g.pairV[p]!];
    if (g.pairSign[p]! < 0 && same) s += alpha * cost[p]!;
    else if (g.pairSign[p]! > 0 && !same) s += (1 - alpha) * cost[p]!;
  }
  return s;
}

function describe(g: SignedGraph, mem: Int32Array, k: number, alpha: number, cost: Float64Array): BlockmodelResult {
  // Relabel blocs by first appearance in node order.
  const relabel = new Int32Array(Math.max(k, 1)).fill(-1);
  let next = 0;
  const membership: Record<string, number> = {};
  const blocs: string[][] = [];
  for (let v = 0; v < g.n; v++) {
    const b = mem[v]!;
    if (relabel[b] === -1) {
      relabel[b] = next++;
      blocs.push([]);
    }
    const label = relabel[b]!;
    membership[g.nodeIds[v]!] = label;
    blocs[label]!.push(g.nodeIds[v]!);
  }
  let negativeWithin = 0;
  let positiveBetween = 0;
  const errors: TieRef[] = [];
  for (let j = 0; j < g.m; j++) {
    const p = g.signedPairs[j]!;
    const same = mem[g.pairU[p]!] === mem[g.pairV[p]!];
    if (g.pairSign[p]! < 0 && same) {
      negativeWithin += cost[p]!;
      errors.push(g.tieRef(p));
    } else if (g.pairSign[p]! > 0 && !same) {
      positiveBetween += cost[p]!;
      errors.push(g.tieRef(p));
    }
  }
  const errorCost = alpha * negativeWithin + (1 - alpha) * positiveBetween;
  return {
    k,
    alpha,
    membership,
    blocs,
    criterion: 2 * errorCost,
    errorCost,
    negativeWithin,
    positiveBetween,
    errors,
  };
}

function shuffle(a: Int32Array, rng: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
