/**
 * The bulk write statements: batched `UNWIND … MERGE` of nodes and relationships (MERGE on ids,
 * so a second load changes no counts), batched deletes, and graph counts. Labels and types come
 * from the closed vocabulary; every value is a parameter.
 */
import { flag, num, type Row } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import { isRelationshipType, NODE_LABELS, type NodeType, type RelationshipType } from '../domain/vocabulary.js';
import { DATE_VALUE_PROPS, type Props } from '../storage/properties.js';
import { cypherInt } from './shared.js';

/** Converts ISO day strings in `props` to Neo4j DATEs inside the statement. */
const SET_DATES = DATE_VALUE_PROPS.map(
  (p) => `${p}: CASE WHEN row.props.${p} IS NULL THEN null ELSE date(row.props.${p}) END`,
).join(', ');

/** What a batch merge reports: how many rows it created, of how many written. */
export interface MergeCounts {
  created: number;
  total: number;
}

const REL_DATES = ['dateStart', 'dateEnd']
  .map((p) => `${p}: CASE WHEN row.props.${p} IS NULL THEN null ELSE date(row.props.${p}) END`)
  .join(', ');

const mergeCounts = (row: Row): MergeCounts => ({ created: num(row, 'created', 0), total: num(row, 'total', 0) });

/** One statement that merges a batch of nodes of one type (labels come from the closed map). */
export function mergeNodesStatement(type: NodeType, rows: { id: string; props: Props }[]): Statement<MergeCounts> {
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
    decode: mergeCounts,
  };
}

/** One statement that merges a batch of relationships of one type between existing nodes. */
export function mergeRelationshipsStatement(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; props: Props }[],
): Statement<MergeCounts> {
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
    decode: mergeCounts,
  };
}

/** Deletes up to `limit` nodes with their relationships; returns how many were deleted. */
export function deleteBatchStatement(limit: number): Statement<{ deleted: number }> {
  return {
    cypher: 'MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted',
    params: { limit: cypherInt(limit) },
    decode: (row) => ({ deleted: num(row, 'deleted', 0) }),
  };
}

/**
 * Deletes up to `limit` relationships; returns how many were deleted. Deleting relationships first
 * keeps every transaction of a reset to `limit` deletions, whatever the degree of the nodes.
 */
export function deleteRelationshipBatchStatement(limit: number): Statement<{ deleted: number }> {
  return {
    cypher: 'MATCH ()-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted',
    params: { limit: cypherInt(limit) },
    decode: (row) => ({ deleted: num(row, 'deleted', 0) }),
  };
}

/** A node of any type for the mixed merge: its labels are looked up in the closed map. */
export interface MixedNodeRow {
  type: NodeType;
  id: string;
  props: Props;
}

/** A relationship of any type for the mixed merge. */
export interface MixedRelationshipRow {
  type: RelationshipType;
  id: string;
  from: string;
  to: string;
  props: Props;
}

/**
 * One statement that merges nodes of every type at once (labels set with Neo4j 5.26's dynamic
 * `SET n:$(labels)`, the labels still coming from the closed map). A small load then plans one
 * statement instead of one per type: planning, not writing, is what a 100-row load spends its time
 * on. `replan=skip` keeps a cached plan after a reset changes the graph's size (the plan does not
 * depend on it), instead of planning again on every load into an emptied database.
 */
export function mergeMixedNodesStatement(rows: readonly MixedNodeRow[]): Statement<MergeCounts> {
  return {
    cypher: `CYPHER replan=skip
UNWIND $rows AS row
OPTIONAL MATCH (existing:Node {id: row.id})
WITH row, existing IS NULL AS isNew
MERGE (n:Node {id: row.id})
SET n:$(row.labels)
SET n += row.props
SET n += {${SET_DATES}}
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created, count(*) AS total`,
    params: { rows: rows.map((r) => ({ id: r.id, labels: NODE_LABELS[r.type], props: r.props })) },
    decode: mergeCounts,
  };
}

/**
 * One statement that merges relationships of every type at once (dynamic type, from the closed
 * vocabulary). The existing relationship is looked up from its two endpoints as a path of exactly
 * one step (`*1..1`), because a variable-length pattern can only be expanded from its bound
 * endpoints (VarLengthExpand(Into)). A plain `(a)-[x]->(b)`, in a MERGE, a pattern comprehension
 * or a subquery, may be planned as a scan of every relationship filtered on its endpoints when
 * the statistics say the graph is empty; `replan=skip` then kept that plan for the whole load, and
 * every row scanned every relationship written before it (a 26,000-relationship load took 64 s,
 * its last batches 4 s each).
 */
export function mergeMixedRelationshipsStatement(rows: readonly MixedRelationshipRow[]): Statement<MergeCounts> {
  for (const r of rows) if (!isRelationshipType(r.type)) throw new Error(`not a relationship type: ${r.type}`);
  return {
    cypher: `CYPHER replan=skip
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
OPTIONAL CALL (a, b, row) {
  MATCH (a)-[xs*1..1]->(b) WHERE xs[0].id = row.id AND type(xs[0]) = row.type
  RETURN xs[0] AS existing LIMIT 1
}
FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props
  SET r += {${REL_DATES}})
FOREACH (r IN CASE WHEN existing IS NULL THEN [] ELSE [existing] END |
  SET r += row.props
  SET r += {${REL_DATES}})
RETURN sum(CASE WHEN existing IS NULL THEN 1 ELSE 0 END) AS created, count(*) AS total`,
    params: { rows: rows.map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to, props: r.props })) },
    decode: mergeCounts,
  };
}

/** Node and relationship counts. */
export function countGraphStatement(): Statement<{ nodes: number; relationships: number }> {
  return {
    cypher:
      'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    decode: (row) => ({ nodes: num(row, 'nodes', 0), relationships: num(row, 'relationships', 0) }),
  };
}

/** Whether the database holds any Faultline node. */
export function hasDataStatement(): Statement<{ seeded: boolean }> {
  return { cypher: 'MATCH (n:Node) RETURN count(n) > 0 AS seeded', decode: (row) => ({ seeded: flag(row, 'seeded') }) };
}
