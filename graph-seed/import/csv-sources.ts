/** sources.csv: one row per source document, with its full text so quotes can be checked. */
import { ID_PATTERN, type SourceRecord } from '../../core/domain/records.js';
import { cell, dateCell, headerProblems, optional, problemsAsRejected, RowCheck, required } from './columns.js';
import type { CsvTable } from './csv-parse.js';
import type { RejectedRow } from './result.js';

export const SOURCE_COLUMNS = ['id', 'title', 'published', 'updated', 'outlet', 'url', 'text'] as const;
const REQUIRED = ['id', 'title', 'text'] as const;

export interface SourcesRead {
  sources: SourceRecord[];
  rejected: RejectedRow[];
  /** Line of every source row that was rejected, so edges citing it can say why it is missing. */
  rejectedIds: Map<string, number>;
}

export function readSources(file: string, table: CsvTable): SourcesRead {
  const rejected = [...problemsAsRejected(file, table, table.problems)];
  const header = headerProblems(file, table, REQUIRED, SOURCE_COLUMNS);
  if (header.length > 0) return { sources: [], rejected: [...header, ...rejected], rejectedIds: new Map() };
  const sources: SourceRecord[] = [];
  const lineOf = new Map<string, number>();
  const rejectedIds = new Map<string, number>();
  for (const row of table.rows) {
    const check = new RowCheck();
    const id = check.read(() => required(row, 'id', 'a slug such as bbc-2024-01-27'), '');
    if (id !== '' && !ID_PATTERN.test(id))
      check.fail('id', id, 'expected a slug: lower-case letters, digits and single hyphens');
    const earlier = lineOf.get(id);
    if (id !== '' && earlier !== undefined) check.fail('id', id, `id already used by the source on line ${earlier}`);
    const title = check.read(() => required(row, 'title', 'the headline or title'), '');
    const published = check.read(() => dateCell(row, 'published'), null);
    // The text is kept exactly as written: quotes are matched against it character for character.
    const text = row.values.text ?? '';
    if (text.trim() === '')
      check.fail('text', text, 'text is empty; expected the full text of the source, which quotes are checked against');
    if (!check.ok) {
      rejected.push(...check.rejected(file, row.line));
      if (id !== '' && earlier === undefined) rejectedIds.set(id, row.line);
      continue;
    }
    lineOf.set(id, row.line);
    sources.push({
      id,
      title,
      published,
      updated: optional(row, 'updated'),
      outlet: optional(row, 'outlet'),
      url: cell(row, 'url') || null,
      text,
    });
  }
  return { sources, rejected, rejectedIds };
}
