/**
 * Reads what an import must respect from the database, and the guard every load passes: a node of
 * the document whose id the database already gives a node of another type is refused, never
 * relabelled (an organisation "iran" does not become a place because a file says so).
 */
import {
  nodeTypesStatement,
  partOfPairsStatement,
  partyIdentitiesStatement,
  placeIdentitiesStatement,
} from '../../core/cypher/identity.cypher.js';
import type { Database } from '../../core/db/index.js';
import type { GraphDocument } from '../../core/domain/records.js';
import type { NodeType } from '../../core/domain/vocabulary.js';
import type { IdentitySnapshot } from './registry.js';

/** The parties and places of the database, for resolving names against them. */
export async function loadIdentitySnapshot(db: Database): Promise<IdentitySnapshot> {
  return db.readTransaction(async (run) => {
    const parties = await run(partyIdentitiesStatement());
    const places = await run(placeIdentitiesStatement());
    const partOf = new Set((await run(partOfPairsStatement())).map((p) => `${p.from}>${p.to}`));
    const nodeTypes = new Map<string, NodeType>();
    for (const p of parties) nodeTypes.set(p.id, p.type);
    for (const p of places) nodeTypes.set(p.id, 'Place');
    return { parties, places, nodeTypes, partOf };
  });
}

/** Every node of `doc` as [id, type]. */
export function documentNodeTypes(doc: GraphDocument): [string, NodeType][] {
  return [
    ...doc.sources.map((s): [string, NodeType] => [s.id, 'Source']),
    ...doc.places.map((p): [string, NodeType] => [p.id, 'Place']),
    ...doc.parties.map((p): [string, NodeType] => [p.id, p.type]),
    ...doc.events.map((e): [string, NodeType] => [e.id, e.type]),
  ];
}

export interface IdConflict {
  id: string;
  /** The type the document gives the id. */
  type: NodeType;
  /** The type the database already gives it. */
  existing: NodeType | null;
}

/** Ids the document would give a node of another type than the database does (checked in batches of 10,000). */
export async function idConflicts(db: Database, doc: GraphDocument): Promise<IdConflict[]> {
  const wanted = documentNodeTypes(doc);
  const out: IdConflict[] = [];
  for (let i = 0; i < wanted.length; i += 10_000) {
    const batch = wanted.slice(i, i + 10_000);
    const found = new Map((await db.read(nodeTypesStatement(batch.map(([id]) => id)))).map((r) => [r.id, r.type]));
    for (const [id, type] of batch) {
      if (!found.has(id)) continue;
      const existing = found.get(id) ?? null;
      if (existing !== type) out.push({ id, type, existing });
    }
  }
  return out;
}

/** One line per conflict, for the CLI. */
export function formatIdConflicts(conflicts: readonly IdConflict[]): string {
  return conflicts
    .map(
      (c) =>
        `${c.id}: the database already has a ${c.existing ?? 'node of another kind'} with this id; it would not be relabelled as a ${c.type}. Give the new node another id.`,
    )
    .join('\n');
}
