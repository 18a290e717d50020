/** What every seed command shares: logging to stderr, usage errors, and the database opened for the command. */
import type { Config } from '../../core/config.js';
import { Database } from '../../core/db/index.js';
import type { GraphDocument } from '../../core/domain/records.js';
import { onShutdownSignal } from '../../core/lifecycle.js';
import { openNeo4j } from '../../neo4j-local/index.js';
import { createProgress } from '../progress.js';

/** A mistake in how the command was called: print usage, exit 2. */
export class UsageError extends Error {}

export const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Opens the database (starting the local Neo4j when needed), runs `work`, then cleans up. Commands
 * check their input before calling it, so a broken file never waits for Neo4j to start.
 */
export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const neo4j = await openNeo4j(config, { progress: log, reuseRunning: true });
  const removeHandlers = onShutdownSignal(() => {
    log('Interrupted; stopping...');
    void neo4j.stop().finally(() => process.exit(130));
  });
  // Loads of large graphs run long transactions, and concurrent bulk batches may deadlock on a
  // shared hub node (Neo4j reports it as transient): allow more time than the API does.
  const db = new Database(config.neo4j, {
    transactionTimeoutMs: 30 * 60_000,
    acquisitionTimeoutMs: 30_000,
    maxRetryTimeMs: 120_000,
  });
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

export function writingProgress() {
  const progress = createProgress('Writing');
  return { onProgress: progress.update, finish: progress.finish };
}

export function countRows(doc: GraphDocument): string {
  const nodes = doc.sources.length + doc.places.length + doc.parties.length + doc.events.length;
  return `${nodes} nodes and ${doc.relationships.length} relationships`;
}

export function positiveInt(name: string, raw: string | undefined, min: number): number {
  const n = Number(raw);
  if (raw === undefined || !Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} needs a whole number of at least ${min}`);
  return n;
}
