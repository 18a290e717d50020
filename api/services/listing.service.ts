/** The parties and events connections: keyset pages with opaque cursors and a filtered total. */
import {
  type EventFilterValues,
  eventsPageStatement,
  type FoldedNode,
  joinParts,
  type Keyset,
  type PageOptions,
  type PageRow,
  type PartyFilterValues,
  partiesPageStatement,
} from '../../core/cypher/index.js';
import type { Database, Statement } from '../../core/db/index.js';
import type { EventSort, PartySort } from '../../core/domain/index.js';
import type { NodeValue } from '../../core/domain/values.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfoValue;
  totalCount: number;
}

/**
 * An edge whose cursor is encoded when read: most selections of nested lists never ask for it.
 * A class, so the getter lives once on its prototype instead of a closure made for every edge.
 */
class Edge<T> {
  private encoded: string | undefined;

  constructor(
    private readonly position: Keyset,
    readonly node: T,
  ) {}

  get cursor(): string {
    this.encoded ??= encodeCursor(this.position);
    return this.encoded;
  }
}

/** A connection's pageInfo, whose cursors are its edges' own, read when asked for. */
class PageInfo<T> implements PageInfoValue {
  constructor(
    private readonly edges: readonly Edge<T>[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/** Builds a connection from `first + 1` rows (the extra row only says that more follow). */
export function connectionOf<T>(
  rows: { position: Keyset; node: T }[],
  first: number,
  total: number,
  afterGiven: boolean,
): ConnectionValue<T> {
  const edges: Edge<T>[] = [];
  for (const row of rows) {
    if (edges.length === first) break;
    edges.push(new Edge(row.position, row.node));
  }
  // Forward paging: a valid `after` means at least that row came before.
  return { edges, totalCount: total, pageInfo: new PageInfo(edges, rows.length > first, afterGiven) };
}

/** A page of nodes, and the folded rows behind it for the loaders to be primed with. */
export interface ListingValue {
  connection: ConnectionValue<NodeValue>;
  folded: FoldedNode[];
}

async function page(
  db: Database,
  statement: (after: Keyset | null, limit: number) => Statement<PageRow>,
  first: number,
  after: string | null,
): Promise<ListingValue> {
  const position = after === null ? null : decodeCursor(after, 'after');
  const row = joinParts(await db.read(statement(position, first + 1)));
  const list = row?.page ?? [];
  const rows = list.map((item) => ({
    position: { key: item.sortKey, id: item.folded.node.id },
    node: item.folded.node,
  }));
  // The total is only counted when `totalCount` is selected; otherwise nothing reads it.
  const connection = connectionOf<NodeValue>(rows, first, row?.total ?? 0, position !== null);
  return { connection, folded: list.slice(0, first).map((item) => item.folded) };
}

export function listParties(
  db: Database,
  filter: PartyFilterValues,
  sort: PartySort,
  first: number,
  after: string | null,
  options?: PageOptions,
): Promise<ListingValue> {
  return page(db, (position, limit) => partiesPageStatement(filter, sort, position, limit, options), first, after);
}

export function listEvents(
  db: Database,
  filter: EventFilterValues,
  sort: EventSort,
  first: number,
  after: string | null,
  options?: PageOptions,
): Promise<ListingValue> {
  return page(db, (position, limit) => eventsPageStatement(filter, sort, position, limit, options), first, after);
}
