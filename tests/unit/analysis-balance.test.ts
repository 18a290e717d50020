import { describe, expect, it } from 'vitest';
import {
  AnalysisLimitError,
  buildSignedGraph,
  frustration,
  jacobiEigenvalues,
  type SignedNetwork,
  seededRandom,
  signedBlockmodel,
  symmetricEigenvalues,
  triangleCensus,
  unbalancedTriangles,
  walkBalance,
} from '../../analysis/index.js';
import { campsNetwork } from '../fixtures/analysis/generate.js';

/** Network from [a, b, sign] triples; tie ids `a-b`. */
function signed(edges: [string, string, number][], extraNodes: string[] = []): SignedNetwork {
  const ends: string[] = [];
  for (const [a, b] of edges) ends.push(a, b);
  const nodes = [...new Set([...ends, ...extraNodes])];
  return {
    nodes,
    ties: edges.map(([a, b, s]) => ({
      id: `${a}-${b}`,
      a,
      b,
      positive: Math.max(s, 0),
      negative: Math.max(-s, 0),
    })),
  };
}

const triangle = (x: number, y: number, z: number) =>
  signed([
    ['a', 'b', x],
    ['b', 'c', y],
    ['a', 'c', z],
  ]);

/** Two camps {a, b, c} and {d, e, f}: all friendly inside, all hostile across. */
function twoCamps(): SignedNetwork {
  const left = ['a', 'b', 'c'];
  const right = ['d', 'e', 'f'];
  const edges: [string, string, number][] = [];
  const all = [...left, ...right];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const same = left.includes(all[i]!) === left.includes(all[j]!);
      edges.push([all[i]!, all[j]!, same ? 1 : -1]);
    }
  }
  return signed(edges);
}

describe('triangleCensus', () => {
  it.each([
    ['+++', 1, 1, 1, { ppp: 1, ppn: 0, pnn: 0, nnn: 0 }, 1],
    ['++-', 1, 1, -1, { ppp: 0, ppn: 1, pnn: 0, nnn: 0 }, 0],
    ['+--', 1, -1, -1, { ppp: 0, ppn: 0, pnn: 1, nnn: 0 }, 1],
    ['---', -1, -1, -1, { ppp: 0, ppn: 0, pnn: 0, nnn: 1 }, 0],
  ])('counts a lone %s triangle', (_name, x, y, z, counts, score) => {
    const census = triangleCensus(triangle(x, y, z));
    expect(census).toMatchObject({ ...counts, total: 1 });
    expect(census.balanceScore).toBe(score);
  });

  it('leaves neutral ties out and reports null without triangles', () => {
    const net = triangle(1, 1, 1);
    net.ties[2] = { ...net.ties[2]!, positive: 2, negative: 2 };
    const census = triangleCensus(net);
    expect(census.total).toBe(0);
    expect(census.balanceScore).toBeNull();
  });

  it('matches a brute-force count on a random graph', () => {
    const net = campsNetwork({ nodes: 40, ties: 300, camps: 2, noise: 0.3, seed: 3 });
    const g = buildSignedGraph(net);
    const sign = new Map<string, number>();
    for (let p = 0; p < g.pairCount; p++) sign.set(`${g.pairU[p]},${g.pairV[p]}`, g.pairSign[p]!);
    const s = (i: number, j: number) => sign.get(`${Math.min(i, j)},${Math.max(i, j)}`) ?? 0;
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < g.n; i++)
      for (let j = i + 1; j < g.n; j++)
        for (let k = j + 1; k < g.n; k++) {
          const e = [s(i, j), s(j, k), s(i, k)];
          if (e.includes(0)) continue;
          counts[e.filter((x) => x > 0).length]!++;
        }
    const census = triangleCensus(g);
    expect([census.nnn, census.pnn, census.ppn, census.ppp]).toEqual(counts);
    expect(census.total).toBeGreaterThan(20);
  });

  it('handles 10,000 nodes / 100,000 ties well under a second', () => {
    const g = buildSignedGraph(campsNetwork({ nodes: 10_000, ties: 100_000, camps: 3, seed: 11 }));
    // CPU time of this process, so that other load on the machine does not make the test flaky.
    const start = process.cpuUsage();
    const census = triangleCensus(g);
    const list = unbalancedTriangles(g, { limit: 20 });
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(census.total).toBeGreaterThan(0);
    expect(list.total).toBe(census.unbalanced);
  });
});

describe('unbalancedTriangles', () => {
  // Two unbalanced triangles sharing a-b: (a, b, c) ++- weight 1+1+1 and (a, b, d) --- weight 1+5+5.
  const net = signed([
    ['a', 'b', -1],
    ['b', 'c', 1],
    ['a', 'c', 1],
    ['b', 'd', -5],
    ['a', 'd', -5],
    ['c', 'e', 1],
    ['d', 'e', -1],
  ]);

  it('lists unbalanced triangles by relevance with their ties', () => {
    const r = unbalancedTriangles(net);
    expect(r.total).toBe(2);
    expect(r.truncated).toBe(false);
    expect(r.triangles.map((t) => [t.nodes, t.type, t.relevance])).toEqual([
      [['a', 'b', 'd'], '---', 11],
      [['a', 'b', 'c'], '++-', 3],
    ]);
    expect(r.triangles[1]!.ties).toEqual([
      { a: 'a', b: 'b', sign: -1, weight: 1, tieIds: ['a-b'] },
      { a: 'b', b: 'c', sign: 1, weight: 1, tieIds: ['b-c'] },
      { a: 'a', b: 'c', sign: 1, weight: 1, tieIds: ['a-c'] },
    ]);
  });

  it('truncates at the limit, keeping the most relevant', () => {
    const r = unbalancedTriangles(net, { limit: 1 });
    expect(r).toMatchObject({ total: 2, truncated: true });
    expect(r.triangles.map((t) => t.nodes)).toEqual([['a', 'b', 'd']]);
  });
});

describe('a balanced two-camp graph', () => {
  const net = twoCamps();

  it('has balance 1 by triangles and walks, frustration 0, and a 2-bloc criterion 0 on the camps', () => {
    expect(triangleCensus(net).balanceScore).toBe(1);
    expect(walkBalance(net).value!).toBeCloseTo(1, 12);
    const f = frustration(net);
    expect(f).toMatchObject({ value: 0, exact: true, lowerBound: 0, balanceScore: 1 });
    expect(f.frustratedTies).toEqual([]);
    expect(f.components[0]!.method).toBe('balanced');
    const b = signedBlockmodel(net, { k: 2 });
    expect(b.criterion).toBe(0);
    expect(b.blocs.map((x) => [...x].sort())).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });
});

describe('a graph needing exactly one flipped tie', () => {
  const net = twoCamps();
  const ab = net.ties.find((t) => t.id === 'a-b')!;
  ab.positive = 0;
  ab.negative = 3;

  it('has frustration 1 and names the tie', () => {
    const f = frustration(net);
    expect(f.value).toBe(1);
    expect(f.exact).toBe(true);
    expect(f.frustratedTies.map((t) => t.tieIds)).toEqual([['a-b']]);
    expect(f.balanceScore).toBeCloseTo(1 - 1 / (15 / 2), 12);
    expect(f.partition).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 });
    const weighted = frustration(net, { weighted: true });
    expect(weighted.value).toBe(3);
  });

  it('lowers the triangle and walk balance below 1', () => {
    const census = triangleCensus(net);
    // a-b sits in 4 triangles: with c (++- ... a-b −, b-c +, a-c +) and with d, e, f (−−−).
    expect(census).toMatchObject({ total: 20, unbalanced: 4, ppn: 1, nnn: 3 });
    expect(walkBalance(net).value!).toBeLessThan(1);
  });
});

describe('walkBalance', () => {
  it('is 1 for an all-positive graph and equals the dense definition on a small graph', () => {
    expect(walkBalance(triangle(1, 1, 1)).value!).toBeCloseTo(1, 12);
    // Triangle +,+,−: signed eigenvalues are those of [[0,1,-1],[1,0,1],[-1,1,0]] = {1, 1, −2};
    // |A| has {2, −1, −1}.
    const expected = (2 * Math.E + Math.exp(-2)) / (Math.exp(2) + 2 * Math.exp(-1));
    expect(walkBalance(triangle(1, 1, -1)).value!).toBeCloseTo(expected, 12);
  });

  it('counts isolated nodes as in the full matrix', () => {
    const withIsolate = signed([['a', 'b', -1]], ['z']);
    // Signed eigenvalues ±1 plus 0; |A| the same, so the ratio is 1.
    expect(walkBalance(withIsolate).value!).toBeCloseTo(1, 12);
  });

  it('returns null with a reason above the component limit when estimation is off', () => {
    const net = campsNetwork({ nodes: 60, ties: 300, camps: 2, seed: 2 });
    const r = walkBalance(net, { maxComponentNodes: 50, estimate: false });
    expect(r.value).toBeNull();
    expect(r.reason).toMatch(/maxComponentNodes/);
  });

  it('estimates big components by stochastic Lanczos quadrature close to the exact value', () => {
    const cases = [
      campsNetwork({ nodes: 400, ties: 2400, camps: 3, noise: 0.1, seed: 4 }),
      campsNetwork({ nodes: 450, ties: 3000, camps: 2, noise: 0.02, seed: 4 }),
    ];
    for (const net of cases) {
      // A small extra component and an isolate, solved exactly alongside the estimate.
      net.ties.push(
        { id: 'x1', a: 'x', b: 'y', positive: 0, negative: 1 },
        { id: 'x2', a: 'y', b: 'z', positive: 0, negative: 1 },
      );
      net.nodes.push('x', 'y', 'z', 'alone');
      const g = buildSignedGraph(net);
      const exact = walkBalance(g);
      const est = walkBalance(g, { maxComponentNodes: 100, seed: 3 });
      expect(exact.estimated).toBe(false);
      expect(exact.standardError).toBeNull();
      expect(est.estimated).toBe(true);
      expect(est.standardError!).toBeGreaterThan(0);
      expect(est.standardError!).toBeLessThan(0.05 * exact.value!);
      expect(Math.abs(est.value! - exact.value!)).toBeLessThan(Math.max(4 * est.standardError!, 0.01 * exact.value!));
    }
    // Exact eigenvalues of two 400-node matrices: seconds on a busy 2-core machine.
  }, 60_000);
});

describe('symmetricEigenvalues', () => {
  it('agrees with Jacobi on random symmetric matrices', () => {
    const rng = seededRandom(9);
    for (const n of [1, 2, 3, 7, 30]) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let j = i; j < n; j++) {
          const x = rng() < 0.3 ? 0 : rng() * 4 - 2;
          a[i * n + j] = x;
          a[j * n + i] = x;
        }
      const fast = symmetricEigenvalues(a, n);
      const ref = jacobiEigenvalues(a, n);
      for (let i = 0; i < n; i++) expect(fast[i]!).toBeCloseTo(ref[i]!, 9);
      let trace = 0;
      for (let i = 0; i < n; i++) trace += a[i * n + i]!;
      expect(fast.reduce((s, x) => s + x, 0)).toBeCloseTo(trace, 9);
    }
  });
});

describe('limits', () => {
  it('throws AnalysisLimitError naming the limit', () => {
    const net = campsNetwork({ nodes: 50, ties: 100, camps: 2 });
    expect(() => triangleCensus(net, { limits: { maxTies: 99 } })).toThrow(AnalysisLimitError);
    try {
      frustration(net, { limits: { maxNodes: 10 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AnalysisLimitError);
      expect((e as AnalysisLimitError).limit).toBe('maxNodes');
      expect((e as AnalysisLimitError).message).toContain('maxNodes');
    }
  });
});
