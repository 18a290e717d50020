/**
 * Statements the write services need besides the seed writer's MERGE statements (which they
 * reuse, so the property mapping stays in graph-seed/store). Pure: values are parameters,
 * relationship types come only from the closed vocabulary.
 */

import type { Statement } from '../db/index.js';
import { isRelationshipType, type RelationshipType } from '../domain/vocabulary.js';

function relType(type: string): RelationshipType {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${JSON.stringify(type)}`);
  return type;
}

/** Nodes by id with their labels and properties (missing ids simply return no row). */
export function nodesByIdStatement(ids: readonly string[]): Statement {
  return {
    cypher: 'MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS props',
    params: { ids: [...new Set(ids)] },
  };
}

/** Sources by id with their text, for checking quotes. */
export function sourceTextsStatement(ids: readonly string[]): Statement {
  return {
    cypher: 'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, s.text AS text',
    params: { ids: [...new Set(ids)] },
  };
}

/** One relationship by id, with its endpoints. */
export function relationshipByIdStatement(type: RelationshipType, id: string): Statement {
  return {
    cypher: `MATCH (a:Node)-[r:${relType(type)} {id: $id}]->(b:Node) RETURN a.id AS from, b.id AS to, properties(r) AS props`,
    params: { id },
  };
}

/** Derived relationships that name any of `ids` in their derivedFrom list. */
export function dependentsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `MATCH ()-[d]->() WHERE d.status = 'DERIVED' AND any(base IN coalesce(d.derivedFrom, []) WHERE base IN $ids)
RETURN d.id AS id, type(d) AS type ORDER BY id`,
    params: { ids: [...ids] },
  };
}

/** Deletes the relationships of one type with the given ids; returns how many went. */
export function deleteRelationshipsStatement(type: RelationshipType, ids: readonly string[]): Statement {
  return {
    cypher: `MATCH ()-[r:${relType(type)}]->() WHERE r.id IN $ids DELETE r RETURN count(*) AS deleted`,
    params: { ids: [...ids] },
  };
}

/** Relationships whose evidence quotes the source, with their parallel evidence lists. */
export function evidenceOfSourceStatement(sourceId: string): Statement {
  return {
    cypher: `MATCH ()-[r]->() WHERE $id IN coalesce(r.evidenceSources, [])
RETURN r.id AS id, r.evidenceSources AS sources, r.evidenceQuotes AS quotes ORDER BY id`,
    params: { id: sourceId },
  };
}
