import { describe, expect, it } from 'vitest';
import { groupBy } from '../../core/group.js';

describe('groupBy', () => {
  it('keeps each group in the order its items came, and the groups in the order of their first items', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('holds what valueFor picks of each item', () => {
    const rels = [
      { type: 'OPPOSES', id: 'r1' },
      { type: 'SUPPORTS', id: 'r2' },
      { type: 'OPPOSES', id: 'r3' },
    ];
    expect(
      groupBy(
        rels,
        (r) => r.type,
        (r) => r.id,
      ),
    ).toEqual(
      new Map([
        ['OPPOSES', ['r1', 'r3']],
        ['SUPPORTS', ['r2']],
      ]),
    );
  });

  it('is empty for no items', () => {
    expect(groupBy([], (x: number) => x).size).toBe(0);
  });
});
