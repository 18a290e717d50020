/** The benchmark's statistics (tools/bench/stats.ts): percentiles and the interval of a ratio of medians. */
import { describe, expect, it } from 'vitest';
import { Random } from '../../graph-seed/index.js';
import { medianRatioInterval, percentile } from '../../tools/bench/stats.js';

/** Latencies as a loaded machine gives them: a floor, a spread above it and a long tail. */
function latencies(n: number, median: number, seed: number): number[] {
  const random = new Random(seed);
  return Array.from({ length: n }, () => {
    const spread = -Math.log(1 - random.next()) * 0.25;
    return median * (0.83 + spread) * (random.chance(0.05) ? 3 : 1);
  });
}

const middle = (i: { low: number; high: number }) => (i.low + i.high) / 2;

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('medianRatioInterval', () => {
  it('holds the ratio of the medians, and is the same for the same samples', () => {
    const a = latencies(200, 3.6, 1);
    const b = latencies(200, 3.0, 2);
    const ratio =
      percentile(
        [...a].sort((x, y) => x - y),
        50,
      ) /
      percentile(
        [...b].sort((x, y) => x - y),
        50,
      );
    const interval = medianRatioInterval(a, b);
    expect(interval.low).toBeLessThan(ratio);
    expect(interval.high).toBeGreaterThan(ratio);
    expect(interval.high - interval.low).toBeGreaterThan(0.02);
    expect(medianRatioInterval(a, b)).toEqual(interval);
  });

  it('narrows as the samples grow, about as the square root of their number', () => {
    const widths = [60, 240].map((n) => {
      const i = medianRatioInterval(latencies(n, 3.6, 3), latencies(n, 3.0, 4));
      return i.high - i.low;
    });
    expect(widths[1]).toBeLessThan((widths[0] as number) * 0.7);
    expect(widths[1]).toBeGreaterThan((widths[0] as number) * 0.3);
  });

  it('covers the true ratio of two distributions in most runs', () => {
    // Medians 3.6 and 3.0: the ratio of the distributions' medians is 1.2.
    let covered = 0;
    const runs = 40;
    for (let run = 0; run < runs; run++) {
      const i = medianRatioInterval(latencies(120, 3.6, 100 + run), latencies(120, 3.0, 500 + run));
      if (i.low <= 1.2 && 1.2 <= i.high) covered += 1;
      expect(middle(i)).toBeGreaterThan(1.05);
      expect(middle(i)).toBeLessThan(1.35);
    }
    expect(covered).toBeGreaterThanOrEqual(34);
  });

  it('is empty (NaN) without samples', () => {
    expect(medianRatioInterval([], [1, 2])).toEqual({ low: Number.NaN, high: Number.NaN });
  });
});
