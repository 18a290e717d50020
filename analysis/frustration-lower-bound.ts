/** Lower bound on the frustration per component from a packing of tie-disjoint unbalanced cycles. */
import type { SignedGraph } from './signed-graph.js';
import { forEachTriangle } from './triangles.js';

/**
 * Lower bound per component: each unbalanced cycle needs at least one frustrated tie, so a set of
 * tie-disjoint unbalanced cycles bounds the frustration from below by the sum of their cheapest
 * ties. Greedy packing: unbalanced triangles first, then cycles closed by non-tree ties that
 * contradict a BFS-forest 2-colouring of the ties not yet used (shortest first), for a few rounds.
 */
export function cyclePackingBound(
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
