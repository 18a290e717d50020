/**
 * Statements the write services need besides the seed writer's MERGE statements (which they
 * reuse, so the property mapping stays in core/storage). Pure: values are parameters,
 * relationship types come only from the closed vocabulary.
 *
 * Writes that merge into what is already stored take the entity's write lock before they read it
 * (`SET x._lock = true REMOVE x._lock`: no property changes, but the lock is held until the
 * transaction ends), so concurrent writers queue instead of overwriting each other.
 */

import { flag, map, num, type Row, text, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import type { EvidenceRecord, RelationshipRecord } from '../domain/records.js';
import { isRelationshipType, type RelationshipType } from '../domain/vocabulary.js';
import { type Props, relationshipFromProps } from '../storage/properties.js';

function relType(type: string): RelationshipType {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${JSON.stringify(type)}`);
  return type;
}

/** A node as the write services see it: its labels and stored properties. */
export interface NodeRow {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
}

const nodeRow = (row: Row): NodeRow => ({
  id: text(row, 'id'),
  labels: texts(row, 'labels'),
  props: map(row, 'props'),
});

/**
 * Nodes by id with their labels and properties (missing ids simply return no row). With
 * `lock`, each node's write lock is taken before its properties are read.
 */
export function nodesByIdStatement(ids: readonly string[], options: { lock?: boolean } = {}): Statement<NodeRow> {
  const lock = options.lock ? 'SET n._lock = true REMOVE n._lock ' : '';
  return {
    cypher: `MATCH (n:Node) WHERE n.id IN $ids ${lock}RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    params: { ids: [...new Set(ids)].sort() },
    decode: nodeRow,
  };
}

/**
 * Sources by id with their text, for checking quotes. Each source's write lock is taken first, so
 * a quote is checked against the text that is stored when the transaction commits (an
 * `updateSource` changing it waits, and then sees the new quote).
 */
export function sourceTextsStatement(ids: readonly string[]): Statement<{ id: string; text: string }> {
  return {
    cypher:
      'MATCH (s:Source) WHERE s.id IN $ids SET s._lock = true REMOVE s._lock RETURN s.id AS id, coalesce(s.text, "") AS text',
    // Sorted, so two transactions locking the same sources take the locks in the same order.
    params: { ids: [...new Set(ids)].sort() },
    decode: (row) => ({ id: text(row, 'id'), text: text(row, 'text') }),
  };
}

/**
 * One relationship by id, with its endpoints. With `lock`, the write locks of its start node and
 * of itself are taken first, as `relate` takes them: a retract and a relate of the same
 * relationship then run one after the other, never the relate on a relationship deleted under it.
 */
export function relationshipByIdStatement(
  type: RelationshipType,
  id: string,
  options: { lock?: boolean } = {},
): Statement<RelationshipRecord> {
  const t = relType(type);
  // Locked: the start node is locked first and the relationship matched again under the lock,
  // so a relationship deleted meanwhile is not found rather than half-read.
  const match = options.lock
    ? `MATCH (s:Node)-[:${t} {id: $id}]->(:Node) WITH DISTINCT s SET s._lock = true REMOVE s._lock WITH s
MATCH (a:Node)-[r:${t} {id: $id}]->(b:Node) WHERE a = s SET r._lock = true REMOVE r._lock`
    : `MATCH (a:Node)-[r:${t} {id: $id}]->(b:Node)`;
  return {
    cypher: `${match} RETURN a.id AS from, b.id AS to, properties(r) AS props`,
    params: { id },
    decode: (row) => relationshipFromProps(map(row, 'props'), t, text(row, 'from'), text(row, 'to')),
  };
}

/** What `relate` states: evidence to add, and the fields to set (undefined keeps, null clears). */
export interface RelateValues {
  id: string;
  from: string;
  to: string;
  /** Without duplicates; pieces already stored are skipped by the statement. */
  evidence: readonly EvidenceRecord[];
  role: string | null | undefined;
  note: string | null | undefined;
  /** The date properties (`dateToProps('date', …)`), or undefined to keep the stored date. */
  dateProps: Props | undefined;
}

/** The relationship as `relate` left it, and whether it was there before. */
export interface RelateRow {
  created: boolean;
  record: RelationshipRecord;
}

/**
 * `relate` in one statement: lock the start node (the lock `retract` takes too, so a relationship
 * cannot be deleted between this MERGE finding it and writing to it), MERGE the relationship, take
 * its write lock, then append the evidence not yet stored (list comprehensions over the stored
 * parallel lists, read under the lock) and set the given fields. Twenty concurrent calls therefore queue on the lock and each
 * appends to what the previous one committed. A derived relationship keeps its status DERIVED,
 * which the service refuses, rolling the transaction back.
 */
export function relateStatement(type: RelationshipType, values: RelateValues): Statement<RelateRow> {
  const t = relType(type);
  const sets = [
    'r.evidenceSources = oldSources + [e IN fresh | e.source]',
    'r.evidenceQuotes = oldQuotes + [e IN fresh | e.quote]',
    // Offsets stay parallel to the quotes: appended when every stored quote has one, else left out.
    'r.evidenceOffsets = CASE WHEN r.evidenceOffsets IS NULL AND size(oldSources) > 0 THEN null ELSE coalesce(r.evidenceOffsets, []) + [e IN fresh | e.offset] END',
  ];
  if (values.role !== undefined) sets.push('r.role = $role');
  if (values.note !== undefined) sets.push('r.note = $note');
  const setDate =
    values.dateProps === undefined
      ? ''
      : `
SET r += $dateProps
SET r.dateStart = CASE WHEN $dateProps.dateStart IS NULL THEN null ELSE date($dateProps.dateStart) END,
  r.dateEnd = CASE WHEN $dateProps.dateEnd IS NULL THEN null ELSE date($dateProps.dateEnd) END`;
  return {
    cypher: `MATCH (a:Node {id: $from})
SET a._lock = true
REMOVE a._lock
WITH a
MATCH (b:Node {id: $to})
MERGE (a)-[r:${t} {id: $id}]->(b)
ON CREATE SET r.status = 'STATED', r.evidenceSources = [], r.evidenceQuotes = [], r.evidenceOffsets = [], r.derivedFrom = [], r._created = true
SET r._lock = true
WITH a, b, r, r._created IS NOT NULL AS created
REMOVE r._lock, r._created
WITH a, b, r, created, coalesce(r.evidenceSources, []) AS oldSources, coalesce(r.evidenceQuotes, []) AS oldQuotes
WITH a, b, r, created, oldSources, oldQuotes,
  [e IN $evidence WHERE none(i IN range(0, size(oldSources) - 1) WHERE oldSources[i] = e.source AND oldQuotes[i] = e.quote)] AS fresh
SET ${sets.join(',\n  ')}${setDate}
RETURN created, a.id AS from, b.id AS to, properties(r) AS props`,
    params: {
      id: values.id,
      from: values.from,
      to: values.to,
      evidence: values.evidence.map((e) => ({ source: e.source, quote: e.quote, offset: e.offset ?? null })),
      role: values.role ?? null,
      note: values.note ?? null,
      dateProps: values.dateProps ?? null,
    },
    decode: (row) => ({
      created: flag(row, 'created'),
      record: relationshipFromProps(map(row, 'props'), t, text(row, 'from'), text(row, 'to')),
    }),
  };
}

/** A derived relationship that names one of the given ids among its bases. */
export interface DependentRow {
  id: string;
  type: RelationshipType;
}

/** Derived relationships that name any of `ids` in their derivedFrom list. */
export function dependentsStatement(ids: readonly string[]): Statement<DependentRow> {
  return {
    cypher: `MATCH ()-[d]->() WHERE d.status = 'DERIVED' AND any(base IN coalesce(d.derivedFrom, []) WHERE base IN $ids)
RETURN d.id AS id, type(d) AS type ORDER BY id`,
    params: { ids: [...ids] },
    decode: (row) => ({ id: text(row, 'id'), type: relType(text(row, 'type')) }),
  };
}

/** Deletes the relationships of one type with the given ids; returns how many went. */
export function deleteRelationshipsStatement(
  type: RelationshipType,
  ids: readonly string[],
): Statement<{ deleted: number }> {
  return {
    cypher: `MATCH ()-[r:${relType(type)}]->() WHERE r.id IN $ids DELETE r RETURN count(*) AS deleted`,
    params: { ids: [...ids] },
    decode: (row) => ({ deleted: num(row, 'deleted', 0) }),
  };
}

/** A relationship's parallel evidence lists. */
export interface EvidenceListsRow {
  id: string;
  sources: string[];
  quotes: string[];
}

/**
 * Forgets the stored quote offsets of the relationships citing any of these sources, whose texts
 * change: they are worked out from the new texts on reading (storage/properties.ts evidenceOffsets).
 */
export function forgetEvidenceOffsetsStatement(sourceIds: readonly string[]): Statement {
  return {
    cypher: `MATCH ()-[r]->() WHERE r.evidenceOffsets IS NOT NULL AND any(id IN r.evidenceSources WHERE id IN $ids)
REMOVE r.evidenceOffsets`,
    params: { ids: [...sourceIds] },
  };
}

/** The stored texts of those of these sources that exist. */
export function storedSourceTextsStatement(ids: readonly string[]): Statement<{ id: string; text: string }> {
  return {
    cypher: 'MATCH (s:Source) WHERE s.id IN $ids RETURN s.id AS id, coalesce(s.text, "") AS text',
    params: { ids: [...ids] },
    decode: (row) => ({ id: text(row, 'id'), text: text(row, 'text') }),
  };
}

/**
 * Relationships whose evidence quotes the source, with their parallel evidence lists, for a change
 * of the source's text. The same pass forgets their stored quote offsets, which the new text moves
 * (they are worked out on reading): one scan of the relationships instead of two. A caller that
 * refuses the change throws, and its transaction puts the offsets back.
 */
export function evidenceOfChangingSourceStatement(sourceId: string): Statement<EvidenceListsRow> {
  return {
    cypher: `MATCH ()-[r]->() WHERE $id IN coalesce(r.evidenceSources, [])
REMOVE r.evidenceOffsets
RETURN r.id AS id, r.evidenceSources AS sources, r.evidenceQuotes AS quotes ORDER BY id`,
    params: { id: sourceId },
    decode: (row) => ({ id: text(row, 'id'), sources: texts(row, 'sources'), quotes: texts(row, 'quotes') }),
  };
}
