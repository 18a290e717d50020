/** Batch reads behind the per-request loaders: each call is one statement, whatever the batch size. */
import {
  dateRangeStatement,
  type EventSliceRow,
  type FoldedNode,
  foldedNodesStatement,
  type NodeFold,
  nodesByIdsStatement,
  type PartyEventsKey,
  partyEventsStatement,
  type RelationshipSliceKey,
  type RelationshipSliceRow,
  relationshipSlicesStatement,
  relationshipsByIdsStatement,
} from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';

/** Nodes by id, in the order asked; null where no node has that id. */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeValue | null)[]> {
  if (ids.length === 0) return [];
  const nodes = await db.read(nodesByIdsStatement(ids));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Nodes by id with what `fold` asks for, in one statement; null where no node has that id. */
export async function foldedNodesByIds(
  db: Database,
  ids: readonly string[],
  fold: NodeFold,
): Promise<(FoldedNode | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(foldedNodesStatement(ids, fold));
  const byId = new Map(rows.map((r) => [r.node.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Relationships by id, in the order asked; null where none has that id. */
export async function relationshipsByIds(db: Database, ids: readonly string[]): Promise<(RelationshipValue | null)[]> {
  const statement = relationshipsByIdsStatement(ids);
  if (statement === null) return ids.map(() => null);
  const rels = await db.read(statement);
  const byId = new Map(rels.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

const EMPTY_SLICE: RelationshipSliceRow = { total: 0, rels: [], cited: [], tailNodes: [], tailRels: [] };
const EMPTY_EVENTS: EventSliceRow = { total: 0, events: [], places: [] };

/** Slices of relationships for many nodes, in the order of `keys` (empty for a node that does not exist). */
export async function relationshipSlices(
  db: Database,
  keys: readonly RelationshipSliceKey[],
): Promise<RelationshipSliceRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.read(relationshipSlicesStatement(keys));
  const byKey = new Map(rows.map((r) => [r.key, r.slice]));
  return keys.map((k) => byKey.get(k.key) ?? EMPTY_SLICE);
}

/** Event slices of many parties, in the order of `keys`. */
export async function partyEvents(db: Database, keys: readonly PartyEventsKey[]): Promise<EventSliceRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.read(partyEventsStatement(keys));
  const byKey = new Map(rows.map((r) => [r.key, r.slice]));
  return keys.map((k) => byKey.get(k.key) ?? EMPTY_EVENTS);
}

/** First and last calendar day covered by dated events; null when no event has a date. */
export async function eventDateRange(db: Database): Promise<{ first: string; last: string } | null> {
  const [row] = await db.read(dateRangeStatement());
  if (!row || row.first === null || row.last === null) return null;
  return { first: row.first, last: row.last };
}
