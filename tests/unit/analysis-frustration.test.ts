import { describe, expect, it } from 'vitest';
import { buildSignedGraph, frustration, type SignedGraph, type SignedNetwork } from '../../analysis/index.js';
import { campsNetwork, union } from '../fixtures/analysis/generate.js';

/** Minimum frustration by enumerating all 2-colourings (first node fixed). */
function bruteForce(g: SignedGraph, weighted = false): number {
  let best = Number.POSITIVE_INFINITY;
  for (let mask = 0; mask < 1 << (g.n - 1); mask++) {
    let cost = 0;
    for (let p = 0; p < g.pairCount; p++) {
      if (g.pairSign[p] === 0) continue;
      const cu = g.pairU[p]! === 0 ? 0 : (mask >> (g.pairU[p]! - 1)) & 1;
      const cv = g.pairV[p]! === 0 ? 0 : (mask >> (g.pairV[p]! - 1)) & 1;
      if (g.pairSign[p]! > 0 !== (cu === cv)) cost += weighted ? g.weight(p) : 1;
    }
    best = Math.min(best, cost);
  }
  return best;
}

function frustrationOf(net: SignedNetwork, partition: Record<string, 0 | 1>): number {
  const g = buildSignedGraph(net);
  let cost = 0;
  for (let p = 0; p < g.pairCount; p++) {
    if (g.pairSign[p] === 0) continue;
    const same = partition[g.nodeIds[g.pairU[p]!]!] === partition[g.nodeIds[g.pairV[p]!]!];
    if (g.pairSign[p]! > 0 !== same) cost++;
  }
  return cost;
}

describe('frustration: exact branch and bound', () => {
  it('equals brute force on random small graphs, unweighted and weighted', () => {
    let compared = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const net = campsNetwork({ nodes: 12, ties: 30 + seed * 2, camps: 3, noise: 0.25, seed });
      const g = buildSignedGraph(net);
      const components = g.components().filter((c) => c.length > 1).length;
      const f = frustration(g);
      if (components === 1) {
        expect(f.value).toBe(bruteForce(g));
        compared++;
      }
      expect(f.exact).toBe(true);
      expect(f.lowerBound).toBe(f.value);
      expect(frustrationOf(net, f.partition)).toBe(f.value);
      const w = frustration(g, { weighted: true });
      if (components === 1) expect(w.value).toBe(bruteForce(g, true));
    }
    expect(compared).toBeGreaterThanOrEqual(8);
  });

  it('gives up exactness when the node budget runs out, keeping the heuristic value', () => {
    const net = campsNetwork({ nodes: 26, ties: 200, camps: 3, noise: 0.2, seed: 4 });
    const exact = frustration(net);
    const starved = frustration(net, { exactNodeBudget: 10 });
    expect(exact.exact).toBe(true);
    expect(starved.exact).toBe(false);
    expect(starved.value).toBeGreaterThanOrEqual(exact.value);
    expect(starved.lowerBound).toBeLessThanOrEqual(exact.value);
  });
});

describe('frustration on a larger generated graph (2,000 nodes)', () => {
  // One big noisy component plus 40 small components of 12 nodes.
  const big = campsNetwork({ nodes: 1520, ties: 7000, camps: 2, noise: 0.08, seed: 21, prefix: 'big' });
  const smalls = Array.from({ length: 40 }, (_, i) =>
    campsNetwork({ nodes: 12, ties: 28, camps: 2, noise: 0.3, seed: 100 + i, prefix: `s${i}_` }),
  );
  const net = union(big, ...smalls);
  const g = buildSignedGraph(net);
  const mixed = frustration(g, { seed: 3 });
  const heuristic = frustration(g, { seed: 3, exactMaxComponentNodes: 0 });

  it('has 2,000 nodes', () => {
    expect(g.n).toBe(2000);
  });

  it('reports a heuristic value at or above its lower bound, per component and overall', () => {
    expect(mixed.exact).toBe(false);
    expect(mixed.value).toBeGreaterThanOrEqual(mixed.lowerBound);
    const bigComponent = mixed.components.find((c) => c.nodes > 1000)!;
    expect(bigComponent.method).toBe('heuristic');
    expect(bigComponent.lowerBound).toBeGreaterThan(0);
    expect(bigComponent.value).toBeGreaterThanOrEqual(bigComponent.lowerBound);
    for (const c of heuristic.components) expect(c.value).toBeGreaterThanOrEqual(c.lowerBound);
    expect(frustrationOf(net, mixed.partition)).toBe(mixed.value);
    expect(mixed.frustratedTies).toHaveLength(mixed.value);
  });

  it('finds the planted split up to noise: no worse than the camps themselves', () => {
    const camps: Record<string, 0 | 1> = {};
    for (const [id, c] of Object.entries(big.camp)) camps[id] = c as 0 | 1;
    const plantedCost = frustrationOf(big, camps);
    const bigComponent = mixed.components.find((c) => c.nodes > 1000)!;
    expect(bigComponent.value).toBeLessThanOrEqual(plantedCost);
  });

  it('equals the exact value on the small components when run as a heuristic', () => {
    const small = mixed.components.filter((c) => c.nodes <= 30);
    expect(small.length).toBeGreaterThanOrEqual(30);
    expect(small.every((c) => c.exact)).toBe(true);
    expect(small.some((c) => c.value > 0)).toBe(true);
    for (const c of small) {
      const h = heuristic.components.find((x) => x.firstNode === c.firstNode)!;
      expect(h.method).not.toBe('exact');
      expect(h.value).toBe(c.value);
      expect(h.lowerBound).toBeLessThanOrEqual(c.value);
    }
  });
});
