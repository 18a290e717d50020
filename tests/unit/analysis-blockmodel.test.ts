import { describe, expect, it } from 'vitest';
import { blockmodelCriterion, buildSignedGraph, signedBlockmodel } from '../../analysis/index.js';
import { campsNetwork } from '../fixtures/analysis/generate.js';

describe('signedBlockmodel', () => {
  it('recovers three clean camps with criterion 0 and is deterministic for a seed', () => {
    const net = campsNetwork({ nodes: 60, ties: 500, camps: 3, noise: 0, seed: 4 });
    const r = signedBlockmodel(net, { k: 3, seed: 9 });
    expect(r.criterion).toBe(0);
    expect(r.errors).toEqual([]);
    for (const bloc of r.blocs) expect(new Set(bloc.map((id) => net.camp[id])).size).toBe(1);
    expect(r.blocs).toHaveLength(3);
    expect(signedBlockmodel(net, { k: 3, seed: 9 })).toEqual(r);
  });

  it('reports criterion, N and P consistently with an independent evaluation', () => {
    const net = campsNetwork({ nodes: 80, ties: 600, camps: 3, noise: 0.15, seed: 6 });
    const r = signedBlockmodel(net, { k: 3, alpha: 0.3, seed: 2 });
    const again = blockmodelCriterion(net, r.membership, { alpha: 0.3 });
    expect(again.negativeWithin).toBe(r.negativeWithin);
    expect(again.positiveBetween).toBe(r.positiveBetween);
    expect(r.criterion).toBeCloseTo(2 * (0.3 * r.negativeWithin + 0.7 * r.positiveBetween), 12);
    expect(r.errorCost).toBeCloseTo(r.criterion / 2, 12);
    expect(r.errors).toHaveLength(r.negativeWithin + r.positiveBetween);
    // Not worse than the planted camps.
    const planted = blockmodelCriterion(net, net.camp, { alpha: 0.3 });
    expect(r.criterion).toBeLessThanOrEqual(planted.criterion + 1e-9);
  });

  it('alpha = 1 ignores positive ties between blocs: every hostile tie can be cut with enough blocs', () => {
    const net = campsNetwork({ nodes: 30, ties: 120, camps: 2, noise: 0.2, seed: 3 });
    const r = signedBlockmodel(net, { k: 30, alpha: 1, seed: 1 });
    expect(r.negativeWithin).toBe(0);
    expect(r.criterion).toBe(0);
  });

  it('handles 10,000 nodes / 100,000 ties within a few seconds and finds the camps', () => {
    const net = campsNetwork({ nodes: 10_000, ties: 100_000, camps: 3, noise: 0.05, seed: 12 });
    const g = buildSignedGraph(net);
    const start = process.cpuUsage();
    const r = signedBlockmodel(g, { k: 3, seed: 1, restarts: 3 });
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(5000);
    const planted = blockmodelCriterion(g, net.camp);
    expect(r.criterion).toBeLessThanOrEqual(planted.criterion);
  });

  it('puts parties without signed ties in the largest bloc, whatever the seed', () => {
    const net = campsNetwork({ nodes: 31, ties: 150, camps: 2, noise: 0, seed: 5 });
    net.nodes.push('loner', 'neutral');
    net.ties.push({ id: 'n1', a: 'neutral', b: 'p0', positive: 2, negative: 2 });
    for (const seed of [1, 2, 3, 4]) {
      const r = signedBlockmodel(net, { k: 3, seed });
      expect(r.criterion).toBe(0);
      const sizes = r.blocs.map((b) => b.filter((id) => id !== 'loner' && id !== 'neutral').length);
      const largest = sizes.indexOf(Math.max(...sizes));
      expect(r.membership.loner).toBe(largest);
      expect(r.membership.neutral).toBe(largest);
    }
  });

  it('rejects a bad k or alpha', () => {
    const net = campsNetwork({ nodes: 5, ties: 5, camps: 2 });
    expect(() => signedBlockmodel(net, { k: 0 })).toThrow(RangeError);
    expect(() => signedBlockmodel(net, { k: 2, alpha: 2 })).toThrow(RangeError);
  });
});
