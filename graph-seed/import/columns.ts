/** Header checks and cell readers shared by the CSV importers. */
import { type FuzzyDate, parseFuzzyDate } from '../../core/domain/fuzzy-date.js';
import type { CsvProblem, CsvRow, CsvTable } from './csv-parse.js';
import type { RejectedRow } from './result.js';

/** Thrown by a cell reader; the importer turns it into a rejected row. */
export class CellError extends Error {
  constructor(
    readonly column: string,
    readonly value: unknown,
    message: string,
  ) {
    super(message);
  }
}

/** Problems the CSV reader found, as rejected rows (the column is named when the header has it). */
export function problemsAsRejected(file: string, table: CsvTable, problems: CsvProblem[]): RejectedRow[] {
  return problems.map((p) => ({
    file,
    path: table.columns[p.field - 1] ?? `field ${p.field}`,
    line: p.line,
    value: null,
    message: p.message,
  }));
}

/**
 * Rejections for a header that lacks a required column or has one the importer does not know
 * (usually a typo that would otherwise silently drop a column's data).
 */
export function headerProblems(
  file: string,
  table: CsvTable,
  required: readonly string[],
  known: readonly string[],
): RejectedRow[] {
  const out: RejectedRow[] = [];
  const line = 1;
  if (table.columns.length === 0) {
    return [
      {
        file,
        path: 'header',
        line,
        value: null,
        message: `the file is empty; expected a header row with ${required.join(', ')}`,
      },
    ];
  }
  for (const column of required) {
    if (!table.columns.includes(column)) {
      out.push({
        file,
        path: 'header',
        line,
        value: table.columns.join(','),
        message: `missing required column "${column}"`,
      });
    }
  }
  for (const column of table.columns) {
    if (!known.includes(column)) {
      out.push({
        file,
        path: 'header',
        line,
        value: column,
        message: `unknown column "${column}" (expected one of ${known.join(', ')})`,
      });
    }
  }
  const seen = new Set<string>();
  for (const column of table.columns) {
    if (seen.has(column))
      out.push({ file, path: 'header', line, value: column, message: `column "${column}" appears twice` });
    seen.add(column);
  }
  return out;
}

/** Trimmed cell text; '' when the column is absent. */
export function cell(row: CsvRow, column: string): string {
  return (row.values[column] ?? '').trim();
}

/** Trimmed cell text or null when empty. */
export function optional(row: CsvRow, column: string): string | null {
  const v = cell(row, column);
  return v === '' ? null : v;
}

export function required(row: CsvRow, column: string, what: string): string {
  const v = cell(row, column);
  if (v === '') throw new CellError(column, v, `${column} is empty; expected ${what}`);
  return v;
}

/** `a; b;c` → ['a', 'b', 'c']. */
export function list(row: CsvRow, column: string): string[] {
  return cell(row, column)
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A date cell: `2024-01-27`, `2024-01`, `2024`, or `label|start|end` for a period (end may be
 * empty for an open period: `since October 2023|2023-10|`).
 */
export function parseCsvDate(text: string): { date: FuzzyDate } | { problem: string } {
  if (!text.includes('|')) return parseFuzzyDate(text);
  const parts = text.split('|').map((s) => s.trim());
  if (parts.length !== 3) return { problem: 'a period is written label|start|end (end may be empty)' };
  const [label, start, end] = parts;
  return parseFuzzyDate({ label, start: start || null, end: end || null });
}

export function dateCell(row: CsvRow, column: string): FuzzyDate | null {
  const text = cell(row, column);
  if (text === '') return null;
  const parsed = parseCsvDate(text);
  if ('problem' in parsed) throw new CellError(column, text, `${parsed.problem} (or label|start|end for a period)`);
  return parsed.date;
}

export function oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T | null {
  const text = cell(row, column);
  if (text === '') return null;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new CellError(column, text, `expected one of ${allowed.join(', ')}`);
  }
  return text as T;
}

export function booleanCell(row: CsvRow, column: string): boolean | null {
  const text = cell(row, column).toLowerCase();
  if (text === '') return null;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new CellError(column, cell(row, column), 'expected true, false or nothing');
}

export function countCell(row: CsvRow, column: string): number | null {
  const text = cell(row, column);
  if (text === '') return null;
  if (!/^\d+$/.test(text)) throw new CellError(column, text, 'expected a whole number of 0 or more');
  return Number(text);
}

/** Columns that must be empty for this kind of row, so a shifted or misplaced value is noticed. */
export function mustBeEmpty(row: CsvRow, columns: readonly string[], why: string): void {
  for (const column of columns) {
    const text = cell(row, column);
    if (text !== '') throw new CellError(column, text, `${column} does not apply to ${why}; leave it empty`);
  }
}

/**
 * Collects every cell problem of a row instead of stopping at the first, so one run of the
 * importer tells the user everything wrong with a row.
 */
export class RowCheck {
  readonly errors: CellError[] = [];

  /** The reader's value, or `fallback` after recording its problem. */
  read<T>(reader: () => T, fallback: T): T {
    try {
      return reader();
    } catch (error) {
      if (error instanceof CellError) {
        this.errors.push(error);
        return fallback;
      }
      throw error;
    }
  }

  fail(column: string, value: unknown, message: string): void {
    this.errors.push(new CellError(column, value, message));
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  rejected(file: string, line: number): RejectedRow[] {
    return this.errors.map((e) => ({ file, path: e.column, line, value: e.value, message: e.message }));
  }
}
