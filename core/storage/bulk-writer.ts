/**
 * The streaming bulk writer: records are handed over one at a time, gathered per type into large
 * batches, and written as one `UNWIND` statement per batch with several transactions in flight.
 * Memory is bounded by `batchSize × (types + concurrency)` rows whatever the size of the input,
 * plus, when creating, each node's element id (about 150 bytes a node).
 *
 * Order: a relationship batch is only sent once every node handed over before it is committed,
 * so endpoints always exist (a stream that lists nodes before relationships pays this wait once).
 * When creating, relationship batches find their endpoints by the element ids the node batches
 * returned, which costs Neo4j less than a seek in the id index.
 * Each batch is its own transaction: an interrupted load leaves whole batches, and in MERGE mode
 * a rerun completes it.
 */
import { type CreatedNodes, createNodesStatement, createRelationshipsStatement } from '../cypher/bulk.cypher.js';
import { type MergeCounts, mergeNodesStatement, mergeRelationshipsStatement } from '../cypher/graph-write.cypher.js';
import type { Database, Statement } from '../db/index.js';
import type { NodeType, RelationshipType } from '../domain/vocabulary.js';
import type { WriteCounts } from './graph-writer.js';
import type { Props } from './properties.js';

export interface BulkWriterOptions {
  /** Rows per statement and transaction (default 5,000). */
  batchSize?: number;
  /** Transactions in flight at once (default 3). */
  concurrency?: number;
  /** CREATE instead of MERGE: only for a database known to hold none of the ids (default false). */
  create?: boolean;
  /** Called after each committed batch with the nodes and relationships written so far. */
  onProgress?: (nodes: number, relationships: number) => void;
}

export interface BulkSummary {
  nodes: WriteCounts;
  relationships: WriteCounts;
  transactions: number;
}

type NodeRow = { id: string; props: Props };
type RelRow = { id: string; from: string; to: string; props: Props };

export class BulkWriter {
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly nodeBuffers = new Map<NodeType, NodeRow[]>();
  private readonly relBuffers = new Map<RelationshipType, RelRow[]>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly nodeWrites = new Set<Promise<void>>();
  /** Element ids of the nodes created so far, by id (CREATE mode only). */
  private readonly elementIds = new Map<string, string>();
  /** True when nodes were handed over since relationships last waited for them. */
  private nodesPending = false;
  private failure: unknown = null;
  readonly summary: BulkSummary = {
    nodes: { created: 0, matched: 0 },
    relationships: { created: 0, matched: 0 },
    transactions: 0,
  };

  constructor(
    private readonly db: Database,
    private readonly options: BulkWriterOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5000;
    this.concurrency = Math.max(1, options.concurrency ?? 3);
  }

  /** Hands over one node; resolves once it is buffered (waiting when too many batches are in flight). */
  async node(type: NodeType, row: NodeRow): Promise<void> {
    this.check();
    const buffer = this.nodeBuffers.get(type) ?? [];
    buffer.push(row);
    this.nodeBuffers.set(type, buffer);
    this.nodesPending = true;
    if (buffer.length >= this.batchSize) await this.flushNodes(type);
  }

  /** Hands over one relationship whose endpoints were handed over before it (or are in the database). */
  async relationship(type: RelationshipType, row: RelRow): Promise<void> {
    this.check();
    const buffer = this.relBuffers.get(type) ?? [];
    buffer.push(row);
    this.relBuffers.set(type, buffer);
    if (buffer.length >= this.batchSize) await this.flushRelationships(type);
  }

  /** Writes what is buffered and waits for every transaction; throws the first failure. */
  async finish(): Promise<BulkSummary> {
    for (const type of [...this.nodeBuffers.keys()]) await this.flushNodes(type);
    for (const type of [...this.relBuffers.keys()]) await this.flushRelationships(type);
    await Promise.allSettled([...this.inFlight]);
    this.check();
    return this.summary;
  }

  private check(): void {
    if (this.failure !== null) throw this.failure;
  }

  private async flushNodes(type: NodeType): Promise<void> {
    const rows = this.nodeBuffers.get(type) ?? [];
    if (rows.length === 0) return;
    this.nodeBuffers.set(type, []);
    const statement = this.options.create ? createNodesStatement(type, rows) : mergeNodesStatement(type, rows);
    const write = this.submit(statement, rows.length, 'node');
    this.nodeWrites.add(write);
    void write.finally(() => this.nodeWrites.delete(write));
    await this.throttle();
  }

  private async flushRelationships(type: RelationshipType): Promise<void> {
    const rows = this.relBuffers.get(type) ?? [];
    if (rows.length === 0) return;
    this.relBuffers.set(type, []);
    if (this.nodesPending) {
      this.nodesPending = false;
      for (const nodeType of [...this.nodeBuffers.keys()]) await this.flushNodes(nodeType);
      await Promise.allSettled([...this.nodeWrites]);
      this.check();
    }
    const statement = this.options.create
      ? createRelationshipsStatement(type, rows, this.elementIds)
      : mergeRelationshipsStatement(type, rows);
    this.submit(statement, rows.length, 'rel');
    await this.throttle();
  }

  private submit(statement: Statement<MergeCounts | CreatedNodes>, rows: number, kind: 'node' | 'rel'): Promise<void> {
    const work = this.db
      .writeTransaction(async (run): Promise<MergeCounts | CreatedNodes> => {
        const [counts] = await run(statement);
        // Checked inside the transaction, so a batch with a missing endpoint rolls back whole.
        if ((counts?.total ?? 0) !== rows) {
          throw new Error(
            `expected to write ${rows} ${kind === 'node' ? 'nodes' : 'relationships'} but wrote ${counts?.total ?? 0}: an endpoint is missing`,
          );
        }
        return counts ?? { created: 0, total: 0 };
      })
      .then((counts) => {
        // Recorded once committed, so a relationship batch only ever sees nodes that exist.
        if ('elementIds' in counts) {
          for (const [i, id] of counts.ids.entries()) this.elementIds.set(id, counts.elementIds[i] ?? '');
        }
        const into = kind === 'node' ? this.summary.nodes : this.summary.relationships;
        into.created += counts.created;
        into.matched += rows - counts.created;
        this.summary.transactions += 1;
        this.options.onProgress?.(
          this.summary.nodes.created + this.summary.nodes.matched,
          this.summary.relationships.created + this.summary.relationships.matched,
        );
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  /** Waits while `concurrency` transactions are in flight. */
  private async throttle(): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    this.check();
  }
}
