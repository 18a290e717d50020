/**
 * Constraints and indexes. Every statement uses IF NOT EXISTS, so applying the schema again is
 * a no-op; names are stable so they can be inspected with SHOW CONSTRAINTS / SHOW INDEXES.
 */

import { awaitIndexesStatement, backfillNameKeyStatement, schemaStatements } from '../cypher/schema.cypher.js';
import type { Database } from '../db/index.js';

/** Applies constraints and indexes (idempotent), waits until the indexes are online, and back-fills name keys. */
export async function applySchema(db: Database): Promise<void> {
  // Schema commands may share a transaction with each other (not with data writes): one
  // transaction is about three times faster than one per statement on a cold database.
  await db.writeTransaction(async (run) => {
    for (const statement of schemaStatements()) await run(statement);
  });
  await db.write(awaitIndexesStatement());
  // Graphs written before the name key existed get it once, in bounded batches; afterwards this is one index lookup.
  for (;;) {
    const [row] = await db.write(backfillNameKeyStatement());
    if ((row?.updated ?? 0) === 0) break;
  }
}
