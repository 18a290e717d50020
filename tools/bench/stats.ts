/**
 * The benchmark's statistics: percentiles of its samples, and how far the ratio of two medians can
 * be trusted. A p50 of 60 samples on this machine moves by several percent from one run to the next,
 * so a ratio of two of them near a target says little by itself; the interval says how much.
 */
import { Random } from '../../graph-seed/index.js';

/** The p-th percentile (nearest rank) of samples sorted in ascending order; NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export interface Interval {
  low: number;
  high: number;
}

/** Draws of the bootstrap; enough for the 2.5th and 97.5th percentiles to settle to 0.01x. */
const DRAWS = 2000;

/**
 * The p50 of a sample drawn again with replacement from `sorted`: how many times each rank is drawn,
 * then the value at the drawn ranks' median (the same nearest rank as percentile(…, 50)), since
 * `sorted` is in order. `counts` is scratch space of sorted.length.
 */
function resampledMedian(sorted: readonly number[], random: Random, counts: Uint32Array): number {
  const n = sorted.length;
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const k = random.int(n);
    counts[k] = (counts[k] as number) + 1;
  }
  const rank = Math.ceil(n / 2);
  let drawn = 0;
  for (let k = 0; k < n; k++) {
    drawn += counts[k] as number;
    if (drawn >= rank) return sorted[k] as number;
  }
  return sorted[n - 1] as number;
}

/**
 * A 95% interval of p50(a) ÷ p50(b), by the percentile bootstrap: both sets of samples are drawn
 * again with replacement, each to its own size, DRAWS times, and the ratio of their medians taken
 * each time; the interval runs from the 2.5th to the 97.5th percentile of those ratios. Seeded, so
 * the same samples give the same interval. Samples of a way were taken one at a time, interleaved
 * with the other ways', which is what treating them as independent draws assumes.
 */
export function medianRatioInterval(a: readonly number[], b: readonly number[], seed = 1): Interval {
  if (a.length === 0 || b.length === 0) return { low: Number.NaN, high: Number.NaN };
  const sortedA = [...a].sort((x, y) => x - y);
  const sortedB = [...b].sort((x, y) => x - y);
  const random = new Random(seed);
  const countsA = new Uint32Array(sortedA.length);
  const countsB = new Uint32Array(sortedB.length);
  const ratios = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) {
    ratios[i] = resampledMedian(sortedA, random, countsA) / resampledMedian(sortedB, random, countsB);
  }
  ratios.sort();
  return { low: percentile(ratios, 2.5), high: percentile(ratios, 97.5) };
}
