import { describe, expect, it } from 'vitest';
import { blocChanges, changes, type SignedNetwork, tieChanges } from '../../analysis/index.js';

const tie = (id: string, a: string, b: string, positive: number, negative: number) => ({
  id,
  a,
  b,
  positive,
  negative,
});

describe('tieChanges', () => {
  const before: SignedNetwork = {
    nodes: ['a', 'b', 'c', 'd'],
    ties: [
      tie('1', 'a', 'b', 3, 0), // stays friendly
      tie('2', 'a', 'c', 2, 0), // flips to hostile
      tie('3', 'b', 'c', 0, 1), // dissolves
      tie('4', 'c', 'd', 1, 0), // becomes neutral
    ],
  };
  const after: SignedNetwork = {
    nodes: ['a', 'b', 'c', 'd'],
    ties: [
      tie('x1', 'b', 'a', 1, 0), // same pair, reversed and new id
      tie('x2', 'a', 'c', 1, 0),
      tie('x3', 'c', 'a', 0, 4), // merged with x2: net −3
      tie('x4', 'c', 'd', 2, 2),
      tie('x5', 'd', 'a', 0, 1), // forms
    ],
  };

  it('finds formed, dissolved, flipped and neutralised pairs, matched by pair not id', () => {
    const r = tieChanges(before, after);
    expect(r.unchanged).toBe(1);
    expect(r.formed.map((c) => [c.a, c.b, c.after!.sign])).toEqual([['a', 'd', -1]]);
    expect(r.dissolved.map((c) => [c.a, c.b, c.before!.sign])).toEqual([['b', 'c', -1]]);
    expect(r.flipped).toHaveLength(1);
    expect(r.flipped[0]).toMatchObject({
      a: 'a',
      b: 'c',
      before: { sign: 1, tieIds: ['2'] },
      after: { sign: -1, positive: 1, negative: 4, tieIds: ['x2', 'x3'] },
    });
    expect(r.neutralised.map((c) => [c.a, c.b, c.before!.sign, c.after!.sign])).toEqual([['c', 'd', 1, 0]]);
  });
});

describe('blocChanges', () => {
  it('does not report a pure relabelling as change', () => {
    const before = { a: 0, b: 0, c: 1, d: 1, e: 2 };
    const after = { a: 'west', b: 'west', c: 'east', d: 'east', e: 'north' };
    const r = blocChanges(before, after);
    expect(r.moved).toEqual([]);
    expect(r.stayed).toBe(5);
    expect(r.matches).toEqual(
      expect.arrayContaining([
        { before: 0, after: 'west', overlap: 2 },
        { before: 1, after: 'east', overlap: 2 },
        { before: 2, after: 'north', overlap: 1 },
      ]),
    );
  });

  it('reports the parties that changed bloc, and entries and exits', () => {
    // Labels swapped between windows, and c defects from the first bloc to the second.
    const before = { a: 1, b: 1, c: 1, d: 2, e: 2, gone: 2 };
    const after = { a: 2, b: 2, c: 1, d: 1, e: 1, fresh: 1 };
    const r = blocChanges(before, after);
    expect(r.moved).toEqual([{ node: 'c', from: 1, to: 1, expected: 2 }]);
    expect(r.stayed).toBe(4);
    expect(r.entered).toEqual(['fresh']);
    expect(r.left).toEqual(['gone']);
  });

  it('treats parties of an unmatched bloc as moved', () => {
    const r = blocChanges({ a: 0, b: 0, c: 1 }, { a: 0, b: 0, c: 0 });
    expect(r.moved).toEqual([{ node: 'c', from: 1, to: 0, expected: null }]);
  });
});

describe('changes', () => {
  it('combines tie and bloc changes', () => {
    const net: SignedNetwork = { nodes: ['a', 'b'], ties: [tie('1', 'a', 'b', 1, 0)] };
    const r = changes(net, { nodes: ['a', 'b'], ties: [] }, { before: { a: 0, b: 0 }, after: { a: 0, b: 1 } });
    expect(r.ties.dissolved).toHaveLength(1);
    expect(r.blocs!.moved.map((m) => m.node)).toEqual(['b']);
    expect(changes(net, net).blocs).toBeNull();
  });
});
