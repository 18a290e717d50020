/**
 * Dates that keep their precision. A day, a month, a year, or a labelled period ("early 2020",
 * "since mid-October 2023") whose bounds are themselves partial dates; nothing is ever widened
 * or narrowed: "2020" stays a year, it never becomes 2020-01-01.
 */

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR', 'PERIOD'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
export type PartialDate = string;

export interface FuzzyDate {
  precision: DatePrecision;
  /** The date as written: "2024-01-27", "2024-01", "2024", or the period's label ("early 2020"). */
  value: string;
  /** Earliest bound as a partial date; equals `value` unless the precision is PERIOD. */
  start: PartialDate | null;
  /** Latest bound as a partial date; null for an open period ("since ..."). */
  end: PartialDate | null;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a partial date is invalid, or null when it is a real calendar date. */
export function partialDateProblem(text: string): string | null {
  const m = PARTIAL.exec(text);
  if (!m) return 'expected a date written as YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(m[1]);
  if (year < 1000 || year > 2999) return `year ${year} is out of range`;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return `month ${m[2]} does not exist`;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      if (day < 1 || day > gregorianDaysInMonth(year, month)) return `day ${m[3]} does not exist in ${m[1]}-${m[2]}`;
    }
  }
  return null;
}

export function precisionOf(partial: PartialDate): Exclude<DatePrecision, 'PERIOD'> {
  const parts = partial.split('-').length;
  return parts === 3 ? 'DAY' : parts === 2 ? 'MONTH' : 'YEAR';
}

/** First calendar day a partial date covers, as YYYY-MM-DD. */
export function firstDay(partial: PartialDate): string {
  // Read per date of every answer (each relationship's and event's date): by length, not by splitting.
  if (partial.length === 10) return partial;
  return partial.length === 7 ? `${partial}-01` : `${partial}-01-01`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of the Gregorian calendar. */
export function gregorianDaysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? Number.NaN;
}

/** Last calendar day a partial date covers, as YYYY-MM-DD. */
export function lastDay(partial: PartialDate): string {
  if (partial.length === 10) return partial;
  if (partial.length === 4) return `${partial}-12-31`;
  const days = gregorianDaysInMonth(Number(partial.slice(0, 4)), Number(partial.slice(5, 7)));
  return `${partial}-${days}`;
}

/** A day, month or year date from its partial ISO text. */
export function exactDate(partial: PartialDate): FuzzyDate {
  return { precision: precisionOf(partial), value: partial, start: partial, end: partial };
}

export interface FuzzyDateInput {
  label?: unknown;
  start?: unknown;
  end?: unknown;
}

/**
 * Parses the seed format's date: a partial ISO string (or a bare year number), or
 * `{ label, start, end }` for a period. Returns the date or a problem description.
 */
export function parseFuzzyDate(input: unknown): { date: FuzzyDate } | { problem: string } {
  if (typeof input === 'number' && Number.isInteger(input)) input = String(input);
  if (typeof input === 'string') {
    const problem = partialDateProblem(input);
    return problem ? { problem } : { date: exactDate(input) };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { problem: 'expected YYYY, YYYY-MM, YYYY-MM-DD or { label, start, end }' };
  }
  const { label, start, end, ...rest } = input as FuzzyDateInput & Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) return { problem: `unknown key "${extra[0]}" in a period (expected label, start, end)` };
  if (typeof label !== 'string' || label.trim() === '')
    return { problem: 'a period needs a label, such as "early 2020"' };
  const bound = (v: unknown, name: string): { value: string | null } | { problem: string } => {
    if (v === null || v === undefined) return { value: null };
    const text = typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string') return { problem: `${name} must be a partial date` };
    const p = partialDateProblem(text);
    return p ? { problem: `${name}: ${p}` } : { value: text };
  };
  const s = bound(start, 'start');
  if ('problem' in s) return s;
  const e = bound(end, 'end');
  if ('problem' in e) return e;
  if (s.value === null) return { problem: 'a period needs a start' };
  if (e.value !== null && firstDay(s.value) > lastDay(e.value)) {
    return { problem: `start ${s.value} is after end ${e.value}` };
  }
  return { date: { precision: 'PERIOD', value: label, start: s.value, end: e.value } };
}

/** The seed format's way of writing a date: the inverse of parseFuzzyDate. */
export function formatFuzzyDate(date: FuzzyDate): string | { label: string; start: string | null; end: string | null } {
  if (date.precision !== 'PERIOD') return date.value;
  return { label: date.value, start: date.start, end: date.end };
}

/** The calendar days a date covers, inclusive; `end` is null for an open period. */
export function coveredDays(date: FuzzyDate): { first: string | null; last: string | null } {
  return {
    first: date.start === null ? null : firstDay(date.start),
    last: date.end === null ? null : lastDay(date.end),
  };
}
