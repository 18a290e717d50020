import { describe, expect, it } from 'vitest';
import { AnalysisLimitError, buildSignedGraph, seededRandom, tieSign, viewWeight } from '../../analysis/index.js';

describe('SignedGraph', () => {
  const g = buildSignedGraph({
    nodes: ['a', 'b', 'c', 'lonely'],
    ties: [
      { id: 't1', a: 'a', b: 'b', positive: 2, negative: 0 },
      { id: 't2', a: 'b', b: 'a', positive: 0, negative: 5 }, // merged with t1: net −3
      { id: 't3', a: 'b', b: 'c', positive: 1, negative: 1 }, // neutral
      { id: 't4', a: 'c', b: 'c', positive: 1, negative: 0 }, // self-loop
      { id: 't5', a: 'c', b: 'x', positive: 1, negative: 0 }, // x not listed: added
      { id: 't6', a: 'a', b: 'c', positive: 0, negative: 0 }, // no evidence
    ],
  });

  it('merges parallel ties, keeps neutral pairs out of the signed adjacency, adds missing endpoints', () => {
    expect(g.nodeIds).toEqual(['a', 'b', 'c', 'lonely', 'x']);
    expect(g.pairCount).toBe(3);
    expect(g.m).toBe(2);
    expect(g.tieRef(0)).toEqual({
      a: 'a',
      b: 'b',
      sign: -1,
      weight: 3,
      positive: 2,
      negative: 5,
      tieIds: ['t1', 't2'],
    });
    expect(g.ignored).toEqual({ selfLoops: 1, empty: 1 });
    expect(g.degree(g.index.get('b')!)).toBe(1);
    expect(g.components().map((c) => Array.from(c, (i) => g.nodeIds[i]))).toEqual([['a', 'b'], ['c', 'x'], ['lonely']]);
  });

  it('weighs unsigned views', () => {
    expect([viewWeight(g, 0, 'all'), viewWeight(g, 0, 'positive'), viewWeight(g, 0, 'negative')]).toEqual([7, 0, 3]);
    expect(viewWeight(g, 1, 'all')).toBe(2);
    expect(viewWeight(g, 1, 'positive')).toBe(0);
  });

  it('rejects negative evidence and oversize input', () => {
    expect(() =>
      buildSignedGraph({ nodes: [], ties: [{ id: 'z', a: 'a', b: 'b', positive: -1, negative: 0 }] }),
    ).toThrow(RangeError);
    const err = (() => {
      try {
        buildSignedGraph({ nodes: ['a', 'b', 'c'], ties: [] }, { limits: { maxNodes: 2 } });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AnalysisLimitError);
    expect(err).toMatchObject({ limit: 'maxNodes', actual: 3, max: 2 });
  });
});

describe('helpers', () => {
  it('tieSign is the sign of positive − negative', () => {
    expect([tieSign(3, 1), tieSign(1, 3), tieSign(2, 2)]).toEqual([1, -1, 0]);
  });

  it('seededRandom repeats per seed', () => {
    const draw = (seed: number) => Array.from({ length: 4 }, seededRandom(seed));
    expect(draw(5)).toEqual(draw(5));
    expect(draw(5)).not.toEqual(draw(6));
  });
});
