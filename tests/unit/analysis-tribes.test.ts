import { describe, expect, it } from 'vitest';
import {
  blockmodelCriterion,
  buildSignedGraph,
  frustration,
  pnIndex,
  signedBlockmodel,
  signedDegree,
  triangleCensus,
  walkBalance,
} from '../../analysis/index.js';
import { highlandTribes, TRIBE_NAMES, TRIBE_TIES } from '../fixtures/analysis/highland-tribes.js';

// Figures from signnet's documentation (README, "Balancedness" and "Blockmodeling") for data(tribes).
describe('Highland Tribes (Read 1954) reproduces signnet', () => {
  const net = highlandTribes();
  const g = buildSignedGraph(net);

  it('has 16 tribes and 58 ties, 29 positive and 29 negative', () => {
    expect(g.n).toBe(16);
    expect(g.m).toBe(58);
    expect(TRIBE_TIES.filter(([, , s]) => s > 0)).toHaveLength(29);
  });

  it('triangle balance score 0.8676471 (59 of 68 triangles balanced)', () => {
    const census = triangleCensus(g);
    expect(census).toMatchObject({ ppp: 19, ppn: 2, pnn: 40, nnn: 7, total: 68, balanced: 59 });
    expect(census.balanceScore).toBeCloseTo(0.8676471, 6);
  });

  it('walk balance score 0.3575761', () => {
    const walk = walkBalance(g);
    expect(walk.value).not.toBeNull();
    expect(walk.value!).toBeCloseTo(0.3575761, 6);
  });

  it('frustration 7, exact, and frustration balance score 0.7586207', () => {
    const f = frustration(g);
    expect(f.value).toBe(7);
    expect(f.exact).toBe(true);
    expect(f.lowerBound).toBe(7);
    expect(f.frustratedTies).toHaveLength(7);
    expect(f.balanceScore!).toBeCloseTo(0.7586207, 6);
    // The partition really frustrates exactly the reported ties.
    const side = f.partition;
    const frustrated = net.ties.filter((t) => t.positive > t.negative !== (side[t.a] === side[t.b]));
    expect(frustrated.map((t) => t.id).sort()).toEqual(f.frustratedTies.flatMap((t) => t.tieIds).sort());
  });

  it('heuristic frustration alone also reaches 7 and proves it with its lower bound', () => {
    const f = frustration(g, { exactMaxComponentNodes: 0 });
    expect(f.value).toBe(7);
    // Seven tie-disjoint unbalanced cycles exist, so the packing bound proves the optimum.
    expect(f.lowerBound).toBe(7);
    expect(f.exact).toBe(true);
    expect(f.components[0]!.method).toBe('heuristic');
  });

  it('3-bloc signed blockmodel with criterion 2, the blocs of signnet', () => {
    for (const seed of [1, 2, 3]) {
      const b = signedBlockmodel(g, { k: 3, alpha: 0.5, seed });
      expect(b.criterion).toBe(2);
      expect(b.negativeWithin + b.positiveBetween).toBe(2);
      expect(b.errors).toHaveLength(2);
      // signnet: membership 3 3 2 2 1 2 2 2 1 1 2 2 1 1 3 3
      const expected = [3, 3, 2, 2, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 3, 3];
      const groups = [1, 2, 3].map((c) => TRIBE_NAMES.filter((_, i) => expected[i] === c).sort());
      expect(b.blocs.map((x) => [...x].sort()).sort()).toEqual(groups.sort());
    }
  });

  it('evaluates a given partition with signnet’s criterion', () => {
    const membership: Record<string, number> = {};
    const expected = [3, 3, 2, 2, 1, 2, 2, 2, 1, 1, 2, 2, 1, 1, 3, 3];
    TRIBE_NAMES.forEach((name, i) => {
      membership[name] = expected[i]!;
    });
    expect(blockmodelCriterion(g, membership).criterion).toBe(2);
    // Every tribe alone: all 29 positive ties are errors, 2 · 0.5 · 29; one bloc: all 29 negative ones.
    const alone = blockmodelCriterion(g, {});
    expect([alone.positiveBetween, alone.negativeWithin, alone.criterion]).toEqual([29, 0, 29]);
    const one: Record<string, number> = Object.fromEntries(TRIBE_NAMES.map((t) => [t, 0]));
    expect(blockmodelCriterion(g, one).criterion).toBe(29);
  });

  // signnet vignette "Signed networks": degree_signed(type = "pos" / "neg") and round(pn_index(tribes), 3).
  const SIGNNET_CENTRALITY: Record<string, [number, number, number]> = {
    GAVEV: [3, 5, 0.753],
    KOTUN: [3, 5, 0.764],
    OVE: [4, 2, 1.042],
    ALIKA: [2, 1, 1.023],
    NAGAM: [3, 4, 0.903],
    GAHUK: [5, 5, 0.905],
    MASIL: [7, 0, 1.224],
    UKUDZ: [6, 1, 1.141],
    NOTOH: [3, 4, 0.874],
    KOHIK: [2, 3, 0.903],
    GEHAM: [4, 5, 0.865],
    ASARO: [4, 4, 0.934],
    UHETO: [4, 4, 0.916],
    SEUVE: [2, 3, 0.875],
    NAGAD: [3, 6, 0.715],
    GAMA: [3, 6, 0.715],
  };

  it('signed degrees and PN index as signnet reports them', () => {
    const degrees = signedDegree(g);
    const pn = pnIndex(g);
    expect(pn.converged).toBe(true);
    for (const [tribe, [pos, neg, score]] of Object.entries(SIGNNET_CENTRALITY)) {
      expect(degrees.find((d) => d.node === tribe)).toMatchObject({ positive: pos, negative: neg, net: pos - neg });
      const mine = pn.scores.find((x) => x.node === tribe)!.score;
      expect(Math.round(mine * 1000) / 1000).toBe(score);
    }
    expect(degrees[0]!.node).toBe('MASIL');
    expect(pn.scores[0]!.node).toBe('MASIL');
  });

  it('k = 2 blockmodel equals the frustration index', () => {
    const b = signedBlockmodel(g, { k: 2, seed: 5 });
    expect(b.negativeWithin + b.positiveBetween).toBe(7);
  });
});
