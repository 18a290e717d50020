/**
 * A small RFC 4180 CSV reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or
 * LF line ends, a leading byte-order mark. Each record remembers the line it starts on, so an
 * importer can tell the user exactly where a bad row is.
 */

export interface CsvRecord {
  /** 1-based line on which the record starts (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  /** 1-based field number within the record. */
  field: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  problems: CsvProblem[];
}

/**
 * Splits CSV text into records. Lines that are entirely empty are skipped (a trailing newline is
 * not a record). Problems (a quote inside an unquoted field, text after a closing quote, a quote
 * never closed) are reported; the record they occur in is left out of `records`.
 */
export function parseCsv(text: string, delimiter = ','): CsvParseResult {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;

  let line = 1;
  let i = 0;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let problem: CsvProblem | null = null;
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (src[i] === '"') {
        // Quoted field: runs to the next quote that is not doubled.
        i++;
        let closed = false;
        while (i < n) {
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\r' && src[i + 1] === '\n') {
            value += '\r\n';
            i += 2;
            line++;
            continue;
          }
          if (c === '\n' || c === '\r') line++;
          value += c;
          i++;
        }
        if (!closed) {
          problem ??= {
            line: startLine,
            field: fields.length + 1,
            message: 'a quoted field is never closed (missing ")',
          };
          fields.push(value);
          break;
        }
        // After the closing quote only a separator or the end of the record may follow.
        if (i < n && src[i] !== delimiter && src[i] !== '\n' && src[i] !== '\r') {
          problem ??= {
            line,
            field: fields.length + 1,
            message: 'unexpected text after a closing quote (a quote inside a quoted field is written "")',
          };
          while (i < n && src[i] !== delimiter && src[i] !== '\n' && src[i] !== '\r') value += src[i++];
        }
      } else {
        const start = i;
        while (i < n && src[i] !== delimiter && src[i] !== '\n' && src[i] !== '\r') i++;
        value = src.slice(start, i);
        if (value.includes('"')) {
          problem ??= {
            line,
            field: fields.length + 1,
            message: 'a quote inside an unquoted field (quote the whole field and double the quote: "say ""no""")',
          };
        }
      }
      fields.push(value);
      if (i >= n) {
        endOfRecord = true;
      } else if (src[i] === delimiter) {
        i++;
      } else {
        // \n, \r\n or a lone \r ends the record.
        if (src[i] === '\r' && src[i + 1] === '\n') i += 2;
        else i++;
        line++;
        endOfRecord = true;
      }
    }
    const blank = fields.length === 1 && fields[0] === '' && problem === null;
    if (problem) problems.push(problem);
    else if (!blank) records.push({ line: startLine, fields });
  }
  return { records, problems };
}

/** A data row keyed by column name. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

/**
 * Reads a CSV file with a header row. Column names are trimmed and compared case-insensitively
 * (they are returned lower-case). A row with a different number of fields than the header is a
 * problem, not a row: silently shifting values into the wrong columns would be worse.
 */
export function parseCsvTable(text: string, delimiter = ','): CsvTable {
  const { records, problems } = parseCsv(text, delimiter);
  const [header, ...data] = records;
  if (!header) return { columns: [], rows: [], problems };
  const columns = header.fields.map((c) => c.trim().toLowerCase());
  const delimiterWord = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  const rows: CsvRow[] = [];
  for (const record of data) {
    if (record.fields.length !== columns.length) {
      problems.push({
        line: record.line,
        field: Math.min(record.fields.length, columns.length) + 1,
        message: `expected ${columns.length} fields (separated by ${delimiterWord}) like the header, found ${record.fields.length}`,
      });
      continue;
    }
    const values: Record<string, string> = {};
    columns.forEach((c, k) => {
      values[c] = record.fields[k] ?? '';
    });
    rows.push({ line: record.line, values });
  }
  problems.sort((a, b) => a.line - b.line);
  return { columns, rows, problems };
}

/**
 * The field separator of a delimited text: whichever of comma, semicolon and tab occurs most
 * often outside quotes on the header line (spreadsheets in many locales save with semicolons).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}
