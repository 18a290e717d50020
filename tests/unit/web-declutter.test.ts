import { describe, expect, it } from 'vitest';
import { random } from '../../tools/fake-graphql.js';
import { type Box, overlappingPairs, separate } from '../../web/src/graph/declutter.js';

const moved = (boxes: Box[], shifts: ReturnType<typeof separate>): Box[] =>
  boxes.map((b) => {
    const s = shifts.get(b.id) ?? { dx: 0, dy: 0 };
    return { id: b.id, x1: b.x1 + s.dx, x2: b.x2 + s.dx, y1: b.y1 + s.dy, y2: b.y2 + s.dy };
  });

describe('declutter: overlap removal after the layout', () => {
  it('finds the overlapping pairs and only those', () => {
    const boxes = [
      { id: 'a', x1: 0, y1: 0, x2: 10, y2: 10 },
      { id: 'b', x1: 5, y1: 5, x2: 15, y2: 15 },
      { id: 'c', x1: 20, y1: 0, x2: 30, y2: 10 },
      { id: 'd', x1: 10, y1: 20, x2: 20, y2: 30 },
    ];
    expect(overlappingPairs(boxes)).toEqual([[0, 1]]);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [
      { id: 'a', x1: 0, y1: 0, x2: 10, y2: 10 },
      { id: 'b', x1: 100, y1: 0, x2: 110, y2: 10 },
    ];
    expect(separate(boxes).size).toBe(0);
  });

  it('separates 500 labelled nodes thrown on top of each other, identical centres included', () => {
    const next = random(3);
    const boxes: Box[] = Array.from({ length: 500 }, (_, i) => {
      const x = i < 20 ? 0 : next() * 400;
      const y = i < 20 ? 0 : next() * 300;
      const w = 20 + next() * 120;
      return { id: `n${i}`, x1: x - w / 2, x2: x + w / 2, y1: y - 10, y2: y + 25 };
    });
    expect(overlappingPairs(boxes).length).toBeGreaterThan(100);
    const after = moved(boxes, separate(boxes));
    expect(overlappingPairs(after)).toEqual([]);
  });
});
