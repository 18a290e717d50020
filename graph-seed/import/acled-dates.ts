/**
 * Every date format ACLED exports carry: ISO (`2020-05-09`), written out (`09 May 2020`,
 * `9-May-2020`, `9-May-20`) and the numeric forms spreadsheets re-save them in (`31-12-19`,
 * `12/31/2019`). A numeric date whose day and month could be swapped (`05-06-19`) is read in the
 * order the rest of the file proves (a row with `31-12-19` proves day first) or given by the user;
 * otherwise it is an error, never a guess.
 */

export type DateOrder = 'dmy' | 'mdy';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export type ParsedDate = { day: string } | { problem: string };

function year(text: string): number {
  const n = Number(text);
  if (text.length === 4) return n;
  // ACLED's data begin in 1997: a two-digit year from 90 on is in the 1900s.
  return n >= 90 ? 1900 + n : 2000 + n;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/;

/** Which order a numeric date proves, if any: `31-12-19` proves day first, `12-31-19` month first. */
export function orderShownBy(text: string): DateOrder | null {
  const m = NUMERIC.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return null;
}

/** The order a file's dates prove: one order, none, or both (a file mixing the two). */
export function inferDateOrder(texts: Iterable<string>): DateOrder | null | 'mixed' {
  let found: DateOrder | null = null;
  for (const t of texts) {
    const order = orderShownBy(t);
    if (order === null) continue;
    if (found !== null && found !== order) return 'mixed';
    found = order;
  }
  return found;
}

/**
 * Reads one ACLED date as YYYY-MM-DD. Whether the day exists (2023-02-30) is checked by the
 * caller. `order` settles numeric dates whose day and month could be swapped.
 */
export function parseAcledDay(text: string, order: DateOrder | null = null): ParsedDate {
  const t = text.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return { day: iso(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/.exec(t);
  if (m) {
    const name = (m[2] ?? '').toLowerCase();
    const index = MONTHS.findIndex((full) => full === name || (name.length >= 3 && full.startsWith(name)));
    if (index < 0) return { problem: `"${m[2]}" is not a month name` };
    return { day: iso(year(m[3] ?? ''), index + 1, Number(m[1])) };
  }
  m = NUMERIC.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = year(m[3] ?? '');
    const shown = orderShownBy(t);
    const use = shown ?? (a === b ? 'dmy' : order);
    if (use === null) {
      return {
        problem: `is ambiguous: it could be ${iso(y, b, a)} (day first) or ${iso(y, a, b)} (month first), and no other date in the file tells which; pass --date-order dmy or mdy, or export with ISO dates (YYYY-MM-DD)`,
      };
    }
    return use === 'dmy' ? { day: iso(y, b, a) } : { day: iso(y, a, b) };
  }
  return {
    problem: 'expected a date such as 2024-01-27, 27 January 2024, 27-Jan-24 or 27-01-24',
  };
}

/** ACLED dates as before: the day, or null when the text is not a date (kept for callers of the old reader). */
export function parseAcledDate(text: string): string | null {
  const parsed = parseAcledDay(text);
  return 'day' in parsed ? parsed.day : null;
}
