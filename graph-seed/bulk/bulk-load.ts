/**
 * `bulk`: loads JSON Lines files (jsonl.ts) of any size with bounded memory. A first pass reads
 * and checks every line (stream-check.ts) and writes nothing if any is wrong, as `load` does for
 * seed YAML; a second pass streams the records into the BulkWriter, which writes them in large
 * UNWIND batches with several transactions in flight.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { deferredSchemaDropStatements } from '../../core/cypher/bulk.cypher.js';
import { hasDataStatement } from '../../core/cypher/graph-write.cypher.js';
import type { Database } from '../../core/db/index.js';
import { BulkWriter } from '../../core/storage/bulk-writer.js';
import { resetGraph } from '../../core/storage/graph-writer.js';
import {
  eventToProps,
  partyToProps,
  placeToProps,
  relationshipToProps,
  sourceToProps,
} from '../../core/storage/properties.js';
import { applySchema } from '../../core/storage/schema.js';
import { SeedValidationError, type ValidationError, validationError } from '../validate/errors.js';
import { type BulkRecord, nodeTypeOf, StreamCheck } from './stream-check.js';

export interface BulkOptions {
  reset?: boolean;
  dryRun?: boolean;
  batchSize?: number;
  concurrency?: number;
  /** Skip the first pass (the caller has just checked the files with checkBulkFiles or a dry run). */
  skipCheck?: boolean;
  /** Stop collecting problems after this many (default 20); the count of the rest is still reported. */
  maxErrors?: number;
  /** Lines checked so far (first pass), then nodes and relationships written (second pass). */
  onCheckProgress?: (lines: number) => void;
  onWriteProgress?: (done: number) => void;
}

export interface BulkSummary {
  files: string[];
  dryRun: boolean;
  input: { nodes: number; relationships: number };
  nodes: { created: number; matched: number };
  relationships: { created: number; matched: number };
  /** CREATE into an empty database, or MERGE into one that holds data. */
  mode: 'create' | 'merge';
  transactions: number;
  checkSeconds: number;
  writeSeconds: number;
  /** Building the deferred indexes after a load into an empty database. */
  indexSeconds: number;
  seconds: number;
}

/** Expands folders to their *.jsonl files in name order; reports paths that do not exist. */
export function collectBulkFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) missing.push(p);
    else if (statSync(p).isDirectory()) {
      files.push(
        ...readdirSync(p)
          .filter((n) => n.endsWith('.jsonl'))
          .sort()
          .map((n) => path.join(p, n)),
      );
    } else files.push(p);
  }
  return { files, missing };
}

/** Every non-blank line of `files` in order, parsed, with its file and line number (bad JSON goes to `errors`). */
export async function* parsedLines(
  files: readonly string[],
  errors: ValidationError[],
): AsyncGenerator<{ raw: unknown; file: string; line: number }> {
  for (const file of files) {
    const input = createReadStream(file, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    for await (const text of lines) {
      n += 1;
      const t = n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (t.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(t);
      } catch (error) {
        errors.push(validationError(file, [], n, undefined, `is not valid JSON (${(error as Error).message})`));
        continue;
      }
      yield { raw, file, line: n };
    }
  }
}

/** First pass: checks every line; returns the counts and the first `maxErrors` problems (and how many in all). */
export async function checkBulkFiles(
  files: readonly string[],
  options: Pick<BulkOptions, 'maxErrors' | 'onCheckProgress'> = {},
): Promise<{ nodes: number; relationships: number; errors: ValidationError[]; errorCount: number }> {
  const max = options.maxErrors ?? 20;
  const check = new StreamCheck();
  const errors: ValidationError[] = [];
  let errorCount = 0;
  let nodes = 0;
  let relationships = 0;
  let lines = 0;
  const lineErrors: ValidationError[] = [];
  for await (const { raw, file, line } of parsedLines(files, lineErrors)) {
    const found: ValidationError[] = [];
    const item = check.check(raw, file, line, found);
    found.unshift(...lineErrors.splice(0));
    errorCount += found.length;
    errors.push(...found.slice(0, Math.max(0, max - errors.length)));
    if (item?.kind === 'relationship') relationships += 1;
    else if (item) nodes += 1;
    if (++lines % 10_000 === 0) options.onCheckProgress?.(lines);
  }
  errorCount += lineErrors.length;
  errors.push(...lineErrors.slice(0, Math.max(0, max - errors.length)));
  return { nodes, relationships, errors, errorCount };
}

/** Second pass: hands every record to the writer (the lines were checked by the first pass). */
async function writeRecords(files: readonly string[], writer: BulkWriter): Promise<void> {
  // Shapes are read again (records are not kept between passes); references were checked by the first pass.
  const check = new StreamCheck({ trusted: true });
  const errors: ValidationError[] = [];
  for await (const { raw, file, line } of parsedLines(files, errors)) {
    const item = check.check(raw, file, line, errors);
    if (!item || errors.length > 0) throw new SeedValidationError(errors.slice(0, 1));
    await hand(writer, item);
  }
}

async function hand(writer: BulkWriter, item: BulkRecord): Promise<void> {
  const type = nodeTypeOf(item);
  switch (item.kind) {
    case 'source':
      return writer.node('Source', { id: item.record.id, props: sourceToProps(item.record) });
    case 'place':
      return writer.node('Place', { id: item.record.id, props: placeToProps(item.record) });
    case 'party':
    case 'event': {
      const props = item.kind === 'party' ? partyToProps(item.record) : eventToProps(item.record);
      return writer.node(type ?? item.record.type, { id: item.record.id, props });
    }
    default: {
      const r = item.record;
      return writer.relationship(r.type, { id: r.id, from: r.from, to: r.to, props: relationshipToProps(r) });
    }
  }
}

/** Checks, then (unless dryRun) loads bulk files; throws SeedValidationError, writing nothing, on any problem. */
export async function loadBulkFiles(
  db: Database | null,
  paths: readonly string[],
  options: BulkOptions = {},
): Promise<BulkSummary> {
  const started = performance.now();
  const { files, missing } = collectBulkFiles(paths);
  if (missing.length > 0) {
    throw new SeedValidationError(
      missing.map((p) =>
        validationError(p, [], null, undefined, 'does not exist (expected a .jsonl file or a folder)'),
      ),
    );
  }
  if (files.length === 0) {
    throw new SeedValidationError([
      validationError(paths.join(' '), [], null, undefined, 'holds no .jsonl file to load'),
    ]);
  }
  const checked = options.skipCheck
    ? { nodes: 0, relationships: 0, errors: [], errorCount: 0 }
    : await checkBulkFiles(files, options);
  if (checked.errorCount > 0) {
    const more = checked.errorCount - checked.errors.length;
    if (more > 0) {
      checked.errors.push(validationError(files.join(' '), [], null, undefined, `and ${more} more problems`));
    }
    throw new SeedValidationError(checked.errors);
  }
  const checkSeconds = (performance.now() - started) / 1000;
  const summary: BulkSummary = {
    files,
    dryRun: options.dryRun === true,
    input: { nodes: checked.nodes, relationships: checked.relationships },
    nodes: { created: 0, matched: 0 },
    relationships: { created: 0, matched: 0 },
    mode: 'merge',
    transactions: 0,
    checkSeconds,
    writeSeconds: 0,
    indexSeconds: 0,
    seconds: 0,
  };
  if (!options.dryRun) {
    if (db === null) throw new Error('loadBulkFiles needs a database unless dryRun is set');
    if (options.reset) await resetGraph(db);
    await applySchema(db);
    const [data] = await db.read(hasDataStatement());
    summary.mode = data?.seeded === true ? 'merge' : 'create';
    // Into an empty database, the constraints and indexes every batch would update row by row are
    // built once at the end (deferredSchemaDropStatements).
    if (summary.mode === 'create') {
      await db.writeTransaction(async (run) => {
        for (const statement of deferredSchemaDropStatements()) await run(statement);
      });
    }
    const writeStarted = performance.now();
    const writer = new BulkWriter(db, {
      batchSize: options.batchSize,
      concurrency: options.concurrency,
      create: summary.mode === 'create',
      onProgress: (n, r) => options.onWriteProgress?.(n + r),
    });
    let written: Awaited<ReturnType<BulkWriter['finish']>>;
    try {
      await writeRecords(files, writer);
      written = await writer.finish();
    } catch (error) {
      // The batches committed so far stay (a MERGE rerun completes them); the schema comes back
      // with them, so the database is never left without its constraints. Best effort: the
      // failure may be the database itself, and the original error is what the user needs.
      if (summary.mode === 'create') await applySchema(db).catch(() => undefined);
      throw error;
    }
    summary.input = {
      nodes: written.nodes.created + written.nodes.matched,
      relationships: written.relationships.created + written.relationships.matched,
    };
    summary.nodes = written.nodes;
    summary.relationships = written.relationships;
    summary.transactions = written.transactions;
    summary.writeSeconds = (performance.now() - writeStarted) / 1000;
    if (summary.mode === 'create') {
      const indexStarted = performance.now();
      await applySchema(db);
      summary.indexSeconds = (performance.now() - indexStarted) / 1000;
    }
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** Human summary lines for the CLI. */
export function formatBulkSummary(s: BulkSummary): string {
  const rows = s.input.nodes + s.input.relationships;
  const rate = (n: number, sec: number) => (sec > 0 ? Math.round(n / sec).toLocaleString('en') : '-');
  if (s.dryRun) {
    return `Dry run: ${s.input.nodes} nodes and ${s.input.relationships} relationships in ${s.files.length} file(s) are valid (checked in ${s.checkSeconds.toFixed(1)} s); nothing was written.`;
  }
  const total = s.writeSeconds + s.indexSeconds;
  return [
    `Loaded ${s.files.length} file(s) in ${s.seconds.toFixed(1)} s: checked ${s.checkSeconds.toFixed(1)} s, wrote ${s.writeSeconds.toFixed(1)} s${s.indexSeconds > 0 ? `, built indexes ${s.indexSeconds.toFixed(1)} s` : ''} (${s.mode === 'create' ? 'CREATE into an empty database' : 'MERGE'}, ${s.transactions} transactions).`,
    `  throughput:    ${rate(s.input.relationships, s.writeSeconds)} relationships/s and ${rate(rows, s.writeSeconds)} rows/s while writing; ${rate(s.input.relationships, total)} relationships/s with the indexes`,
    `  nodes:         ${s.nodes.created} created, ${s.nodes.matched} matched`,
    `  relationships: ${s.relationships.created} created, ${s.relationships.matched} matched`,
  ].join('\n');
}
