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
 */
import { forEachTriangle } from './balance.js';
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

/**
 * Iterated local search for one component: BFS spanning-tree colourings from random roots,
 * improved by single-node flips with positive gain, then perturbed (a node and some neighbours
 * flipped) and re-improved, keeping a change only when it does not worsen the cost.
 */
class LocalSearch {
  private readonly stack: Int32Array;
  private readonly inStack: Uint8Array;
  private readonly seen: Uint8Array;
  private readonly log: number[] = [];

  constructor(
    private readonly g: SignedGraph,
    private readonly cost: Float64Array,
    private readonly col: Int8Array,
    private readonly rng: () => number,
  ) {
    this.stack = new Int32Array(g.n + 1);
    this.inStack = new Uint8Array(g.n);
    this.seen = new Uint8Array(g.n);
  }

  /** Leaves the best colouring found in `col` and returns its cost. */
  run(comp: Int32Array, restarts: number): number {
    const { g, col, rng } = this;
    const c = comp.length;
    const best = new Int8Array(c);
    let bestCost = Number.POSITIVE_INFINITY;
    const kicks = Math.min(3000, Math.max(200, 10 * c));
    for (let r = 0; r < restarts; r++) {
      this.greedyColour(comp, comp[Math.floor(rng() * c)]!);
      let current = this.componentCost(comp);
      current -= this.descend(comp);
      for (let kick = 0; kick < kicks; kick++) {
        this.log.length = 0;
        const v = comp[Math.floor(rng() * c)]!;
        let delta = this.flip(v, true);
        const deg = g.degree(v);
        for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
          if (rng() < Math.min(0.5, 2 / Math.max(1, deg))) delta += this.flip(g.neighbours[k]!, true);
        }
        delta -= this.descendFrom();
        if (delta <= 0) current += delta;
        else for (let i = this.log.length - 1; i >= 0; i--) this.flip(this.log[i]!, false);
      }
      if (current < bestCost) {
        bestCost = current;
        for (let i = 0; i < c; i++) best[i] = col[comp[i]!]!;
      }
    }
    for (let i = 0; i < c; i++) col[comp[i]!] = best[i]!;
    return bestCost;
  }

  /**
   * Greedy start: nodes in BFS order from `root`, each given the colour that frustrates the least
   * weight of ties to nodes already coloured (random on ties).
   */
  private greedyColour(comp: Int32Array, root: number): void {
    const { g, col, seen, cost, rng } = this;
    for (const v of comp) seen[v] = 0;
    const queue = new Int32Array(comp.length);
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    seen[root] = 1;
    while (head < tail) {
      const u = queue[head++]!;
      // seen: 1 = queued, 2 = coloured.
      let c0 = 0;
      let c1 = 0;
      for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
        const w = g.neighbours[k]!;
        if (seen[w] === 2) {
          const p = g.edgeOf[k]!;
          // Colour x frustrates the tie when (positive and x ≠ col[w]) or (negative and x = col[w]).
          const bad = g.pairSign[p]! > 0 ? 1 - col[w]! : col[w]!;
          if (bad === 0) c0 += cost[p]!;
          else c1 += cost[p]!;
        } else if (seen[w] === 0) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
      col[u] = c0 < c1 ? 0 : c1 < c0 ? 1 : rng() < 0.5 ? 0 : 1;
      seen[u] = 2;
    }
  }

  private componentCost(comp: Int32Array): number {
    const { g, col, cost } = this;
    let s = 0;
    for (const u of comp) {
      for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
        const w = g.neighbours[k]!;
        if (w < u) continue;
        const p = g.edgeOf[k]!;
        if (g.pairSign[p]! > 0 !== (col[u] === col[w])) s += cost[p]!;
      }
    }
    return s;
  }

  /** Gain of flipping v: frustrated incident cost − satisfied incident cost. */
  private gain(v: number): number {
    const { g, col, cost } = this;
    let s = 0;
    for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) {
      const p = g.edgeOf[k]!;
      const frustrated = g.pairSign[p]! > 0 !== (col[v] === col[g.neighbours[k]!]);
      s += frustrated ? cost[p]! : -cost[p]!;
    }
    return s;
  }

  /** Flips v; returns the change in cost; optionally logs it and queues v and its neighbours. */
  private flip(v: number, record: boolean): number {
    const delta = -this.gain(v);
    this.col[v] = 1 - this.col[v]!;
    if (record) {
      this.log.push(v);
      this.push(v);
      const { g } = this;
      for (let k = g.offsets[v]!; k < g.offsets[v + 1]!; k++) this.push(g.neighbours[k]!);
    }
    return delta;
  }

  private top = 0;
  private push(v: number): void {
    if (this.inStack[v]) return;
    this.inStack[v] = 1;
    this.stack[this.top++] = v;
  }

  private descend(comp: Int32Array): number {
    for (const v of comp) this.push(v);
    return this.descendFrom();
  }

  /** Flips queued nodes while that lowers the cost; returns the total improvement. */
  private descendFrom(): number {
    let improved = 0;
    while (this.top > 0) {
      const v = this.stack[--this.top]!;
      this.inStack[v] = 0;
      if (this.gain(v) > 1e-12) improved -= this.flip(v, true);
    }
    return improved;
  }
}

/**
 * Exact minimum for one component by depth-first branch and bound over nodes in BFS order (each
 * node after the first has an already coloured neighbour). Bound: cost so far + Σ over
 * uncoloured nodes of min(cost if coloured 0, cost if coloured 1) counting only ties to coloured
 * nodes. Starts from the heuristic's cost as incumbent (its colouring is in `col`) and leaves the
 * best colouring found in `col`; `complete` is false when the node budget ran out first.
 */
function branchAndBound(
  g: SignedGraph,
  comp: Int32Array,
  cost: Float64Array,
  col: Int8Array,
  upper: number,
  budget: number,
): { value: number; complete: boolean } {
  const c = comp.length;
  // BFS order from a highest-degree node.
  let root = comp[0]!;
  for (const v of comp) if (g.degree(v) > g.degree(root)) root = v;
  const pos = new Map<number, number>();
  const order: number[] = [root];
  pos.set(root, 0);
  for (let h = 0; h < order.length; h++) {
    const u = order[h]!;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      const w = g.neighbours[k]!;
      if (!pos.has(w)) {
        pos.set(w, order.length);
        order.push(w);
      }
    }
  }
  // Later neighbours of each position: (position, sign, cost).
  const later: { j: number; s: number; w: number }[][] = order.map(() => []);
  for (let i = 0; i < c; i++) {
    const u = order[i]!;
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
      const j = pos.get(g.neighbours[k]!)!;
      const p = g.edgeOf[k]!;
      if (j > i) later[i]!.push({ j, s: g.pairSign[p]!, w: cost[p]! });
    }
  }
  const c0 = new Float64Array(c);
  const c1 = new Float64Array(c);
  const assign = new Int8Array(c);
  const best = new Int8Array(c);
  let bestCost = upper;
  let found = false;
  let sumMin = 0;
  let nodes = 0;
  const eps = 1e-9;
  const apply = (i: number, x: number, sign: 1 | -1) => {
    for (const { j, s, w } of later[i]!) {
      const before = Math.min(c0[j]!, c1[j]!);
      // Colour y of j frustrates the tie when (s > 0 and y ≠ x) or (s < 0 and y = x).
      const y = s > 0 ? 1 - x : x;
      if (y === 0) c0[j] = c0[j]! + sign * w;
      else c1[j] = c1[j]! + sign * w;
      sumMin += Math.min(c0[j]!, c1[j]!) - before;
    }
  };
  const rec = (i: number, current: number): boolean => {
    if (++nodes > budget) return false;
    if (i === c) {
      // Pruning let only strictly better completions through.
      bestCost = current;
      best.set(assign);
      found = true;
      return true;
    }
    const first = i === 0 ? 0 : c0[i]! <= c1[i]! ? 0 : 1;
    for (let t = 0; t < (i === 0 ? 1 : 2); t++) {
      const x = t === 0 ? first : 1 - first;
      const here = x === 0 ? c0[i]! : c1[i]!;
      const restMin = sumMin - Math.min(c0[i]!, c1[i]!);
      // Prune unless this branch could strictly beat the incumbent.
      if (current + here + restMin >= bestCost - eps) continue;
      assign[i] = x;
      const saved = sumMin;
      sumMin = restMin;
      apply(i, x, 1);
      const ok = rec(i + 1, current + here);
      apply(i, x, -1);
      sumMin = saved;
      if (!ok) return false;
    }
    return true;
  };
  const complete = rec(0, 0);
  if (found) for (let i = 0; i < c; i++) col[order[i]!] = best[i]!;
  // Without a better leaf the heuristic's colouring (already in col) is the best known.
  return { value: bestCost, complete };
}

/**
 * Lower bound per component: each unbalanced cycle needs at least one frustrated tie, so a set of
 * tie-disjoint unbalanced cycles bounds the frustration from below by the sum of their cheapest
 * ties. Greedy packing: unbalanced triangles first, then cycles closed by non-tree ties that
 * contradict a BFS-forest 2-colouring of the ties not yet used (shortest first), for a few rounds.
 */
function cyclePackingBound(
  g: SignedGraph,
  cost: Float64Array,
  compOf: Int32Array,
  wanted: Set<number>,
): Map<number, number> {
  const used = new Uint8Array(g.pairCount);
  const bound = new Map<number, number>();
  const addBound = (comp: number, x: number) => bound.set(comp, (bound.get(comp) ?? 0) + x);
  const sign = g.pairSign;
  forEachTriangle(g, (u, _v, _w, a, b, c) => {
    if (!wanted.has(compOf[u]!)) return;
    if (used[a] || used[b] || used[c]) return;
    if (sign[a]! * sign[b]! * sign[c]! > 0) return;
    used[a] = used[b] = used[c] = 1;
    addBound(compOf[u]!, Math.min(cost[a]!, cost[b]!, cost[c]!));
  });
  const n = g.n;
  const parent = new Int32Array(n);
  const parentEdge = new Int32Array(n);
  const depth = new Int32Array(n);
  const colour = new Int8Array(n);
  const queue = new Int32Array(n);
  const maxLength = 64;
  for (let round = 0; round < 8; round++) {
    parent.fill(-2);
    for (let s = 0; s < n; s++) {
      if (parent[s] !== -2 || !wanted.has(compOf[s]!)) continue;
      parent[s] = -1;
      depth[s] = 0;
      colour[s] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const u = queue[head++]!;
        for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
          const p = g.edgeOf[k]!;
          const w = g.neighbours[k]!;
          if (used[p] || parent[w] !== -2) continue;
          parent[w] = u;
          parentEdge[w] = p;
          depth[w] = depth[u]! + 1;
          colour[w] = sign[p]! > 0 ? colour[u]! : 1 - colour[u]!;
          queue[tail++] = w;
        }
      }
    }
    // Candidate cycles: contradicting non-tree ties.
    const candidates: { p: number; length: number }[] = [];
    for (let j = 0; j < g.m; j++) {
      const p = g.signedPairs[j]!;
      const u = g.pairU[p]!;
      const v = g.pairV[p]!;
      if (used[p] || !wanted.has(compOf[u]!)) continue;
      if (parentEdge[u] === p && parent[u] === v) continue;
      if (parentEdge[v] === p && parent[v] === u) continue;
      const consistent = (colour[u] === colour[v]) === sign[p]! > 0;
      if (consistent) continue;
      // Length via climbing to the common ancestor (capped).
      let x = u;
      let y = v;
      let length = 1;
      while (x !== y && length <= maxLength) {
        if (depth[x]! >= depth[y]!) x = parent[x]!;
        else y = parent[y]!;
        length++;
      }
      if (x === y) candidates.push({ p, length });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || a.p - b.p);
    let accepted = 0;
    const path: number[] = [];
    for (const { p } of candidates) {
      path.length = 0;
      path.push(p);
      let x = g.pairU[p]!;
      let y = g.pairV[p]!;
      let free = !used[p];
      while (x !== y && free) {
        let e: number;
        if (depth[x]! >= depth[y]!) {
          e = parentEdge[x]!;
          x = parent[x]!;
        } else {
          e = parentEdge[y]!;
          y = parent[y]!;
        }
        if (used[e]) free = false;
        path.push(e);
      }
      if (!free) continue;
      let cheapest = Number.POSITIVE_INFINITY;
      for (const e of path) {
        used[e] = 1;
        cheapest = Math.min(cheapest, cost[e]!);
      }
      addBound(compOf[g.pairU[p]!]!, cheapest);
      accepted++;
    }
    if (accepted === 0) break;
  }
  return bound;
}
