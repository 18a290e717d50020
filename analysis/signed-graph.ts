/**
 * The input contract of the analysis library and the indexed structure every analysis runs on.
 *
 * A `SignedNetwork` is a list of party ids and a list of undirected ties, each carrying the amount
 * of friendly (`positive`) and hostile (`negative`) evidence. `buildSignedGraph` turns it, once,
 * into compressed sparse rows (CSR) over integer node indices so the analyses can run on typed
 * arrays. Ties between the same pair are merged (evidence summed) and keep all their ids.
 */

/** One undirected tie between two parties, with the evidence behind it. */
export interface SignedTie {
  /** Passed through to results so they can point back at ties/evidence. */
  id: string;
  a: string;
  b: string;
  /** Count or weight of friendly evidence (≥ 0). */
  positive: number;
  /** Count or weight of hostile evidence (≥ 0). */
  negative: number;
}

export interface SignedNetwork {
  nodes: string[];
  ties: SignedTie[];
}

/** Net sign of a tie: sign(positive − negative); 0 means neutral (left out of signed analyses). */
export type Sign = -1 | 0 | 1;

export function tieSign(positive: number, negative: number): Sign {
  const d = positive - negative;
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/** A pair of parties as the analyses see it, after merging parallel ties. */
export interface TieRef {
  a: string;
  b: string;
  sign: Sign;
  /** |positive − negative|: the strength of the net sign. */
  weight: number;
  positive: number;
  negative: number;
  /** Ids of the input ties merged into this pair. */
  tieIds: string[];
}

export interface AnalysisLimits {
  /** Most nodes accepted (after adding tie endpoints missing from `nodes`). */
  maxNodes: number;
  /** Most input ties accepted. */
  maxTies: number;
}

export const DEFAULT_LIMITS: AnalysisLimits = { maxNodes: 200_000, maxTies: 2_000_000 };

/** Thrown when an input exceeds a configured size limit; `limit` names it. */
export class AnalysisLimitError extends Error {
  override readonly name = 'AnalysisLimitError';
  constructor(
    readonly limit: string,
    readonly actual: number,
    readonly max: number,
  ) {
    super(`analysis limit ${limit} exceeded: ${actual} > ${max}`);
  }
}

/** Throws `AnalysisLimitError` when `actual > max`. */
export function checkLimit(limit: string, actual: number, max: number): void {
  if (actual > max) throw new AnalysisLimitError(limit, actual, max);
}

export interface BuildOptions {
  limits?: Partial<AnalysisLimits>;
}

/**
 * Indexed, immutable view of a network. Pairs ("edges") are numbered 0..pairCount-1; all pairs
 * (neutral included) are in `pair*` arrays; the CSR adjacency (`offsets`/`neighbours`/`edgeOf`)
 * holds only the signed pairs (net sign ≠ 0), which is what signed analyses use.
 */
export class SignedGraph {
  /** Node ids by index. */
  readonly nodeIds: string[];
  readonly index: Map<string, number>;
  readonly n: number;
  /** Number of distinct pairs with any evidence (signed or neutral). */
  readonly pairCount: number;
  readonly pairU: Int32Array;
  readonly pairV: Int32Array;
  readonly pairSign: Int8Array;
  readonly pairPositive: Float64Array;
  readonly pairNegative: Float64Array;
  readonly pairTieIds: string[][];
  /** Indices (into pair arrays) of signed pairs; `m` of them. */
  readonly signedPairs: Int32Array;
  readonly m: number;
  /** CSR over signed pairs: neighbours of node i are neighbours[offsets[i]..offsets[i+1]). */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Pair index of each CSR entry. */
  readonly edgeOf: Int32Array;
  /** Input ties ignored: self-loops and ties with no evidence at all. */
  readonly ignored: { selfLoops: number; empty: number };

  constructor(net: SignedNetwork, options: BuildOptions = {}) {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    checkLimit('maxTies', net.ties.length, limits.maxTies);
    checkLimit('maxNodes', net.nodes.length, limits.maxNodes);
    const nodeIds: string[] = [];
    const index = new Map<string, number>();
    const add = (id: string): number => {
      let i = index.get(id);
      if (i === undefined) {
        i = nodeIds.length;
        index.set(id, i);
        nodeIds.push(id);
      }
      return i;
    };
    for (const id of net.nodes) add(id);
    const pairIndex = new Map<number, number>();
    const us: number[] = [];
    const vs: number[] = [];
    const pos: number[] = [];
    const neg: number[] = [];
    const ids: string[][] = [];
    let selfLoops = 0;
    let empty = 0;
    for (const t of net.ties) {
      if (!(t.positive >= 0) || !(t.negative >= 0)) {
        throw new RangeError(`tie ${t.id}: positive and negative must be finite numbers ≥ 0`);
      }
      const x = add(t.a);
      const y = add(t.b);
      if (x === y) {
        selfLoops++;
        continue;
      }
      if (t.positive === 0 && t.negative === 0) {
        empty++;
        continue;
      }
      const u = Math.min(x, y);
      const v = Math.max(x, y);
      // Pair key fits a double exactly while u, v < 2^26.
      const key = u * 67_108_864 + v;
      const p = pairIndex.get(key);
      if (p === undefined) {
        pairIndex.set(key, us.length);
        us.push(u);
        vs.push(v);
        pos.push(t.positive);
        neg.push(t.negative);
        ids.push([t.id]);
      } else {
        pos[p]! += t.positive;
        neg[p]! += t.negative;
        ids[p]!.push(t.id);
      }
    }
    checkLimit('maxNodes', nodeIds.length, limits.maxNodes);
    const n = nodeIds.length;
    const pc = us.length;
    this.nodeIds = nodeIds;
    this.index = index;
    this.n = n;
    this.pairCount = pc;
    this.pairU = Int32Array.from(us);
    this.pairV = Int32Array.from(vs);
    this.pairPositive = Float64Array.from(pos);
    this.pairNegative = Float64Array.from(neg);
    this.pairTieIds = ids;
    this.pairSign = new Int8Array(pc);
    let m = 0;
    for (let p = 0; p < pc; p++) {
      const s = tieSign(pos[p]!, neg[p]!);
      this.pairSign[p] = s;
      if (s !== 0) m++;
    }
    this.m = m;
    this.signedPairs = new Int32Array(m);
    const degree = new Int32Array(n);
    for (let p = 0, j = 0; p < pc; p++) {
      if (this.pairSign[p] === 0) continue;
      this.signedPairs[j++] = p;
      degree[us[p]!]!++;
      degree[vs[p]!]!++;
    }
    this.offsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.offsets[i + 1] = this.offsets[i]! + degree[i]!;
    this.neighbours = new Int32Array(2 * m);
    this.edgeOf = new Int32Array(2 * m);
    const fill = this.offsets.slice(0, n);
    for (let j = 0; j < m; j++) {
      const p = this.signedPairs[j]!;
      const u = this.pairU[p]!;
      const v = this.pairV[p]!;
      let k = fill[u]!++;
      this.neighbours[k] = v;
      this.edgeOf[k] = p;
      k = fill[v]!++;
      this.neighbours[k] = u;
      this.edgeOf[k] = p;
    }
    this.ignored = { selfLoops, empty };
  }

  /** |positive − negative| of a pair. */
  weight(p: number): number {
    return Math.abs(this.pairPositive[p]! - this.pairNegative[p]!);
  }

  /** Signed degree (number of signed pairs) of node i. */
  degree(i: number): number {
    return this.offsets[i + 1]! - this.offsets[i]!;
  }

  tieRef(p: number): TieRef {
    const positive = this.pairPositive[p]!;
    const negative = this.pairNegative[p]!;
    return {
      a: this.nodeIds[this.pairU[p]!]!,
      b: this.nodeIds[this.pairV[p]!]!,
      sign: this.pairSign[p] as Sign,
      weight: Math.abs(positive - negative),
      positive,
      negative,
      tieIds: this.pairTieIds[p]!,
    };
  }

  /**
   * Connected components of the signed graph (neutral pairs ignored), as arrays of node
   * indices; isolated nodes form singleton components. Ordered by smallest node index.
   */
  components(): Int32Array[] {
    const comp = new Int32Array(this.n).fill(-1);
    const out: Int32Array[] = [];
    const queue = new Int32Array(this.n);
    for (let s = 0; s < this.n; s++) {
      if (comp[s] !== -1) continue;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      comp[s] = out.length;
      while (head < tail) {
        const u = queue[head++]!;
        for (let k = this.offsets[u]!; k < this.offsets[u + 1]!; k++) {
          const w = this.neighbours[k]!;
          if (comp[w] === -1) {
            comp[w] = out.length;
            queue[tail++] = w;
          }
        }
      }
      out.push(queue.slice(0, tail));
    }
    return out;
  }
}

/** Input accepted by every analysis: a raw network (indexed on the fly) or a prebuilt graph. */
export type NetworkInput = SignedNetwork | SignedGraph;

export function toGraph(input: NetworkInput, options: BuildOptions = {}): SignedGraph {
  return input instanceof SignedGraph ? input : new SignedGraph(input, options);
}

export function buildSignedGraph(net: SignedNetwork, options: BuildOptions = {}): SignedGraph {
  return new SignedGraph(net, options);
}

/** Which ties an unsigned view keeps, and with what weight. */
export type UnsignedView = 'all' | 'positive' | 'negative';

/**
 * Weight of pair p in an unsigned view, or 0 when the view leaves it out:
 * 'all' keeps every pair with weight positive + negative (total evidence, neutral pairs too);
 * 'positive' keeps net-friendly pairs with weight positive − negative;
 * 'negative' keeps net-hostile pairs with weight negative − positive.
 */
export function viewWeight(g: SignedGraph, p: number, view: UnsignedView): number {
  const pos = g.pairPositive[p]!;
  const neg = g.pairNegative[p]!;
  if (view === 'all') return pos + neg;
  if (view === 'positive') return pos > neg ? pos - neg : 0;
  return neg > pos ? neg - pos : 0;
}

/** Mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sorts a ranked list by score descending, then id ascending, and fills in 1-based ranks. */
export function rankBy<T extends { node: string; rank: number }>(items: T[], score: (x: T) => number): T[] {
  items.sort((x, y) => score(y) - score(x) || (x.node < y.node ? -1 : x.node > y.node ? 1 : 0));
  items.forEach((x, i) => {
    x.rank = i + 1;
  });
  return items;
}
