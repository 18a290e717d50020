/**
 * `npm run seed -- <command>`: load, export, schema, import, synth. Logs and progress go to
 * stderr; exports go to stdout or --out. Without NEO4J_URI it starts the local Neo4j (unless one
 * already answers on the configured port) and stops it when done.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Config, ConfigError, loadConfig } from '../core/config.js';
import { Database } from '../core/db/index.js';
import type { GraphDocument } from '../core/domain/records.js';
import { onShutdownSignal } from '../core/lifecycle.js';
import { projectPath } from '../core/project-root.js';
import { applySchema } from '../core/storage/schema.js';
import { LauncherError, openNeo4j } from '../neo4j-local/index.js';
import { exportGraph, serializeDocument } from './export.js';
import { formatLoadSummary, loadDocument, loadFiles } from './load.js';
import { createProgress } from './progress.js';
import { formatValidationErrors, SeedValidationError, validateDocument } from './validate/index.js';

const DATA_DIR = projectPath('graph-seed', 'data');

const USAGE = `Usage: npm run seed -- <command>

  load [files or folders...] [--reset] [--dry-run]
      Validate seed YAML (default: graph-seed/data/*.yaml) and write it to Neo4j.
      --reset deletes everything first; --dry-run validates and writes nothing.
  export [--out file]
      Write the whole graph as seed YAML to stdout or a file.
  schema
      Apply constraints and indexes.
  import csv <nodes.csv> <edges.csv> [--out file] [--reset] [--dry-run] [--skip-rejected]
  import acled <file.csv> [--out file] [--reset] [--dry-run] [--skip-rejected]
      Convert and load (or, with --out, write seed YAML). Rows that cannot be imported are
      listed and nothing is written, unless --skip-rejected.
  synth --parties N --events M --seed S [--out file | --load] [--reset]
      Generate a synthetic graph: YAML to stdout or --out, or load it with --load.

Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE. Without NEO4J_URI the
local Neo4j in FAULTLINE_NEO4J_HOME is started for the command and stopped afterwards.`;

/** A mistake in how the command was called: print usage, exit 2. */
class UsageError extends Error {}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Opens the database (starting the local Neo4j when needed), runs `work`, then cleans up. */
async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const neo4j = await openNeo4j(config, { progress: log, reuseRunning: true });
  const removeHandlers = onShutdownSignal(() => {
    log('Interrupted; stopping...');
    void neo4j.stop().finally(() => process.exit(130));
  });
  // Loads of large graphs run long single transactions: allow them more than the API does.
  const db = new Database(config.neo4j, { transactionTimeoutMs: 30 * 60_000, acquisitionTimeoutMs: 30_000 });
  try {
    await db.waitUntilReady(30_000);
    return await work(db);
  } finally {
    await db.close();
    removeHandlers();
    if (neo4j.local) {
      log('Stopping the local Neo4j...');
      await neo4j.stop();
    }
  }
}

function writingProgress() {
  const progress = createProgress('Writing');
  return { onProgress: progress.update, finish: progress.finish };
}

async function load(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { reset: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
  });
  const paths = positionals.length > 0 ? positionals : [DATA_DIR];
  const dryRun = values['dry-run'] === true;
  if (dryRun) {
    log(formatLoadSummary(await loadFiles(null, paths, { dryRun })));
    return 0;
  }
  const config = loadConfig();
  const progress = writingProgress();
  await withDatabase(config, async (db) => {
    try {
      const summary = await loadFiles(db, paths, { reset: values.reset === true, onProgress: progress.onProgress });
      progress.finish();
      log(formatLoadSummary(summary));
    } finally {
      progress.finish();
    }
  });
  return 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const doc = await withDatabase(loadConfig(), (db) => exportGraph(db));
  const yaml = serializeDocument(doc);
  if (values.out) {
    writeFileSync(values.out, yaml);
    log(`Exported ${countRows(doc)} to ${values.out}`);
  } else {
    process.stdout.write(yaml);
  }
  return 0;
}

function countRows(doc: GraphDocument): string {
  const nodes = doc.sources.length + doc.places.length + doc.parties.length + doc.events.length;
  return `${nodes} nodes and ${doc.relationships.length} relationships`;
}

async function schema(): Promise<number> {
  await withDatabase(loadConfig(), (db) => applySchema(db));
  log('Schema applied.');
  return 0;
}

interface Rejected {
  file: string;
  path: string;
  line: number | null;
  message: string;
}

function formatRejected(rows: readonly Rejected[]): string {
  return rows.map((r) => `${r.file}${r.line === null ? '' : `:${r.line}`} ${r.path}: ${r.message}`).join('\n');
}

/** What import and synth share: check the document, then write YAML or load it. */
async function emitOrLoad(
  doc: GraphDocument,
  label: string,
  options: { out?: string; load: boolean; reset: boolean; dryRun: boolean; rejected: number },
): Promise<number> {
  const { errors } = validateDocument(doc, label);
  if (errors.length > 0) {
    log(formatValidationErrors(errors));
    log(
      `${errors.length} validation error${errors.length === 1 ? '' : 's'} in the generated document; nothing was written.`,
    );
    return 1;
  }
  if (!options.load) {
    const yaml = serializeDocument(doc);
    if (options.out) {
      writeFileSync(options.out, yaml);
      log(`Wrote ${countRows(doc)} to ${options.out}`);
    } else {
      process.stdout.write(yaml);
    }
    return 0;
  }
  if (options.dryRun) {
    log(formatLoadSummary(await loadDocument(null, doc, { dryRun: true, rejected: options.rejected })));
    return 0;
  }
  const progress = writingProgress();
  await withDatabase(loadConfig(), async (db) => {
    try {
      const summary = await loadDocument(db, doc, {
        reset: options.reset,
        rejected: options.rejected,
        onProgress: progress.onProgress,
      });
      progress.finish();
      log(formatLoadSummary(summary));
    } finally {
      progress.finish();
    }
  });
  return 0;
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'skip-rejected': { type: 'boolean' },
    },
  });
  const [format, ...files] = positionals;
  let result: { document: GraphDocument; rejected: Rejected[] };
  if (format === 'csv') {
    if (files.length !== 2) throw new UsageError('import csv needs <nodes.csv> <edges.csv>');
    const { importCsv } = await import('./import/csv.js');
    result = await importCsv(files[0] as string, files[1] as string);
  } else if (format === 'acled') {
    if (files.length !== 1) throw new UsageError('import acled needs <file.csv>');
    const { importAcled } = await import('./import/acled.js');
    result = await importAcled(files[0] as string);
  } else {
    throw new UsageError(`import: unknown format ${JSON.stringify(format ?? '')}; expected csv or acled`);
  }
  if (result.rejected.length > 0) {
    log(formatRejected(result.rejected));
    if (values['skip-rejected'] !== true) {
      log(`${result.rejected.length} rows rejected; nothing was written (--skip-rejected loads the other rows).`);
      return 1;
    }
    log(`${result.rejected.length} rows rejected and skipped.`);
  }
  return emitOrLoad(result.document, files.join(' + '), {
    out: values.out,
    load: values.out === undefined,
    reset: values.reset === true,
    dryRun: values['dry-run'] === true,
    rejected: result.rejected.length,
  });
}

function positiveInt(name: string, raw: string | undefined, min: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} needs a whole number of at least ${min}`);
  return n;
}

async function synth(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      parties: { type: 'string' },
      events: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      load: { type: 'boolean' },
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
    },
  });
  if (values.out && values.load) throw new UsageError('synth: give --out or --load, not both');
  const parties = positiveInt('parties', values.parties, 1);
  const events = positiveInt('events', values.events, 0);
  const seed = positiveInt('seed', values.seed ?? '1', 0);
  const { synthesize } = await import('./synth/synth.js');
  const started = performance.now();
  const doc = synthesize({ parties, events, seed });
  const seconds = (performance.now() - started) / 1000;
  if (seconds >= 1) log(`Generated ${countRows(doc)} in ${seconds.toFixed(1)} s`);
  return emitOrLoad(doc, `<synth seed ${seed}>`, {
    out: values.out,
    load: values.load === true,
    reset: values.reset === true,
    dryRun: values['dry-run'] === true,
    rejected: 0,
  });
}

/** Runs one command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'load':
        return await load(rest);
      case 'export':
        return await exportCommand(rest);
      case 'schema':
        return await schema();
      case 'import':
        return await importCommand(rest);
      case 'synth':
        return await synth(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}`);
    }
  } catch (error) {
    if (error instanceof SeedValidationError) {
      log(formatValidationErrors(error.errors));
      log(`${error.errors.length} validation error${error.errors.length === 1 ? '' : 's'}; nothing was written.`);
      return 1;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      log(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof LauncherError) {
      log(error.message);
      return 1;
    }
    log(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
