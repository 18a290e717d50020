/** How a read started ahead is matched to the read asked (core/db/read-ahead.ts): parameters equal by value and type. */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { paramsKey } from '../../core/db/index.js';

describe('paramsKey', () => {
  it('is equal for parameters equal by value, built apart', () => {
    const make = () => ({ ids: ['iran', 'iraq'], slice0: { afterKey: null, afterId: null, limit: neo4j.int(101) } });
    expect(paramsKey(make())).toBe(paramsKey(make()));
    expect(paramsKey(undefined)).toBe(paramsKey({}));
  });

  it('differs for other values, and for values of another type that print alike', () => {
    const pairs: [unknown, unknown][] = [
      [neo4j.int(1), { low: 1, high: 0 }],
      [neo4j.int(101), neo4j.int(102)],
      [BigInt(5), '5n'],
      [new Date('2024-01-25T00:00:00Z'), '2024-01-25T00:00:00.000Z'],
      [new neo4j.types.Date(2024, 1, 25), '2024-01-25'],
      [['a'], 'a'],
      [null, 'null'],
    ];
    for (const [a, b] of pairs)
      expect(paramsKey({ x: a }), `${String(a)} against ${String(b)}`).not.toBe(paramsKey({ x: b }));
  });
});
