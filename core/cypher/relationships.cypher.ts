import type { Statement } from '../db/index.js';
import type { Direction } from '../domain/queries.js';
import { typeOfRelationshipId } from '../domain/records.js';
import { isRelationshipType, type RelationshipType } from '../domain/vocabulary.js';
import { cypherInt, relMap } from './shared.js';

/**
 * Relationships by id in one statement. The type encoded in each id picks the pattern, so each
 * branch uses that type's id constraint; ids that name no known type match nothing.
 */
export function relationshipsByIdsStatement(ids: readonly string[]): Statement | null {
  const byType = new Map<RelationshipType, string[]>();
  for (const id of ids) {
    const type = typeOfRelationshipId(id);
    if (type === undefined || !isRelationshipType(type)) continue;
    byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  if (byType.size === 0) return null;
  const params: Record<string, string[]> = {};
  const branches = [...byType].map(([type, list], i) => {
    params[`ids${i}`] = list;
    return `  UNWIND $ids${i} AS id MATCH ()-[r:${type} {id: id}]->() RETURN r`;
  });
  return {
    cypher: `CALL () {
${branches.join('\n  UNION ALL\n')}
}
RETURN ${relMap('r')} AS rel`,
    params,
  };
}

/** One node's slice of relationships: what `Node.relationships(...)` asks for. */
export interface RelationshipPageKey {
  /** Distinguishes the keys of one batch; echoed back in each row. */
  key: string;
  id: string;
  types: readonly RelationshipType[] | null;
  direction: Direction;
  /** Id of the last relationship already seen (keyset cursor), or null for the first page. */
  after: string | null;
  /** How many to return; callers ask one more than the page size to learn whether more follow. */
  limit: number;
}

/**
 * Pages of relationships for many nodes at once, ordered by relationship id, each with the total
 * count before paging. Relationship types are compared as values here because each key has its own.
 */
export function relationshipPagesStatement(keys: readonly RelationshipPageKey[]): Statement {
  return {
    cypher: `UNWIND $keys AS key
OPTIONAL MATCH (n:Node {id: key.id})
CALL (n, key) {
  OPTIONAL MATCH (n)-[r]-()
  WHERE (key.types IS NULL OR type(r) IN key.types)
    AND (key.direction = 'BOTH'
      OR (key.direction = 'OUT' AND startNode(r) = n)
      OR (key.direction = 'IN' AND endNode(r) = n))
  WITH DISTINCT r ORDER BY r.id
  WITH collect(r) AS matching
  RETURN size(matching) AS total,
    [x IN matching WHERE key.after IS NULL OR x.id > key.after][0..key.limit] AS page
}
RETURN key.key AS key, total, [r IN page | ${relMap('r')}] AS rels`,
    params: { keys: keys.map((k) => ({ ...k, types: k.types ? [...k.types] : null, limit: cypherInt(k.limit) })) },
  };
}
