/**
 * `import csv` and `import acled`: files are read and every row checked before Neo4j is started;
 * a file that cannot be read fails the command whatever the options. Loading resolves ACLED's
 * actors and places against the parties and places already in the database and prints how.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.js';
import type { GraphDocument } from '../../core/domain/records.js';
import { serializeDocument } from '../export.js';
import { Registry } from '../identity/registry.js';
import { loadIdentitySnapshot } from '../identity/snapshot.js';
import type { ActorResolution } from '../import/acled-actors.js';
import type { AcledImport } from '../import/acled-document.js';
import type { RejectedRow } from '../import/result.js';
import { formatValidationErrors, validateDocument } from '../validate/index.js';
import { loadChecked } from './checked-load.js';
import { countRows, log, UsageError, withDatabase } from './shared.js';

/** `file:line column "value": what was expected`, one line per problem. */
export function formatRejected(rows: readonly RejectedRow[]): string {
  const shown = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return ` ${JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}...` : text)}`;
  };
  return rows.map((r) => `${r.file}:${r.line} ${r.path}${shown(r.value)}: ${r.message}`).join('\n');
}

/** How many rows (not problems) were rejected, of how many. */
function rejectedRows(rows: readonly RejectedRow[]): number {
  return new Set(rows.map((r) => `${r.file}:${r.line}`)).size;
}

/** The resolution report: every actor linked to an existing party or found ambiguous, and how many are new. */
export function formatResolutions(resolutions: readonly ActorResolution[], warnings: readonly string[]): string {
  const linked = resolutions.filter((r) => r.rule !== 'new' && r.rule !== 'ambiguous' && !r.created);
  const ambiguous = resolutions.filter((r) => r.rule === 'ambiguous');
  const created = resolutions.filter((r) => r.created && r.rule !== 'ambiguous');
  const lines = [
    `Actors: ${resolutions.length} names; ${linked.length} linked to parties already in the graph, ${created.length} new, ${ambiguous.length} ambiguous.`,
    ...linked.map((r) => `  linked    "${r.name}" -> ${r.id} (${r.rule}${r.matched ? ` "${r.matched}"` : ''})`),
    ...ambiguous.map(
      (r) =>
        `  AMBIGUOUS "${r.name}" matches ${r.candidates.join(', ')}: not merged, kept as ${r.id}; add an alias to settle it`,
    ),
    ...warnings.map((w) => `  warning   ${w}`),
  ];
  return lines.join('\n');
}

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'skip-rejected': { type: 'boolean' },
      'date-order': { type: 'string' },
    },
  });
  const [format, ...files] = positionals;
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') {
    throw new UsageError('--date-order is dmy (31-12-19) or mdy (12-31-19)');
  }
  let rejected: RejectedRow[];
  let rowCount: number | null = null;
  let build: (registry: Registry | null) => AcledImport | { document: GraphDocument };
  if (format === 'csv') {
    if (files.length !== 2) throw new UsageError('import csv needs <nodes.csv> <edges.csv>');
    const { importCsv } = await import('../import/csv.js');
    const result = await importCsv(files[0] as string, files[1] as string);
    rejected = result.rejected;
    build = () => result;
  } else if (format === 'acled') {
    if (files.length !== 1) throw new UsageError('import acled needs <file.csv>');
    const file = files[0] as string;
    const { readTextFile } = await import('../import/text-input.js');
    const { readAcledRows } = await import('../import/acled-rows.js');
    const { buildAcledDocument } = await import('../import/acled-document.js');
    const rows = readAcledRows({ file, text: (await readTextFile(file)).text }, { dateOrder });
    rejected = rows.rejected;
    rowCount = rows.rowCount;
    if (rows.layout) log(`${file}: ACLED ${rows.layout} layout, ${rows.rowCount} rows.`);
    build = (registry) => buildAcledDocument(file, rows, { registry: registry ?? undefined });
    if (rows.layout === null) {
      // Not an ACLED file at all: one line says why, and skipping rows cannot help.
      log(formatRejected(rejected));
      return 1;
    }
  } else {
    throw new UsageError(`import: unknown format ${JSON.stringify(format ?? '')}; expected csv or acled`);
  }
  const label = files.join(' + ');
  const rows = rejectedRows(rejected);
  const of = rowCount === null ? '' : ` of ${rowCount}`;
  if (rejected.length > 0) {
    log(formatRejected(rejected));
    if (values['skip-rejected'] !== true) {
      log(`${rows}${of} rows rejected; nothing was written (--skip-rejected loads the other rows).`);
      return 1;
    }
    log(`${rows}${of} rows rejected and skipped.`);
  }
  const report = (built: AcledImport | { document: GraphDocument }) => {
    if ('resolutions' in built) log(formatResolutions(built.resolutions, built.warnings));
  };
  if (values.out !== undefined || values['dry-run'] === true) {
    // Without a database, names are resolved within the file only.
    const built = build(null);
    report(built);
    const { errors } = validateDocument(built.document, label);
    if (errors.length > 0) {
      log(formatValidationErrors(errors));
      return 1;
    }
    if (values.out !== undefined) {
      writeFileSync(values.out, serializeDocument(built.document));
      log(`Wrote ${countRows(built.document)} to ${values.out}`);
    } else {
      log(`Dry run: ${countRows(built.document)} are valid; nothing was written.`);
    }
    return 0;
  }
  return withDatabase(loadConfig(), async (db) => {
    const registry = values.reset === true ? new Registry() : new Registry(await loadIdentitySnapshot(db));
    const built = build(registry);
    report(built);
    return loadChecked(db, built.document, label, { reset: values.reset === true, rejected: rows });
  });
}
