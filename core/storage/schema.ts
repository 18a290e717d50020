/**
 * Constraints and indexes. Every statement uses IF NOT EXISTS, so applying the schema again is
 * a no-op; names are stable so they can be inspected with SHOW CONSTRAINTS / SHOW INDEXES.
 */

import {
  awaitIndexesStatement,
  backfillNameKeyStatement,
  schemaNameOf,
  schemaNamesStatements,
  schemaStatements,
} from '../cypher/schema.cypher.js';
import type { Database } from '../db/index.js';

/**
 * Applies the constraints and indexes the database lacks, waits until the indexes are online,
 * and back-fills name keys. Idempotent; on a database that has the schema it is two reads of its
 * names (every start and every load runs it, and sixty `IF NOT EXISTS` commands cost about half a second).
 */
export async function applySchema(db: Database): Promise<void> {
  const existing = new Set<string>();
  for (const statement of schemaNamesStatements()) {
    for (const row of await db.read(statement)) for (const name of row.names) existing.add(name);
  }
  const missing = schemaStatements().filter((s) => !existing.has(schemaNameOf(s)));
  // Schema commands may share a transaction with each other (not with data writes): one
  // transaction is about three times faster than one per statement on a cold database.
  if (missing.length > 0) {
    await db.writeTransaction(async (run) => {
      for (const statement of missing) await run(statement);
    });
  }
  await db.write(awaitIndexesStatement());
  // Graphs written before the name key existed get it once, in bounded batches; afterwards this is one index lookup.
  for (;;) {
    const [row] = await db.write(backfillNameKeyStatement());
    if ((row?.updated ?? 0) === 0) break;
  }
}
