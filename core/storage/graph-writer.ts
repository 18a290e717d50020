/**
 * Writes validated documents with the batched `UNWIND … MERGE` statements of `core/cypher/graph-write.cypher.ts`. MERGE on ids makes a
 * second load a no-op for counts. A small graph goes in one transaction (all or nothing); a large
 * one in transactions of `batchSize` rows, each atomic, and a retry completes an interrupted load.
 */

import {
  countGraphStatement,
  deleteBatchStatement,
  deleteRelationshipBatchStatement,
  type MergeCounts,
  type MixedNodeRow,
  type MixedRelationshipRow,
  mergeMixedNodesStatement,
  mergeMixedRelationshipsStatement,
} from '../cypher/graph-write.cypher.js';
import { forgetEvidenceOffsetsStatement, storedSourceTextsStatement } from '../cypher/write.cypher.js';
import type { Database, Statement } from '../db/index.js';
import type { GraphDocument } from '../domain/records.js';
import { eventToProps, partyToProps, placeToProps, relationshipToProps, sourceToProps } from './properties.js';

export interface WriteCounts {
  created: number;
  matched: number;
}

export interface WriteSummary {
  nodes: WriteCounts;
  relationships: WriteCounts;
  transactions: number;
}

export interface WriteOptions {
  /** Rows per statement and per transaction when the graph is too large for one transaction. */
  batchSize?: number;
  /** Graphs up to this many rows are written in a single transaction. */
  singleTransactionLimit?: number;
  /** Called after each batch with rows written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

function nodeRows(doc: GraphDocument): MixedNodeRow[] {
  const rows: MixedNodeRow[] = [];
  for (const s of doc.sources) rows.push({ type: 'Source', id: s.id, props: sourceToProps(s) });
  for (const p of doc.places) rows.push({ type: 'Place', id: p.id, props: placeToProps(p) });
  for (const p of doc.parties) rows.push({ type: p.type, id: p.id, props: partyToProps(p) });
  for (const e of doc.events) rows.push({ type: e.type, id: e.id, props: eventToProps(e) });
  return rows;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Every statement needed to write `doc`, nodes before relationships, each with its row count.
 * Types share statements (dynamic labels and types), so a small document is two statements.
 */
export function writeStatements(
  doc: GraphDocument,
  batchSize: number,
): { statement: Statement<MergeCounts>; rows: number; kind: 'node' | 'rel' }[] {
  const out: { statement: Statement<MergeCounts>; rows: number; kind: 'node' | 'rel' }[] = [];
  for (const batch of chunks(nodeRows(doc), batchSize)) {
    out.push({ statement: mergeMixedNodesStatement(batch), rows: batch.length, kind: 'node' });
  }
  // Each quote's offset is stored when the document holds its source's text.
  const texts = new Map(doc.sources.map((s) => [s.id, s.text]));
  const textOf = (id: string) => texts.get(id);
  const rels: MixedRelationshipRow[] = doc.relationships.map((r) => ({
    type: r.type,
    id: r.id,
    from: r.from,
    to: r.to,
    props: relationshipToProps(r, textOf),
  }));
  for (const batch of chunks(rels, batchSize)) {
    out.push({ statement: mergeMixedRelationshipsStatement(batch), rows: batch.length, kind: 'rel' });
  }
  return out;
}

/**
 * A document that gives a stored source another text moves the quotes that relationships outside
 * the document cite from it: their stored offsets are forgotten first (worked out on reading), and
 * the relationships the document writes store fresh ones.
 */
async function forgetMovedQuotes(db: Database, doc: GraphDocument): Promise<void> {
  const given = new Map(doc.sources.map((s) => [s.id, s.text]));
  const changed: string[] = [];
  // Only the ids go out; a first import of new sources reads nothing back.
  for (const ids of chunks([...given.keys()], 1000)) {
    for (const stored of await db.read(storedSourceTextsStatement(ids))) {
      if (stored.text !== given.get(stored.id)) changed.push(stored.id);
    }
  }
  if (changed.length > 0) await db.write(forgetEvidenceOffsetsStatement(changed));
}

/** Writes a validated document; see the module comment for the transaction policy. */
export async function writeGraph(db: Database, doc: GraphDocument, options: WriteOptions = {}): Promise<WriteSummary> {
  const batchSize = options.batchSize ?? 1000;
  const statements = writeStatements(doc, batchSize);
  const total = statements.reduce((n, s) => n + s.rows, 0);
  const summary: WriteSummary = {
    nodes: { created: 0, matched: 0 },
    relationships: { created: 0, matched: 0 },
    transactions: 0,
  };
  await forgetMovedQuotes(db, doc);
  let done = 0;
  const tally = (kind: 'node' | 'rel', rows: number, result: MergeCounts[]) => {
    const created = result[0]?.created ?? 0;
    const written = result[0]?.total ?? 0;
    if (written !== rows) {
      throw new Error(
        `expected to write ${rows} ${kind === 'node' ? 'nodes' : 'relationships'} but wrote ${written}: an endpoint is missing`,
      );
    }
    const counts = kind === 'node' ? summary.nodes : summary.relationships;
    counts.created += created;
    counts.matched += rows - created;
  };
  const singleLimit = options.singleTransactionLimit ?? 20_000;
  if (total <= singleLimit) {
    const pending = { nodes: { ...summary.nodes }, relationships: { ...summary.relationships } };
    await db.writeTransaction(async (run) => {
      // A retried transaction function starts again from zero.
      summary.nodes = { ...pending.nodes };
      summary.relationships = { ...pending.relationships };
      done = 0;
      for (const s of statements) {
        tally(s.kind, s.rows, await run(s.statement));
        done += s.rows;
        options.onProgress?.(done, total);
      }
    });
    summary.transactions = 1;
    return summary;
  }
  for (const s of statements) {
    // Checked inside the transaction, so a batch with a missing endpoint rolls back whole.
    const result = await db.writeTransaction(async (run) => {
      const rows = await run(s.statement);
      if ((rows[0]?.total ?? 0) !== s.rows) tally(s.kind, s.rows, rows);
      return rows;
    });
    tally(s.kind, s.rows, result);
    done += s.rows;
    summary.transactions += 1;
    options.onProgress?.(done, total);
  }
  return summary;
}

/**
 * Deletes every node and relationship: relationships first, then nodes, each in transactions of
 * `batchSize` deletions, so neither a hub with a million relationships nor a large graph can
 * exhaust the server's heap (a DETACH DELETE of 5,000 nodes could).
 */
export async function resetGraph(db: Database, batchSize = 10_000): Promise<void> {
  for (;;) {
    const rows = await db.write(deleteRelationshipBatchStatement(batchSize));
    if ((rows[0]?.deleted ?? 0) === 0) break;
  }
  for (;;) {
    const rows = await db.write(deleteBatchStatement(batchSize));
    if ((rows[0]?.deleted ?? 0) === 0) return;
  }
}

/** Node and relationship counts, for summaries and idempotency checks. */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [counts] = await db.read(countGraphStatement());
  return counts ?? { nodes: 0, relationships: 0 };
}
