/** Batch reads behind the per-request loaders: each call is one statement, whatever the batch size. */
import {
  dateRangeStatement,
  nodesByIdsStatement,
  type PartyEventsKey,
  partyEventsStatement,
  type RelationshipPageKey,
  relationshipPagesStatement,
  relationshipsByIdsStatement,
} from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { nodeFromRow, relationshipFromRow } from '../../core/cypher/rows.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';

/** Nodes by id, in the order asked; null where no node has that id. */
export async function nodesByIds(db: Database, ids: readonly string[]): Promise<(NodeValue | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read(nodesByIdsStatement(ids));
  const byId = new Map<string, NodeValue>();
  for (const row of rows) {
    const node = nodeFromRow(row.node ?? null);
    byId.set(node.id, node);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

/** Relationships by id, in the order asked; null where none has that id. */
export async function relationshipsByIds(db: Database, ids: readonly string[]): Promise<(RelationshipValue | null)[]> {
  const statement = relationshipsByIdsStatement(ids);
  if (statement === null) return ids.map(() => null);
  const rows = await db.read(statement);
  const byId = new Map<string, RelationshipValue>();
  for (const row of rows) {
    const rel = relationshipFromRow(row.rel ?? null);
    byId.set(rel.id, rel);
  }
  return ids.map((id) => byId.get(id) ?? null);
}

export interface RelationshipPage {
  total: number;
  relationships: RelationshipValue[];
}

/** Pages of relationships for many nodes, in the order of `keys`. */
export async function relationshipPages(
  db: Database,
  keys: readonly RelationshipPageKey[],
): Promise<RelationshipPage[]> {
  if (keys.length === 0) return [];
  const rows = await db.read(relationshipPagesStatement(keys));
  const byKey = new Map<string, RelationshipPage>();
  for (const row of rows) {
    const rels = Array.isArray(row.rels) ? row.rels.map(relationshipFromRow) : [];
    byKey.set(String(row.key), { total: Number(row.total ?? 0), relationships: rels });
  }
  return keys.map((k) => byKey.get(k.key) ?? { total: 0, relationships: [] });
}

/** Events of many parties, in the order of `keys`. */
export async function partyEvents(db: Database, keys: readonly PartyEventsKey[]): Promise<NodeValue[][]> {
  if (keys.length === 0) return [];
  const rows = await db.read(partyEventsStatement(keys));
  const byKey = new Map<string, NodeValue[]>();
  for (const row of rows) {
    byKey.set(String(row.key), Array.isArray(row.events) ? row.events.map(nodeFromRow) : []);
  }
  return keys.map((k) => byKey.get(k.key) ?? []);
}

/** First and last calendar day covered by dated events; null when no event has a date. */
export async function eventDateRange(db: Database): Promise<{ first: string; last: string } | null> {
  const [row] = await db.read(dateRangeStatement());
  if (!row || typeof row.first !== 'string' || typeof row.last !== 'string') return null;
  return { first: row.first, last: row.last };
}
