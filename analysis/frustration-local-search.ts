/** Frustration heuristic: iterated local search over 2-colourings of one component. */
import type { SignedGraph } from './signed-graph.js';

/**
 * Iterated local search for one component: BFS spanning-tree colourings from random roots,
 * improved by single-node flips with positive gain, then perturbed (a node and some neighbours
 * flipped) and re-improved, keeping a change only when it does not worsen the cost.
 */
export class LocalSearch {
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
