/** Exact frustration of one small component by branch and bound. */
import type { SignedGraph } from './signed-graph.js';

/**
 * Exact minimum for one component by depth-first branch and bound over nodes in BFS order (each
 * node after the first has an already coloured neighbour). Bound: cost so far + Σ over
 * uncoloured nodes of min(cost if coloured 0, cost if coloured 1) counting only ties to coloured
 * nodes. Starts from the heuristic's cost as incumbent (its colouring is in `col`) and leaves the
 * best colouring found in `col`; `complete` is false when the node budget ran out first.
 */
export function branchAndBound(
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
