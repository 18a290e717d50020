import { describe, expect, it } from 'vitest';
import {
  betweenness,
  buildSignedGraph,
  louvainCommunities,
  pagerank,
  pnIndex,
  type SignedNetwork,
  signedDegree,
} from '../../analysis/index.js';
import { campsNetwork } from '../fixtures/analysis/generate.js';
import { highlandTribes } from '../fixtures/analysis/highland-tribes.js';

function signed(edges: [string, string, number][]): SignedNetwork {
  const ends: string[] = [];
  for (const [a, b] of edges) ends.push(a, b);
  const nodes = [...new Set(ends)];
  return {
    nodes,
    ties: edges.map(([a, b, s]) => ({ id: `${a}-${b}`, a, b, positive: Math.max(s, 0), negative: Math.max(-s, 0) })),
  };
}

/** Solves M x = b by Gaussian elimination with partial pivoting (dense reference). */
function denseSolve(m: number[][], b: number[]): number[] {
  const n = b.length;
  const a = m.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[piv]![c]!)) piv = r;
    [a[c], a[piv]] = [a[piv]!, a[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k <= n; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

describe('signedDegree', () => {
  it('counts friendly, hostile and neutral ties per node and ranks by net degree', () => {
    const net = signed([
      ['a', 'b', 2],
      ['a', 'c', 1],
      ['a', 'd', -3],
      ['b', 'c', -1],
    ]);
    net.ties.push({ id: 'n', a: 'c', b: 'd', positive: 1, negative: 1 });
    const rows = signedDegree(net);
    expect(rows[0]).toEqual({
      node: 'a',
      rank: 1,
      positive: 2,
      negative: 1,
      neutral: 0,
      net: 1,
      positiveWeight: 3,
      negativeWeight: 3,
    });
    expect(rows.find((r) => r.node === 'c')).toMatchObject({ positive: 1, negative: 1, neutral: 1, net: 0 });
    expect(rows.at(-1)).toMatchObject({ node: 'd', net: -1, rank: 4 });
    // Equal scores rank by id.
    expect(signedDegree(net, { by: 'negativeWeight' }).map((r) => [r.node, r.negativeWeight])).toEqual([
      ['a', 3],
      ['d', 3],
      ['b', 1],
      ['c', 1],
    ]);
  });
});

describe('pnIndex', () => {
  it('matches the hand-solved path a +b −c: 14/11, 12/11, 5/11', () => {
    const r = pnIndex(
      signed([
        ['a', 'b', 1],
        ['b', 'c', -1],
      ]),
    );
    expect(r.converged).toBe(true);
    const score = Object.fromEntries(r.scores.map((s) => [s.node, s.score]));
    expect(score.a!).toBeCloseTo(14 / 11, 12);
    expect(score.b!).toBeCloseTo(12 / 11, 12);
    expect(score.c!).toBeCloseTo(5 / 11, 12);
    expect(r.scores.map((s) => s.node)).toEqual(['a', 'b', 'c']);
  });

  it('matches a dense solve of (I − A/(2n−2)) x = 1 on the Highland Tribes', () => {
    const net = highlandTribes();
    const g = buildSignedGraph(net);
    const n = g.n;
    const m: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
    for (let p = 0; p < g.pairCount; p++) {
      const a = g.pairSign[p]! > 0 ? 1 : -2;
      m[g.pairU[p]!]![g.pairV[p]!] = -a / (2 * n - 2);
      m[g.pairV[p]!]![g.pairU[p]!] = -a / (2 * n - 2);
    }
    const x = denseSolve(m, new Array(n).fill(1));
    const r = pnIndex(g);
    for (const s of r.scores) expect(s.score).toBeCloseTo(x[g.index.get(s.node)!]!, 10);
    expect(r.residual).toBeLessThan(1e-10);
  });
});

describe('pagerank and betweenness', () => {
  // A star around h with a tail h – t – u.
  const star = signed([
    ['h', 'a', 1],
    ['h', 'b', 1],
    ['h', 'c', 1],
    ['h', 't', 1],
    ['t', 'u', 1],
  ]);

  it('pagerank ranks the hub first and sums to 1', () => {
    const r = pagerank(star);
    expect(r[0]!.node).toBe('h');
    expect(r.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 9);
  });

  it('exact betweenness (graphology-metrics) matches hand values', () => {
    const r = betweenness(star);
    expect(r.approximate).toBe(false);
    const score = Object.fromEntries(r.scores.map((s) => [s.node, s.score]));
    // n = 6; h lies on all pairs among {a, b, c, t, u} except t–u: 9 of 10 pairs; t on the 4 pairs
    // (u, ·) other than t; normalised by (n − 1)(n − 2) / 2 = 10.
    expect(score.h!).toBeCloseTo(9 / 10, 12);
    expect(score.t!).toBeCloseTo(4 / 10, 12);
    expect(score.a).toBe(0);
    expect(r.scores[0]!.node).toBe('h');
  });

  it('sampled betweenness stays within its stated error bound of the exact values', () => {
    const net = campsNetwork({ nodes: 300, ties: 900, camps: 2, seed: 5 });
    const exact = betweenness(net);
    const approx = betweenness(net, { exactMaxNodes: 100, samples: 400, seed: 2 });
    expect(approx.approximate).toBe(true);
    expect(approx.samples).toBe(400);
    expect(approx.errorBound!).toBeGreaterThan(0);
    const exactOf = Object.fromEntries(exact.scores.map((s) => [s.node, s.score]));
    let worst = 0;
    for (const s of approx.scores) worst = Math.max(worst, Math.abs(s.score - exactOf[s.node]!));
    expect(worst).toBeLessThanOrEqual(approx.errorBound!);
    // And it is a useful estimate: the top node is among the exact top 5.
    expect(
      exact.scores
        .slice(0, 5)
        .map((s) => s.node)
        .includes(approx.scores[0]!.node),
    ).toBe(true);
  });
});

describe('louvainCommunities', () => {
  // Two friendly 4-cliques joined by one friendly tie and one hostile tie.
  const edges: [string, string, number][] = [];
  for (const group of [
    ['a', 'b', 'c', 'd'],
    ['w', 'x', 'y', 'z'],
  ])
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) edges.push([group[i]!, group[j]!, 1]);
  edges.push(['d', 'w', 1], ['a', 'z', -1]);
  const net = signed(edges);

  it('finds the two cliques on the positive view, with their modularity', () => {
    const r = louvainCommunities(net, { seed: 1 });
    expect(r.count).toBe(2);
    expect(r.communities.map((c) => [...c].sort())).toEqual([
      ['a', 'b', 'c', 'd'],
      ['w', 'x', 'y', 'z'],
    ]);
    // Positive view: 13 ties; each community has 6 inside and total degree 13.
    const expected = 2 * (6 / 13 - (13 / 26) ** 2);
    expect(r.modularity).toBeCloseTo(expected, 9);
    expect(louvainCommunities(net, { seed: 1 })).toEqual(r);
  });

  it('recovers planted camps in a larger network', () => {
    const camps = campsNetwork({ nodes: 400, ties: 3000, camps: 4, noise: 0.05, inside: 0.9, seed: 8 });
    const r = louvainCommunities(camps, { seed: 3 });
    // Most friendly ties fall inside a community.
    let inside = 0;
    let friendly = 0;
    for (const t of camps.ties) {
      if (t.positive <= t.negative) continue;
      friendly++;
      if (r.membership[t.a] === r.membership[t.b]) inside++;
    }
    expect(inside / friendly).toBeGreaterThan(0.8);
    expect(r.modularity).toBeGreaterThan(0.5);
  });
});
