/**
 * Statements of the streaming bulk load into an empty database: plain CREATE of one type per
 * statement (the labels and type from the closed vocabulary, every value a parameter). With no
 * node to find first, a batch costs a fraction of a MERGE; loads into a database that already holds
 * data use the MERGE statements of graph-write.cypher.ts instead.
 */
import { num, type Row, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import { isRelationshipType, NODE_LABELS, type NodeType, type RelationshipType } from '../domain/vocabulary.js';
import { DATE_VALUE_PROPS, type Props } from '../storage/properties.js';
import type { MergeCounts } from './graph-write.cypher.js';
import { schemaNameOf, schemaStatements } from './schema.cypher.js';

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

/** What a node batch created: its counts, and each node's id with the element id Neo4j gave it. */
export interface CreatedNodes extends MergeCounts {
  ids: string[];
  elementIds: string[];
}

/**
 * Creates a batch of new nodes of one type and returns their element ids, so relationship batches
 * find their endpoints by element id rather than through the id index. Rows go over the wire as
 * lists (the property names once in the statement, not once per row).
 */
export function createNodesStatement(type: NodeType, rows: { id: string; props: Props }[]): Statement<CreatedNodes> {
  const labels = NODE_LABELS[type].map((l) => `:${l}`).join('');
  const keys = batchKeys(rows);
  return {
    // Two collects in one aggregation stay aligned row by row.
    cypher: `UNWIND $rows AS row
CREATE (n${labels} {${propertyMap(keys, 0)}})
RETURN count(*) AS total, collect(n.id) AS ids, collect(elementId(n)) AS elementIds`,
    params: { rows: valueLists(keys, rows, () => []) },
    decode: (row) => ({ ...created(row), ids: texts(row, 'ids'), elementIds: texts(row, 'elementIds') }),
  };
}

/**
 * Creates a batch of new relationships of one type between nodes created earlier in the same load,
 * each row a list `[from, to, ...values]` where the endpoints are the element ids `elementIds`
 * maps them to: a seek by element id costs Neo4j less than a locking seek in the id index. An id
 * missing from the map is sent as null and matches nothing, so the batch writes fewer rows than it
 * holds (which the writer treats as a missing endpoint). The properties are a literal map in the
 * CREATE: a `SET r = map` after the endpoint lookups makes the planner buffer the whole batch (an
 * Eager) first.
 */
export function createRelationshipsStatement(
  type: RelationshipType,
  rows: { id: string; from: string; to: string; props: Props }[],
  elementIds: ReadonlyMap<string, string>,
): Statement<MergeCounts> {
  if (!isRelationshipType(type)) throw new Error(`not a relationship type: ${type}`);
  const keys = batchKeys(rows);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row[0]
MATCH (b) WHERE elementId(b) = row[1]
CREATE (a)-[r:${type} {${propertyMap(keys, 2)}}]->(b)
RETURN count(*) AS total`,
    params: {
      rows: valueLists(keys, rows, (row) => [elementIds.get(row.from) ?? null, elementIds.get(row.to) ?? null]),
    },
    decode: created,
  };
}

/**
 * Schema a bulk load into an empty database does without while it writes: every constraint and
 * index of schemaStatements (node ids and properties, relationship ids and dates, the full-text
 * index). Each would be updated row by row inside every batch (a party is entered in seven
 * indexes, an event in eight); built once afterwards (applySchema) they cost a fraction. None is
 * needed while writing: relationship batches find their endpoints by element id, and the check
 * pass has already refused an id given twice (the database being empty, no id can clash with a
 * stored one). Neo4j's own token lookup indexes stay.
 */
export function deferredSchemaDropStatements(): Statement[] {
  return schemaStatements().map((statement) => {
    const kind = statement.cypher.startsWith('CREATE CONSTRAINT') ? 'CONSTRAINT' : 'INDEX';
    return { cypher: `DROP ${kind} ${schemaNameOf(statement)} IF EXISTS` };
  });
}
