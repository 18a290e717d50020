import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../core/db/values.js';

describe('toPlain', () => {
  it('writes a DATE as YYYY-MM-DD, whether its parts are numbers or driver Integers', () => {
    expect(toPlain(new neo4j.types.Date(2024, 1, 5))).toBe('2024-01-05');
    expect(toPlain(new neo4j.types.Date(neo4j.int(2023), neo4j.int(10), neo4j.int(31)))).toBe('2023-10-31');
  });

  it('leaves years outside 1000 to 9999 to the driver, which knows their format', () => {
    expect(toPlain(new neo4j.types.Date(999, 12, 31))).toBe(String(new neo4j.types.Date(999, 12, 31)));
    expect(toPlain(new neo4j.types.Date(12345, 1, 1))).toBe('+012345-01-01');
  });

  it('turns Integers into numbers inside lists and maps', () => {
    expect(
      toPlain({ n: neo4j.int(3), list: [neo4j.int(1), 'a', null, { d: new neo4j.types.Date(2020, 2, 29) }] }),
    ).toEqual({
      n: 3,
      list: [1, 'a', null, { d: '2020-02-29' }],
    });
  });

  it('gives a node or relationship as its properties', () => {
    const node = new neo4j.types.Node(
      neo4j.int(1),
      ['Person'],
      { id: 'x', born: new neo4j.types.Date(1970, 1, 1) },
      'e1',
    );
    expect(toPlain(node)).toEqual({ id: 'x', born: '1970-01-01' });
  });
});
