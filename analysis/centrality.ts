/**
 * Centrality: signed degree, the PN index (Everett & Borgatti 2014), and PageRank and
 * betweenness of unsigned views (via graphology-metrics; sampled betweenness above a size cap).
 * Every function returns a list ranked by score (descending; ties by node id).
 */
import {
  type BuildOptions,
  type NetworkInput,
  rankBy,
  type SignedGraph,
  seededRandom,
  toGraph,
  type UnsignedView,
} from './signed-graph.js';
import { betweennessMetric, pagerankMetric, toGraphology, viewAdjacency } from './views.js';

export interface RankedScore {
  node: string;
  rank: number;
  score: number;
}

export interface SignedDegree {
  node: string;
  rank: number;
  /** Net-friendly ties. */
  positive: number;
  /** Net-hostile ties. */
  negative: number;
  /** Ties with balanced evidence (sign 0). */
  neutral: number;
  /** positive − negative. */
  net: number;
  /** Sum of |positive − negative| over friendly / hostile ties. */
  positiveWeight: number;
  negativeWeight: number;
}

export interface SignedDegreeOptions extends BuildOptions {
  /** Ranking key (default 'net'). */
  by?: 'net' | 'positive' | 'negative' | 'positiveWeight' | 'negativeWeight';
}

/** Signed degree per node, ranked. O(n log n + m). */
export function signedDegree(input: NetworkInput, options: SignedDegreeOptions = {}): SignedDegree[] {
  const g = toGraph(input, options);
  const rows: SignedDegree[] = g.nodeIds.map((node) => ({
    node,
    rank: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    net: 0,
    positiveWeight: 0,
    negativeWeight: 0,
  }));
  for (let p = 0; p < g.pairCount; p++) {
    const s = g.pairSign[p]!;
    const w = g.weight(p);
    for (const v of [g.pairU[p]!, g.pairV[p]!]) {
      const r = rows[v]!;
      if (s > 0) {
        r.positive++;
        r.net++;
        r.positiveWeight += w;
      } else if (s < 0) {
        r.negative++;
        r.net--;
        r.negativeWeight += w;
      } else r.neutral++;
    }
  }
  const by = options.by ?? 'net';
  return rankBy(rows, (r) => r[by]);
}

export interface PnIndexOptions extends BuildOptions {
  /** Relative residual at which conjugate gradients stops (default 1e-12). */
  tolerance?: number;
  maxIterations?: number;
}

export interface PnIndexResult {
  scores: RankedScore[];
  iterations: number;
  /** ‖b − Mx‖ / ‖b‖ at the end. */
  residual: number;
  converged: boolean;
}

/**
 * PN index: PN = (I − A/(2n − 2))⁻¹ 1 with A = P − 2N (P, N the 0/1 adjacency of friendly and
 * hostile ties; n nodes). M = I − A/(2n − 2) is symmetric positive definite in practice, so the
 * system is solved by conjugate gradients with sparse products: O(m) per iteration, no n×n matrix.
 */
export function pnIndex(input: NetworkInput, options: PnIndexOptions = {}): PnIndexResult {
  const g = toGraph(input, options);
  const n = g.n;
  const tol = options.tolerance ?? 1e-12;
  const maxIter = options.maxIterations ?? Math.max(1000, 2 * n);
  if (n <= 1) {
    return {
      scores: rankBy(
        g.nodeIds.map((node) => ({ node, rank: 0, score: 1 })),
        (r) => r.score,
      ),
      iterations: 0,
      residual: 0,
      converged: true,
    };
  }
  const scale = 1 / (2 * n - 2);
  const mul = (x: Float64Array, out: Float64Array) => pnMultiply(g, scale, x, out);
  const x = new Float64Array(n);
  const r = new Float64Array(n).fill(1); // b − M·0
  const p = Float64Array.from(r);
  const q = new Float64Array(n);
  let rr = n;
  const bNorm = Math.sqrt(n);
  let iterations = 0;
  while (iterations < maxIter && Math.sqrt(rr) / bNorm > tol) {
    mul(p, q);
    let pq = 0;
    for (let i = 0; i < n; i++) pq += p[i]! * q[i]!;
    if (!(pq > 0)) break;
    const a = rr / pq;
    let next = 0;
    for (let i = 0; i < n; i++) {
      x[i] = x[i]! + a * p[i]!;
      r[i] = r[i]! - a * q[i]!;
      next += r[i]! * r[i]!;
    }
    const beta = next / rr;
    rr = next;
    for (let i = 0; i < n; i++) p[i] = r[i]! + beta * p[i]!;
    iterations++;
  }
  // True residual.
  mul(x, q);
  let res = 0;
  for (let i = 0; i < n; i++) res += (1 - q[i]!) ** 2;
  const residual = Math.sqrt(res) / bNorm;
  const scores = g.nodeIds.map((node, i) => ({ node, rank: 0, score: x[i]! }));
  return {
    scores: rankBy(scores, (s) => s.score),
    iterations,
    residual,
    converged: residual <= Math.max(tol * 10, 1e-9),
  };
}

/** out = (I − scale·A) x with A = P − 2N. */
function pnMultiply(g: SignedGraph, scale: number, x: Float64Array, out: Float64Array): void {
  for (let u = 0; u < g.n; u++) {
    let s = 0;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      s += (g.pairSign[g.edgeOf[k]!]! > 0 ? 1 : -2) * x[g.neighbours[k]!]!;
    }
    out[u] = x[u]! - scale * s;
  }
}

export interface PagerankOptions extends BuildOptions {
  /** Which ties count (default 'positive'): see `UnsignedView`. */
  view?: UnsignedView;
  /** Damping factor (default 0.85). */
  alpha?: number;
  weighted?: boolean;
}

/** PageRank of an unsigned view (graphology-metrics), weighted by the view's weights by default. */
export function pagerank(input: NetworkInput, options: PagerankOptions = {}): RankedScore[] {
  const g = toGraph(input, options);
  const graph = toGraphology(g, options.view ?? 'positive');
  const scores = pagerankMetric(graph, {
    getEdgeWeight: (options.weighted ?? true) ? 'weight' : null,
    alpha: options.alpha ?? 0.85,
    maxIterations: 1000,
    tolerance: 1e-10,
  });
  return rankBy(
    g.nodeIds.map((node) => ({ node, rank: 0, score: scores[node] ?? 0 })),
    (s) => s.score,
  );
}

export interface BetweennessOptions extends BuildOptions {
  /** Which ties count (default 'all'). Shortest paths count hops (unweighted). */
  view?: UnsignedView;
  /** Exact Brandes (graphology-metrics, O(n·m)) up to this many nodes (default 2,000). */
  exactMaxNodes?: number;
  /** Source nodes sampled above the cap (default 256). */
  samples?: number;
  seed?: number;
  /** Confidence parameter δ of the reported error bound (default 0.05). */
  delta?: number;
}

export interface BetweennessResult {
  /** Normalised betweenness: pair dependencies / ((n − 1)(n − 2)), as graphology's `normalized`. */
  scores: RankedScore[];
  approximate: boolean;
  samples: number | null;
  /**
   * For sampled runs: with probability ≥ 1 − δ every normalised score is within this of the
   * exact value (Hoeffding bound over k uniform sources, union bound over n nodes:
   * ε = n/(n − 1) · sqrt(ln(2n/δ) / (2k))). Null when exact.
   */
  errorBound: number | null;
  delta: number | null;
}

/**
 * Betweenness of an unsigned view. Exact via graphology-metrics up to `exactMaxNodes`; above,
 * Brandes' accumulation from k sources drawn uniformly with replacement, scaled by n/k
 * (Brandes & Pich 2007; Riondato & Kornaropoulos 2016 discuss sharper bounds). O(k·m).
 */
export function betweenness(input: NetworkInput, options: BetweennessOptions = {}): BetweennessResult {
  const g = toGraph(input, options);
  const view = options.view ?? 'all';
  const n = g.n;
  if (n <= (options.exactMaxNodes ?? 2000)) {
    const scores = betweennessMetric(toGraphology(g, view), { getEdgeWeight: null, normalized: true });
    return {
      scores: rankBy(
        g.nodeIds.map((node) => ({ node, rank: 0, score: scores[node] ?? 0 })),
        (s) => s.score,
      ),
      approximate: false,
      samples: null,
      errorBound: null,
      delta: null,
    };
  }
  const k = Math.max(1, Math.floor(options.samples ?? 256));
  const delta = options.delta ?? 0.05;
  const adj = viewAdjacency(g, view);
  const rng = seededRandom(options.seed ?? 1);
  const total = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const dep = new Float64Array(n);
  const stack = new Int32Array(n);
  for (let s = 0; s < k; s++) {
    const src = Math.floor(rng() * n);
    dist.fill(-1);
    sigma.fill(0);
    dep.fill(0);
    dist[src] = 0;
    sigma[src] = 1;
    // BFS; `stack` doubles as the queue, in non-decreasing distance order.
    let head = 0;
    let tail = 0;
    stack[tail++] = src;
    while (head < tail) {
      const u = stack[head++]!;
      for (let e = adj.offsets[u]!; e < adj.offsets[u + 1]!; e++) {
        const w = adj.neighbours[e]!;
        if (dist[w] === -1) {
          dist[w] = dist[u]! + 1;
          stack[tail++] = w;
        }
        if (dist[w] === dist[u]! + 1) sigma[w] = sigma[w]! + sigma[u]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = stack[i]!;
      for (let e = adj.offsets[w]!; e < adj.offsets[w + 1]!; e++) {
        const v = adj.neighbours[e]!;
        if (dist[v] === dist[w]! - 1) dep[v] = dep[v]! + (sigma[v]! / sigma[w]!) * (1 + dep[w]!);
      }
      total[w] = total[w]! + dep[w]!;
    }
  }
  const norm = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  const scores = g.nodeIds.map((node, i) => ({ node, rank: 0, score: total[i]! * norm }));
  return {
    scores: rankBy(scores, (s) => s.score),
    approximate: true,
    samples: k,
    errorBound: (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / delta) / (2 * k)),
    delta,
  };
}
