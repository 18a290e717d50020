/** `bulk`: checks JSON Lines files before Neo4j starts, then streams them in with progress and throughput. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.js';
import { projectPath } from '../../core/project-root.js';
import { applySchema } from '../../core/storage/schema.js';
import { adminImport, answers, homeServerRunning } from '../../neo4j-local/index.js';
import { ARRAY_DELIMITER, writeAdminCsv } from '../bulk/admin-csv.js';
import { formatBulkSummary, loadBulkFiles } from '../bulk/bulk-load.js';
import { createProgress } from '../progress.js';
import { log, positiveInt, UsageError, withDatabase } from './shared.js';

export async function bulkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      reset: { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      batch: { type: 'string' },
      concurrency: { type: 'string' },
      'admin-import': { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError('bulk needs at least one .jsonl file or folder');
  if (values['admin-import'] === true && values.reset !== true) {
    throw new UsageError('bulk --admin-import replaces the local database: add --reset to confirm');
  }
  const options = {
    reset: values.reset === true,
    batchSize: values.batch === undefined ? undefined : positiveInt('batch', values.batch, 1),
    concurrency: values.concurrency === undefined ? undefined : positiveInt('concurrency', values.concurrency, 1),
  };
  const checked = await loadBulkFiles(null, positionals, { ...options, dryRun: true });
  if (values['dry-run'] === true) {
    log(formatBulkSummary(checked));
    return 0;
  }
  if (values['admin-import'] === true) return adminImportCommand(checked.files, checked.checkSeconds);
  const total = checked.input.nodes + checked.input.relationships;
  const progress = createProgress('Writing');
  await withDatabase(loadConfig(), async (db) => {
    try {
      // The files were checked above, before Neo4j was started.
      const summary = await loadBulkFiles(db, positionals, {
        ...options,
        skipCheck: true,
        onWriteProgress: (done) => progress.update(done, total),
      });
      progress.finish();
      log(formatBulkSummary({ ...summary, checkSeconds: checked.checkSeconds }));
    } finally {
      progress.finish();
    }
  });
  return 0;
}

/**
 * Offline import into the stopped local database: JSON Lines → CSV → `neo4j-admin database import
 * full`, then one start to apply Faultline's schema (the indexes are built then).
 */
async function adminImportCommand(files: string[], checkSeconds: number): Promise<number> {
  const config = loadConfig();
  if (!config.startLocalNeo4j) {
    throw new UsageError('--admin-import writes the local Neo4j store directly; it cannot reach NEO4J_URI');
  }
  const home = projectPath(config.local.home);
  if (homeServerRunning(home) || (await answers(config.local.boltPort))) {
    log(
      `The local Neo4j (${home}, port ${config.local.boltPort}) is running: stop it first; neo4j-admin imports into a stopped database only.`,
    );
    return 1;
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'faultline-admin-import-'));
  try {
    let t = performance.now();
    const csv = await writeAdminCsv(files, folder);
    const convertSeconds = (performance.now() - t) / 1000;
    log(
      `Converted ${csv.nodeRows} nodes and ${csv.relationshipRows} relationships to CSV in ${convertSeconds.toFixed(1)} s.`,
    );
    const result = await adminImport({
      home,
      boltPort: config.local.boltPort,
      pageCache: config.local.pageCache,
      heap: config.local.heap,
      nodes: [csv.nodes],
      relationships: [csv.relationships],
      arrayDelimiter: ARRAY_DELIMITER,
      progress: log,
    });
    log(`neo4j-admin imported them in ${result.seconds.toFixed(1)} s.`);
    t = performance.now();
    await withDatabase(config, (db) => applySchema(db));
    const schemaSeconds = (performance.now() - t) / 1000;
    const rows = csv.nodeRows + csv.relationshipRows;
    const total = checkSeconds + convertSeconds + result.seconds + schemaSeconds;
    log(
      `Loaded by neo4j-admin in ${total.toFixed(1)} s: checked ${checkSeconds.toFixed(1)} s, converted ${convertSeconds.toFixed(1)} s, imported ${result.seconds.toFixed(1)} s, server start + schema and indexes ${schemaSeconds.toFixed(1)} s (${Math.round(rows / total).toLocaleString('en')} rows/s overall, ${Math.round(csv.relationshipRows / result.seconds).toLocaleString('en')} relationships/s in the import itself).`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return 0;
}
