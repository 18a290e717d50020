/**
 * Frustration index (line index of balance; Harary 1959, Aref & Wilson 2018): the least number
 * (or total weight) of signed ties whose sign must be flipped — equivalently, which must be
 * removed — for the network to be balanced; the minimum over 2-colourings of the nodes of
 * (negative ties within a colour) + (positive ties across colours).
 *
 * Solved per connected component: balanced components (found by a BFS 2-colouring) cost 0;
 * components up to `exactMaxComponentNodes` nodes are solved exactly by branch and bound;
 * larger ones by iterated local search (single-node flips with kicks, multi-start) and given a
 * lower bound from a packing of edge-disjoint unbalanced triangles and cycles.
 *
 * This module composes the parts: frustration-local-search.ts (heuristic), frustration-exact.ts
 * (branch and bound) and frustration-lower-bound.ts (cycle packing).
 */
import { branchAndBound } from './frustration-exact.js';
import { LocalSearch } from './frustration-local-search.js';
import { cyclePackingBound } from './frustration-lower-bound.js';
import {
  type BuildOptions,
  type NetworkInput,
  type SignedGraph,
  seededRandom,
  type TieRef,
  toGraph,
} from './signed-graph.js';

export interface FrustrationOptions extends BuildOptions {
  /** Cost of a frustrated tie: its weight |positive − negative| instead of 1 (default false). */
  weighted?: boolean;
  /** Components up to this many nodes are solved exactly (default 30; 0 = heuristic only). */
  exactMaxComponentNodes?: number;
  /** Branch-and-bound search nodes allowed per component before giving up on exactness (default 5e6). */
  exactNodeBudget?: number;
  /** Seed of the local search (default 1). */
  seed?: number;
  /** Local-search starts per heuristic component (default 4, or 2 for components over 2,000 nodes). */
  restarts?: number;
}

export type ComponentMethod = 'balanced' | 'exact' | 'heuristic';

export interface ComponentFrustration {
  /** Smallest-index node of the component (its id). */
  firstNode: string;
  nodes: number;
  ties: number;
  value: number;
  lowerBound: number;
  exact: boolean;
  method: ComponentMethod;
}

export interface FrustrationResult {
  /** Frustration found (upper bound; the minimum when `exact`). */
  value: number;
  /** True when `value` is proven minimal in every component (by branch and bound, or by a lower bound meeting it). */
  exact: boolean;
  /** Proven lower bound (equals `value` when exact). */
  lowerBound: number;
  /** 2-colouring reaching `value`; in each component its first node has colour 0. */
  partition: Record<string, 0 | 1>;
  /** Ties frustrated by `partition` (negative within a side, positive across). */
  frustratedTies: TieRef[];
  /** signnet's frustration balance score 1 − value / (M / 2), M = signed ties (or their weight); null if none. */
  balanceScore: number | null;
  signedTies: number;
  /** Components with at least one signed tie. */
  components: ComponentFrustration[];
}

/** Computes the frustration index; see the module comment. */
export function frustration(input: NetworkInput, options: FrustrationOptions = {}): FrustrationResult {
  const g = toGraph(input, options);
  const weighted = options.weighted ?? false;
  const exactMax = options.exactMaxComponentNodes ?? 30;
  const budget = options.exactNodeBudget ?? 5_000_000;
  const rng = seededRandom(options.seed ?? 1);
  const cost = new Float64Array(g.pairCount);
  for (let p = 0; p < g.pairCount; p++) cost[p] = weighted ? g.weight(p) : 1;
  const col = new Int8Array(g.n);
  const components = g.components();
  const compOf = new Int32Array(g.n);
  components.forEach((c, i) => {
    for (const v of c) compOf[v] = i;
  });
  const results: (ComponentFrustration & { index: number })[] = [];
  const needBound: number[] = [];
  const search = new LocalSearch(g, cost, col, rng);
  for (let ci = 0; ci < components.length; ci++) {
    const comp = components[ci]!;
    if (comp.length < 2) continue;
    let ties = 0;
    for (const v of comp) ties += g.degree(v);
    ties /= 2;
    const base = {
      index: ci,
      firstNode: g.nodeIds[comp[0]!]!,
      nodes: comp.length,
      ties,
    };
    if (bfsColour(g, comp, col)) {
      results.push({ ...base, value: 0, lowerBound: 0, exact: true, method: 'balanced' });
      continue;
    }
    let value = search.run(comp, Math.max(1, options.restarts ?? (comp.length > 2000 ? 2 : 4)));
    if (comp.length <= exactMax) {
      const bb = branchAndBound(g, comp, cost, col, value, budget);
      value = bb.value;
      if (bb.complete) {
        results.push({ ...base, value, lowerBound: value, exact: true, method: 'exact' });
        canonicalise(comp, col);
        continue;
      }
    }
    canonicalise(comp, col);
    results.push({ ...base, value, lowerBound: 0, exact: false, method: 'heuristic' });
    needBound.push(ci);
  }
  if (needBound.length > 0) {
    const bounds = cyclePackingBound(g, cost, compOf, new Set(needBound));
    for (const r of results) {
      if (r.exact) continue;
      r.lowerBound = Math.min(r.value, bounds.get(r.index) ?? 0);
      // A bound that meets the value proves it minimal.
      if (r.lowerBound >= r.value - 1e-9) r.exact = true;
    }
  }
  const partition: Record<string, 0 | 1> = {};
  for (let v = 0; v < g.n; v++) partition[g.nodeIds[v]!] = col[v] as 0 | 1;
  const frustratedTies: TieRef[] = [];
  let total = 0;
  let value = 0;
  for (let j = 0; j < g.m; j++) {
    const p = g.signedPairs[j]!;
    total += cost[p]!;
    if (isFrustrated(g, p, col)) {
      frustratedTies.push(g.tieRef(p));
      value += cost[p]!;
    }
  }
  const exact = results.every((r) => r.exact);
  const lowerBound = results.reduce((s, r) => s + r.lowerBound, 0);
  return {
    value,
    exact,
    lowerBound,
    partition,
    frustratedTies,
    balanceScore: total === 0 ? null : 1 - value / (total / 2),
    signedTies: g.m,
    components: results.map(({ index: _index, ...r }) => r),
  };
}

function isFrustrated(g: SignedGraph, p: number, col: Int8Array): boolean {
  const same = col[g.pairU[p]!] === col[g.pairV[p]!];
  return g.pairSign[p]! > 0 ? !same : same;
}

function canonicalise(comp: Int32Array, col: Int8Array): void {
  if (col[comp[0]!] === 0) return;
  for (const v of comp) col[v] = (1 - col[v]!) as 0 | 1;
}

/** BFS 2-colouring along signs from the component's first node; true when no tie is frustrated. */
function bfsColour(g: SignedGraph, comp: Int32Array, col: Int8Array): boolean {
  const seen = new Uint8Array(g.n);
  const queue = new Int32Array(comp.length);
  let head = 0;
  let tail = 0;
  queue[tail++] = comp[0]!;
  seen[comp[0]!] = 1;
  col[comp[0]!] = 0;
  let balanced = true;
  while (head < tail) {
    const u = queue[head++]!;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      const w = g.neighbours[k]!;
      const want = g.pairSign[g.edgeOf[k]!]! > 0 ? col[u]! : 1 - col[u]!;
      if (!seen[w]) {
        seen[w] = 1;
        col[w] = want;
        queue[tail++] = w;
      } else if (col[w] !== want) balanced = false;
    }
  }
  return balanced;
}
