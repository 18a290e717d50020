/**
 * The benchmark's interleaving (tools/bench/measure.ts): every way once per round, in orders that
 * vary, for a set number of rounds or for as many as are taken.
 */
import { describe, expect, it } from 'vitest';
import { roundsInShuffledOrder, shuffledRounds } from '../../tools/bench/measure.js';

describe('roundsInShuffledOrder', () => {
  const ways = ['faultline', 'new body', 'hand', 'auto-commit', 'bare', 'replay', 'peer'];
  const rounds = (seed: number) => {
    const all = [...roundsInShuffledOrder(ways, 60, seed)];
    return Array.from({ length: 60 }, (_, i) => all.slice(i * ways.length, (i + 1) * ways.length));
  };

  it('runs every way once in every round', () => {
    for (const round of rounds(1)) expect([...round].sort()).toEqual([...ways].sort());
  });

  it('puts each way after several others, and first and last in some rounds', () => {
    const all = rounds(1).flat();
    const before = new Map<string, Set<string>>();
    all.forEach((way, i) => {
      if (i > 0) before.set(way, (before.get(way) ?? new Set()).add(all[i - 1] as string));
    });
    for (const way of ways) expect(before.get(way)?.size).toBeGreaterThanOrEqual(4);
    const firsts = new Set(rounds(1).map((r) => r[0]));
    expect(firsts.size).toBeGreaterThanOrEqual(5);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(rounds(7)).toEqual(rounds(7));
    expect(rounds(7)).not.toEqual(rounds(8));
  });
});

describe('shuffledRounds', () => {
  it('gives every item once per round for as many rounds as are taken', () => {
    const items = ['a', 'b', 'c', 'd'];
    let taken = 0;
    for (const round of shuffledRounds(items, 3)) {
      expect([...round].sort()).toEqual(items);
      taken += 1;
      if (taken === 500) break;
    }
    expect(taken).toBe(500);
  });

  it('gives the rounds roundsInShuffledOrder gives for the same seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const taken: string[] = [];
    for (const round of shuffledRounds(items, 9)) {
      taken.push(...round);
      if (taken.length === 5 * items.length) break;
    }
    expect(taken).toEqual([...roundsInShuffledOrder(items, 5, 9)]);
    const orders = new Set(Array.from({ length: 5 }, (_, i) => taken.slice(i * 5, i * 5 + 5).join('')));
    expect(orders.size).toBeGreaterThan(1);
  });
});
