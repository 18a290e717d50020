import { describe, expect, it } from 'vitest';
import { perObject, setNewest } from '../../core/memo.js';

describe('perObject', () => {
  it('makes a value once per object and key, and keeps objects apart', () => {
    const cache = new WeakMap<object, Map<string, number>>();
    const a = {};
    const b = {};
    let made = 0;
    const make = () => ++made;
    expect(perObject(cache, a, 'k', make)).toBe(1);
    expect(perObject(cache, a, 'k', make)).toBe(1);
    expect(perObject(cache, a, 'other', make)).toBe(2);
    expect(perObject(cache, b, 'k', make)).toBe(3);
    expect(made).toBe(3);
  });

  it("drops an object's keys beyond its limit and makes them again when asked", () => {
    const cache = new WeakMap<object, Map<string, string>>();
    const o = {};
    const made: string[] = [];
    const make = (key: string) => {
      made.push(key);
      return key.toUpperCase();
    };
    const get = (key: string) => perObject(cache, o, key, () => make(key), 2);
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    get('c'); // a third key: the two kept are dropped
    expect(cache.get(o)?.size).toBe(1);
    expect(get('a')).toBe('A');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('setNewest', () => {
  it('keeps the entries set last, an entry set again counting as new, and drops the oldest beyond the limit', () => {
    const map = new Map<string, number>();
    setNewest(map, 'a', 1, 2);
    setNewest(map, 'b', 2, 2);
    setNewest(map, 'a', 3, 2); // a again: now newer than b
    setNewest(map, 'c', 4, 2);
    expect([...map]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
  });
});
