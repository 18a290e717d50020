/**
 * Writes validated documents with batched `UNWIND … MERGE` statements. MERGE on ids makes a
 * second load a no-op for counts. A small graph goes in one transaction (all or nothing); a large
 * one in transactions of `batchSize` rows, each atomic, and a retry completes an interrupted load.
 */
import type { Database, Statement } from '../../api/db/index.js';
import type { GraphDocument } from '../model/records.js';
import { NODE_LABELS, type NodeType, RELATIONSHIP_TYPES, type RelationshipType } from '../model/vocabulary.js';
import {
  DATE_VALUE_PROPS,
  eventToProps,
  type Props,
  partyToProps,
  placeToProps,
  relationshipToProps,
  sourceToProps,
} from './properties.js';

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

/** Converts ISO day strings in `props` to Neo4j DATEs inside the statement. */
const SET_DATES = DATE_VALUE_PROPS.map(
  (p) => `${p}: CASE WHEN row.props.${p} IS NULL THEN null ELSE date(row.props.${p}) END`,
).join(', ');

/** One statement that merges a batch of nodes of one type (labels come from the closed map). */
export function mergeNodesStatement(type: NodeType, rows: { id: string; props: Props }[]): Statement {
  const labels = NODE_LABELS[type].map((l) => `:${l}`).join('');
  return {
    cypher: `UNWIND $rows AS row
OPTIONAL MATCH (existing:Node {id: row.id})
WITH row, existing IS NULL AS isNew
MERGE (n:Node {id: row.id})
SET n${labels}
SET n += row.props
SET n += {${SET_DATES}}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, count(*) AS total`,
    params: { rows },
  };
}

/** One statement that merges a batch of relationships of one type between existing nodes. */
export function mergeRelationshipsStatement(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; props: Props }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
OPTIONAL MATCH (a)-[existing:${type} {id: row.id}]->(b)
WITH row, a, b, existing IS NULL AS isNew
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r += row.props
SET r += {dateStart: CASE WHEN row.props.dateStart IS NULL THEN null ELSE date(row.props.dateStart) END, dateEnd: CASE WHEN row.props.dateEnd IS NULL THEN null ELSE date(row.props.dateEnd) END}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, count(*) AS total`,
    params: { rows },
  };
}

function nodeRows(doc: GraphDocument): Map<NodeType, { id: string; props: Props }[]> {
  const byType = new Map<NodeType, { id: string; props: Props }[]>();
  const add = (type: NodeType, props: Props) => {
    const list = byType.get(type) ?? [];
    list.push({ id: String(props.id), props });
    byType.set(type, list);
  };
  for (const s of doc.sources) add('Source', sourceToProps(s));
  for (const p of doc.places) add('Place', placeToProps(p));
  for (const p of doc.parties) add(p.type, partyToProps(p));
  for (const e of doc.events) add(e.type, eventToProps(e));
  return byType;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every statement needed to write `doc`, nodes before relationships, each with its row count. */
export function writeStatements(
  doc: GraphDocument,
  batchSize: number,
): { statement: Statement; rows: number; kind: 'node' | 'rel' }[] {
  const out: { statement: Statement; rows: number; kind: 'node' | 'rel' }[] = [];
  for (const [type, rows] of nodeRows(doc)) {
    for (const batch of chunks(rows, batchSize)) {
      out.push({ statement: mergeNodesStatement(type, batch), rows: batch.length, kind: 'node' });
    }
  }
  for (const type of RELATIONSHIP_TYPES) {
    const rows = doc.relationships
      .filter((r) => r.type === type)
      .map((r) => ({ id: r.id, from: r.from, to: r.to, props: relationshipToProps(r) }));
    for (const batch of chunks(rows, batchSize)) {
      out.push({ statement: mergeRelationshipsStatement(type, batch), rows: batch.length, kind: 'rel' });
    }
  }
  return out;
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
  let done = 0;
  const tally = (kind: 'node' | 'rel', rows: number, result: Record<string, unknown>[]) => {
    const created = Number(result[0]?.created ?? 0);
    const written = Number(result[0]?.total ?? 0);
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
      if (Number(rows[0]?.total ?? 0) !== s.rows) tally(s.kind, s.rows, rows);
      return rows;
    });
    tally(s.kind, s.rows, result);
    done += s.rows;
    summary.transactions += 1;
    options.onProgress?.(done, total);
  }
  return summary;
}

/** Deletes every node and relationship, in batches so a large graph fits in memory. */
export async function resetGraph(db: Database): Promise<void> {
  for (;;) {
    const rows = await db.write({
      cypher: 'MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS deleted',
    });
    if (Number(rows[0]?.deleted ?? 0) === 0) return;
  }
}

/** Node and relationship counts, for summaries and idempotency checks. */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const rows = await db.read({
    cypher:
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  });
  return { nodes: Number(rows[0]?.nodes ?? 0), relationships: Number(rows[0]?.relationships ?? 0) };
}
