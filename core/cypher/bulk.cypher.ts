/**
 * Statements of the streaming bulk load into an empty database: plain CREATE of one type per
 * statement (the labels and type from the closed vocabulary, every value a parameter). With no
 * node to find first, a batch costs a fraction of a MERGE; loads into a database that already holds
 * data use the MERGE statements of graph-write.cypher.ts instead.
 */
import { num, type Row } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import {
  isRelationshipType,
  NODE_LABELS,
  type NodeType,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../domain/vocabulary.js';
import { DATE_VALUE_PROPS, type Props } from '../storage/properties.js';
import type { MergeCounts } from './graph-write.cypher.js';
import { SEARCH_INDEX } from './schema.cypher.js';

const dates = (props: readonly string[]) =>
  props.map((p) => `${p}: CASE WHEN row.props.${p} IS NULL THEN null ELSE date(row.props.${p}) END`).join(', ');

const created = (row: Row): MergeCounts => {
  const total = num(row, 'total', 0);
  return { created: total, total };
};

/** Creates a batch of new nodes of one type. */
export function createNodesStatement(type: NodeType, rows: { id: string; props: Props }[]): Statement<MergeCounts> {
  const labels = NODE_LABELS[type].map((l) => `:${l}`).join('');
  return {
    cypher: `UNWIND $rows AS row
CREATE (n${labels})
SET n = row.props
SET n += {${dates(DATE_VALUE_PROPS)}}
RETURN count(*) AS total`,
    params: { rows },
    decode: created,
  };
}

/**
 * Creates a batch of new relationships of one type between existing nodes. The properties are
 * written as a literal map of the rows' keys (every row has the same keys): a `SET r = map` after
 * the endpoint lookups makes the planner buffer the whole batch (an Eager) first.
 */
export function createRelationshipsStatement(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; props: Props }[],
): Statement<MergeCounts> {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${type}`);
  const keys = Object.keys(rows[0]?.props ?? { id: null });
  for (const key of keys) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`not a property name: ${key}`);
  const map = keys
    .map((k) => (k === 'dateStart' || k === 'dateEnd' ? `${k}: date(row.props.${k})` : `${k}: row.props.${k}`))
    .join(', ');
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:${type} {${map}}]->(b)
RETURN count(*) AS total`,
    params: { rows },
    decode: created,
  };
}

/**
 * Schema a bulk load into an empty database does without while it writes: the per-type
 * relationship id constraints and date indexes and the full-text index. Each would be updated
 * row by row inside every batch; built once afterwards (applySchema) they cost a fraction. The
 * node id constraint stays: every relationship batch looks its endpoints up through it.
 */
export function deferredSchemaDropStatements(): Statement[] {
  const out: string[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    out.push(`DROP CONSTRAINT rel_${type.toLowerCase()}_id IF EXISTS`);
    out.push(`DROP INDEX rel_${type.toLowerCase()}_date IF EXISTS`);
  }
  out.push(`DROP INDEX ${SEARCH_INDEX} IF EXISTS`);
  return out.map((cypher) => ({ cypher }));
}
