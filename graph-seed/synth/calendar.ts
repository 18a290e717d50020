/** Dates of the synthetic graph: 2020–2024, with the mix of precisions news reports have. */
import { exactDate, type FuzzyDate } from '../../core/domain/fuzzy-date.js';
import type { Random } from './random.js';

export const FIRST_DAY = Date.UTC(2020, 0, 1);
export const DAY_COUNT = 366 + 365 * 3 + 366; // 2020-01-01 … 2024-12-31
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function dayText(offset: number): string {
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

/** "on 3 March 2022", "in March 2022", "in 2022", "in early 2022". */
export function when(date: FuzzyDate): string {
  const [y = '', m, d] = (date.start ?? '').split('-');
  switch (date.precision) {
    case 'DAY':
      return `on ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    case 'MONTH':
      return `in ${MONTHS[Number(m) - 1]} ${y}`;
    case 'YEAR':
      return `in ${y}`;
    default:
      return `in ${date.value}`;
  }
}

export function randomDate(random: Random, offset: number): FuzzyDate {
  const day = dayText(offset);
  const r = random.next();
  if (r < 0.8) return exactDate(day);
  if (r < 0.92) return exactDate(day.slice(0, 7));
  if (r < 0.96) return exactDate(day.slice(0, 4));
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const [label, from, to] =
    month <= 4 ? ['early', '01', '04'] : month <= 8 ? ['mid-', '05', '08'] : ['late', '09', '12'];
  return {
    precision: 'PERIOD',
    value: `${label}${label.endsWith('-') ? '' : ' '}${year}`,
    start: `${year}-${from}`,
    end: `${year}-${to}`,
  };
}

/** A relationship's time span: "since 2021" (open) or a span of years, or not stated. */
export function tenure(random: Random): FuzzyDate | null {
  const r = random.next();
  const year = 2015 + random.int(9);
  if (r < 0.4) return { precision: 'PERIOD', value: `since ${year}`, start: String(year), end: null };
  if (r < 0.6) {
    const end = year + 1 + random.int(3);
    return { precision: 'PERIOD', value: `${year} to ${end}`, start: String(year), end: String(end) };
  }
  return null;
}
