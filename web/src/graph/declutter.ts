/**
 * Overlap removal after a force layout: pushes apart boxes (a node with its label, or a whole
 * group) until none overlap, so every name drawn at the initial zoom can be read. Pure: it
 * takes boxes and returns how far to move each.
 */

export interface Box {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Shift {
  dx: number;
  dy: number;
}

/** Space kept between boxes, in model units. */
const GAP = 6;
const SWEEP_ROUNDS = 400;

/** Pairs of boxes that overlap (closer than `gap`), found by a sweep along x. */
export function overlappingPairs(boxes: readonly Box[], gap = 0): [number, number][] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x1 - boxes[b]!.x1);
  const pairs: [number, number][] = [];
  for (let i = 0; i < order.length; i++) {
    const a = boxes[order[i]!]!;
    for (let j = i + 1; j < order.length; j++) {
      const b = boxes[order[j]!]!;
      if (b.x1 >= a.x2 + gap) break;
      if (b.y1 < a.y2 + gap && a.y1 < b.y2 + gap) pairs.push([order[i]!, order[j]!]);
    }
  }
  return pairs;
}

/**
 * Moves for each box (by id) so that no two overlap: rounds of pairwise pushes along the axis
 * of least overlap, then, if a knot remains, spreading the centres apart (which always ends,
 * because boxes keep their size while the distances between centres grow).
 */
export function separate(input: readonly Box[], gap = GAP): Map<string, Shift> {
  const boxes = input.map((b) => ({ ...b }));
  const move = (b: Box, dx: number, dy: number) => {
    b.x1 += dx;
    b.x2 += dx;
    b.y1 += dy;
    b.y2 += dy;
  };
  // Identical centres cannot be pushed apart by direction; nudge them deterministically.
  const seen = new Set<string>();
  for (const [i, b] of boxes.entries()) {
    const key = `${Math.round(b.x1 + b.x2)}:${Math.round(b.y1 + b.y2)}`;
    if (seen.has(key)) move(b, ((i % 7) - 3) * 0.5 + 0.25, ((i % 5) - 2) * 0.5 + 0.25);
    seen.add(key);
  }
  for (let round = 0; round < SWEEP_ROUNDS; round++) {
    const pairs = overlappingPairs(boxes, gap);
    if (!pairs.length) break;
    for (const [i, j] of pairs) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + gap;
      const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + gap;
      if (ox <= 0 || oy <= 0) continue;
      const acx = a.x1 + a.x2;
      const bcx = b.x1 + b.x2;
      const acy = a.y1 + a.y2;
      const bcy = b.y1 + b.y2;
      if (ox < oy) {
        const s = (acx <= bcx ? -1 : 1) * (ox / 2);
        move(a, s, 0);
        move(b, -s, 0);
      } else {
        const s = (acy <= bcy ? -1 : 1) * (oy / 2);
        move(a, 0, s);
        move(b, 0, -s);
      }
    }
  }
  // Still tangled (rare): spread the centres until every pair is clear.
  for (let spread = 0; spread < 60 && overlappingPairs(boxes, gap).length; spread++) {
    const cx = boxes.reduce((s, b) => s + b.x1 + b.x2, 0) / (2 * boxes.length);
    const cy = boxes.reduce((s, b) => s + b.y1 + b.y2, 0) / (2 * boxes.length);
    for (const b of boxes) move(b, ((b.x1 + b.x2) / 2 - cx) * 0.15, ((b.y1 + b.y2) / 2 - cy) * 0.15);
  }
  const shifts = new Map<string, Shift>();
  for (const [i, b] of boxes.entries()) {
    const o = input[i]!;
    if (b.x1 !== o.x1 || b.y1 !== o.y1) shifts.set(b.id, { dx: b.x1 - o.x1, dy: b.y1 - o.y1 });
  }
  return shifts;
}
