/**
 * `load`: validates seed files, then writes them (MERGE on ids, so loading twice changes nothing).
 * Any validation error refuses the whole run before Neo4j is touched.
 */

import { hasDataStatement } from '../core/cypher/graph-write.cypher.js';
import type { Database } from '../core/db/index.js';
import type { GraphDocument } from '../core/domain/records.js';
import { resetGraph, type WriteCounts, writeGraph } from '../core/storage/graph-writer.js';
import { applySchema } from '../core/storage/schema.js';
import { formatIdConflicts, type IdConflict, idConflicts } from './identity/snapshot.js';
import { collectSeedFiles, SeedValidationError, validateFiles } from './validate/index.js';

/** The document would give a database node of one type to a node of another: refused, never relabelled. */
export class IdConflictError extends Error {
  override name = 'IdConflictError';
  constructor(readonly conflicts: IdConflict[]) {
    super(
      `${formatIdConflicts(conflicts)}\n${conflicts.length} id(s) already taken in the database; nothing was written.`,
    );
  }
}

export interface LoadOptions {
  /** Delete every node and relationship first (only after validation passed). */
  reset?: boolean;
  /** Validate and count, write nothing. */
  dryRun?: boolean;
  /** Rows written so far and the total, after each batch. */
  onProgress?: (done: number, total: number) => void;
  batchSize?: number;
  singleTransactionLimit?: number;
  /** The caller has just applied the schema (applySchema); do not apply it again. */
  schemaApplied?: boolean;
}

export interface LoadSummary {
  files: string[];
  dryRun: boolean;
  /** Rows in the validated input. */
  input: { nodes: number; relationships: number };
  nodes: WriteCounts;
  relationships: WriteCounts;
  /** Input rows left out (importers' rejected rows); always 0 for seed files, which load whole or not at all. */
  rejected: number;
  transactions: number;
  /** Wall time of the whole run, validation included. */
  seconds: number;
  /** Rows written per second of writing. */
  rowsPerSecond: number;
}

function inputCounts(doc: GraphDocument): { nodes: number; relationships: number } {
  return {
    nodes: doc.sources.length + doc.places.length + doc.parties.length + doc.events.length,
    relationships: doc.relationships.length,
  };
}

/** Writes an already validated document (seed files, an import, a synthetic graph). */
export async function loadDocument(
  db: Database | null,
  doc: GraphDocument,
  options: LoadOptions & { files?: string[]; rejected?: number; startedAt?: number } = {},
): Promise<LoadSummary> {
  const started = options.startedAt ?? performance.now();
  const input = inputCounts(doc);
  const summary: LoadSummary = {
    files: options.files ?? [],
    dryRun: options.dryRun === true,
    input,
    nodes: { created: 0, matched: 0 },
    relationships: { created: 0, matched: 0 },
    rejected: options.rejected ?? 0,
    transactions: 0,
    seconds: 0,
    rowsPerSecond: 0,
  };
  if (!options.dryRun) {
    if (db === null) throw new Error('loadDocument needs a database unless dryRun is set');
    if (options.reset) await resetGraph(db);
    else {
      const conflicts = await idConflicts(db, doc);
      if (conflicts.length > 0) throw new IdConflictError(conflicts);
    }
    // After a reset the schema is still there: only the data went.
    if (!options.schemaApplied) await applySchema(db);
    const writeStarted = performance.now();
    options.onProgress?.(0, input.nodes + input.relationships);
    const written = await writeGraph(db, doc, {
      batchSize: options.batchSize,
      singleTransactionLimit: options.singleTransactionLimit,
      onProgress: options.onProgress,
    });
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    summary.nodes = written.nodes;
    summary.relationships = written.relationships;
    summary.transactions = written.transactions;
    summary.rowsPerSecond = writeSeconds > 0 ? (input.nodes + input.relationships) / writeSeconds : 0;
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/**
 * Validates `paths` (files or folders of *.yaml) together and writes them.
 * Throws SeedValidationError, writing nothing, when any file has an error.
 */
export async function loadFiles(
  db: Database | null,
  paths: readonly string[],
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const startedAt = performance.now();
  const { document, errors, files } = validateFiles(paths);
  if (errors.length > 0) throw new SeedValidationError(errors);
  return loadDocument(db, document, { ...options, files, startedAt });
}

/** Human summary lines for the CLI. */
export function formatLoadSummary(s: LoadSummary): string {
  const files = s.files.length > 0 ? ` from ${s.files.length} file${s.files.length === 1 ? '' : 's'}` : '';
  if (s.dryRun) {
    return [
      `Dry run: ${s.input.nodes} nodes and ${s.input.relationships} relationships${files} are valid; nothing was written.`,
      s.rejected > 0 ? `Rejected: ${s.rejected} rows.` : null,
    ]
      .filter((l) => l !== null)
      .join('\n');
  }
  return [
    `Loaded${files} in ${s.seconds.toFixed(2)} s (${Math.round(s.rowsPerSecond)} rows/s, ${s.transactions} transaction${s.transactions === 1 ? '' : 's'}).`,
    `  nodes:         ${s.nodes.created} created, ${s.nodes.matched} matched`,
    `  relationships: ${s.relationships.created} created, ${s.relationships.matched} matched`,
    `  rejected:      ${s.rejected}`,
  ].join('\n');
}

export interface SeedOnStartOptions extends LoadOptions {
  /** False applies the schema only (FAULTLINE_SEED_ON_START=false). Default true. */
  seed?: boolean;
  /** One-line messages for the start-up log. */
  progress?: (line: string) => void;
}

/**
 * Start-up seeding for `npm start`: applies the schema, then loads the seed files in `dataDir`
 * only when the database holds no Faultline node. Returns the summary, or null when it did nothing.
 * Throws SeedValidationError when the shipped seed files are invalid.
 */
export async function seedIfEmpty(
  db: Database,
  dataDir: string,
  options: SeedOnStartOptions = {},
): Promise<LoadSummary | null> {
  const { seed = true, progress, ...load } = options;
  if (!load.schemaApplied) await applySchema(db);
  if (!seed) return null;
  const rows = await db.read(hasDataStatement());
  if (rows[0]?.seeded === true) return null;
  const { files } = collectSeedFiles([dataDir]);
  if (files.length === 0) {
    progress?.(`The database is empty and ${dataDir} holds no seed files; starting with an empty graph.`);
    return null;
  }
  progress?.(
    `The database is empty: loading ${files.length} seed file${files.length === 1 ? '' : 's'} from ${dataDir}...`,
  );
  const summary = await loadFiles(db, files, { ...load, reset: false, schemaApplied: true });
  progress?.(formatLoadSummary(summary));
  return summary;
}
