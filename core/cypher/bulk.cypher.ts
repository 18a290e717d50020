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

const created = (row: Row): MergeCounts => {
  const total = num(row, 'total', 0);
  return { created: total, total };
};

const DATE_VALUES = new Set<string>(DATE_VALUE_PROPS);

/**
 * The property names of a batch (every key any row has, in first-seen order), checked to be plain
 * identifiers before they go into the statement.
 */
function batchKeys(rows: readonly { props: Props }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key in row.props) keys.add(key);
  for (const key of keys) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`not a property name: ${key}`);
  return [...keys];
}

/**
 * A literal property map reading row[offset + i] for keys[i]. A null (or missing) value sets
 * nothing, as `SET n = map` would; DATE values are converted with date(), which passes null through.
 */
function propertyMap(keys: readonly string[], offset: number): string {
  return keys
    .map((k, i) => (DATE_VALUES.has(k) ? `${k}: date(row[${offset + i}])` : `${k}: row[${offset + i}]`))
    .join(', ');
}

/** The rows as lists of values in the order of `keys`: key names are not repeated on every row. */
function valueLists<R extends { props: Props }>(
  keys: readonly string[],
  rows: readonly R[],
  lead: (row: R) => unknown[],
) {
  return rows.map((row) => {
    const values = lead(row);
    for (const key of keys) values.push(row.props[key] ?? null);
    return values;
  });
}

/**
 * Creates a batch of new nodes of one type. Rows go over the wire as lists (the property names
 * once in the statement, not once per row), which halves what the driver packs and Neo4j reads.
 */
export function createNodesStatement(type: NodeType, rows: { id: string; props: Props }[]): Statement<MergeCounts> {
  const labels = NODE_LABELS[type].map((l) => `:${l}`).join('');
  const keys = batchKeys(rows);
  return {
    cypher: `UNWIND $rows AS row
CREATE (n${labels} {${propertyMap(keys, 0)}})
RETURN count(*) AS total`,
    params: { rows: valueLists(keys, rows, () => []) },
    decode: created,
  };
}

/**
 * Creates a batch of new relationships of one type between existing nodes, each row a list
 * `[from, to, ...values]`. The properties are a literal map in the CREATE: a `SET r = map` after
 * the endpoint lookups makes the planner buffer the whole batch (an Eager) first.
 */
export function createRelationshipsStatement(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; props: Props }[],
): Statement<MergeCounts> {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${type}`);
  const keys = batchKeys(rows);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Node {id: row[0]})
MATCH (b:Node {id: row[1]})
CREATE (a)-[r:${type} {${propertyMap(keys, 2)}}]->(b)
RETURN count(*) AS total`,
    params: { rows: valueLists(keys, rows, (row) => [row.from, row.to]) },
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
