import { type FuzzyDate, firstDay, lastDay } from '../../core/domain/fuzzy-date.js';

/**
 * The span of several dates, for a relationship derived from several events: the shared date
 * when they all agree, else a period from the first day covered to the last (open when one of
 * them is open).
 */
export function spanOf(dates: readonly FuzzyDate[]): FuzzyDate | null {
  const first = dates[0];
  if (!first) return null;
  if (dates.every((d) => d.precision === first.precision && d.value === first.value)) return first;
  const starts = dates.map((d) => d.start).filter((s): s is string => s !== null);
  if (starts.length === 0) return null;
  const start = starts.reduce((a, b) => (firstDay(b) < firstDay(a) ? b : a));
  const open = dates.some((d) => d.end === null);
  const end = open ? null : dates.map((d) => d.end as string).reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a));
  return { precision: 'PERIOD', value: `${firstDay(start)} to ${end === null ? 'now' : lastDay(end)}`, start, end };
}
