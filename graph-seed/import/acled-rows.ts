/**
 * First stage of the ACLED import, needing no database: decode the text, find the delimiter and
 * the layout, and check every row (dates, precision, event type, actors, numbers). What comes out
 * is the list of usable rows and one rejection per problem, each naming the line, the column,
 * the value and what was expected.
 */
import { exactDate, type FuzzyDate, partialDateProblem } from '../../core/domain/fuzzy-date.js';
import { type DateOrder, inferDateOrder, parseAcledDay } from './acled-dates.js';
import {
  ACLED_REQUIRED,
  type AcledLayout,
  acledLayout,
  currentColumns,
  currentEventType,
  currentRow,
} from './acled-layout.js';
import { ACLED_EVENT_TYPES, type AcledMapping, mapAcledEvent, precisionOfTimePrecision } from './acled-mapping.js';
import { cell, countCell, problemsAsRejected, RowCheck, required } from './columns.js';
import type { CsvInput } from './csv.js';
import { type CsvRow, detectDelimiter, parseCsvTable } from './csv-parse.js';
import type { RejectedRow } from './result.js';
import { slugify } from './slug.js';

export interface AcledReadOptions {
  /** How to read numeric dates whose day and month could be swapped, when the file does not show it. */
  dateOrder?: DateOrder;
}

/** One usable row, before the graph is assembled. */
export interface AcledRow {
  line: number;
  eventId: string;
  code: string;
  date: FuzzyDate;
  mapping: AcledMapping;
  /** The event type and sub-event type as ACLED spells them today. */
  eventType: string;
  subEventType: string;
  row: CsvRow;
  notes: string;
}

export interface AcledRows {
  rows: AcledRow[];
  rejected: RejectedRow[];
  /** Data rows in the file (accepted or not). */
  rowCount: number;
  layout: AcledLayout | null;
  delimiter: string;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * ACLED's time_precision says how well the source pinned the date: 1 the day itself; 2 a
 * week or weekend, coded as a day in it; 3 only the month. Faultline keeps what is known.
 */
function acledDate(day: string, precision: 'DAY' | 'MONTH' | 'PERIOD'): FuzzyDate {
  if (precision === 'DAY') return exactDate(day);
  if (precision === 'MONTH') return exactDate(day.slice(0, 7));
  return { precision: 'PERIOD', value: `week around ${day}`, start: shiftDay(day, -3), end: shiftDay(day, 3) };
}

function readRow(row: CsvRow, check: RowCheck, order: DateOrder | null, hasPrecision: boolean) {
  const code = check.read(() => required(row, 'event_id_cnty', 'an ACLED event id such as IRQ12345'), '');
  const dateText = check.read(() => required(row, 'event_date', 'a date such as 2024-01-27 or 27 January 2024'), '');
  let day: string | null = null;
  if (dateText !== '') {
    const parsed = parseAcledDay(dateText, order);
    const problem = 'problem' in parsed ? parsed.problem : partialDateProblem(parsed.day);
    if (problem) check.fail('event_date', dateText, problem);
    else if ('day' in parsed) day = parsed.day;
  }
  const year = cell(row, 'year');
  if (day !== null && year !== '' && year !== day.slice(0, 4)) {
    check.fail('year', year, `expected ${day.slice(0, 4)}, the year of event_date ${dateText}`);
  }
  // Extracts without the column are taken as day-precise, which is what ACLED codes most rows as.
  const precisionText = hasPrecision ? cell(row, 'time_precision') : '1';
  const precision = precisionOfTimePrecision(precisionText);
  if (!precision) check.fail('time_precision', precisionText, 'expected 1 (day), 2 (week) or 3 (month)');
  const actor1 = check.read(() => required(row, 'actor1', 'the name of the main actor'), '');
  const types = currentEventType(cell(row, 'event_type'), cell(row, 'sub_event_type'), actor1);
  const mapping = mapAcledEvent(types.eventType, types.subEventType);
  if (!mapping) {
    check.fail(
      'event_type',
      cell(row, 'event_type'),
      `expected one of ${ACLED_EVENT_TYPES.join(', ')} (or a 2016-era type such as Riots/Protests)`,
    );
  }
  check.read(() => required(row, 'country', 'the country the event took place in'), '');
  check.read(() => countCell(row, 'fatalities'), null);
  for (const column of ['latitude', 'longitude'] as const) {
    const text = cell(row, column);
    const limit = column === 'latitude' ? 90 : 180;
    if (text !== '' && !(Number.isFinite(Number(text)) && Math.abs(Number(text)) <= limit)) {
      check.fail(column, text, `expected a number from -${limit} to ${limit}`);
    }
  }
  // Notes are the only text an ACLED row has: they are the evidence, so they must be there.
  const notes = (row.values.notes ?? '').trim();
  if (notes === '')
    check.fail('notes', '', 'expected the notes; they are the evidence for every relationship of the row');
  if (!check.ok || day === null || !precision || !mapping) return null;
  return { code, date: acledDate(day, precision), mapping, ...types, notes };
}

/** Reads and checks every row of an ACLED export already decoded to text. */
export function readAcledRows(input: CsvInput, options: AcledReadOptions = {}): AcledRows {
  const { file } = input;
  const delimiter = detectDelimiter(input.text);
  const table = parseCsvTable(input.text, delimiter);
  const columns = currentColumns(table.columns);
  const rejected: RejectedRow[] = problemsAsRejected(file, table, table.problems);
  const missing = ACLED_REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0 || columns.length === 0) {
    // One line for the file: every row would fail the same way, so no row is listed.
    return {
      rows: [],
      rejected: [
        {
          file,
          path: 'header',
          line: 1,
          value: table.columns.slice(0, 8).join(delimiter) + (table.columns.length > 8 ? `${delimiter}…` : ''),
          message:
            columns.length === 0
              ? 'the file is empty; expected an ACLED export with a header row'
              : `not an ACLED export: missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
        },
      ],
      rowCount: table.rows.length,
      layout: null,
      delimiter,
    };
  }
  const layout = acledLayout(table.columns);
  const rowsIn = table.rows.map(currentRow);
  const inferred = inferDateOrder(rowsIn.map((r) => cell(r, 'event_date')));
  const order = options.dateOrder ?? (inferred === 'mixed' ? null : inferred);
  const rows: AcledRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rowsIn) {
    const check = new RowCheck();
    const read = readRow(row, check, order, columns.includes('time_precision'));
    const eventId = `acled-event-${slugify(read?.code ?? cell(row, 'event_id_cnty'))}`;
    const earlier = seen.get(eventId);
    if (read && earlier !== undefined) {
      check.fail(
        'event_id_cnty',
        read.code,
        `expected a new event id; ${read.code} already appears on line ${earlier}`,
      );
    }
    if (!read || !check.ok) {
      rejected.push(...check.rejected(file, row.line));
      continue;
    }
    seen.set(eventId, row.line);
    rows.push({ ...read, line: row.line, eventId, row });
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows, rejected, rowCount: table.rows.length, layout, delimiter };
}
