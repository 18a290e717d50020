/** Statements that return subgraphs: a named network, a neighbourhood, shortest paths. */

import { flag, list, num, text } from '../db/decode.js';
import type { Plain, Statement } from '../db/index.js';
import type { NodeValue, RelationshipValue } from '../domain/values.js';
import type { RelationshipType } from '../domain/vocabulary.js';
import { type GraphTail, NO_TAIL, TAIL_COLUMNS, type TailRows, tailClauses, tailFromRow } from './graph-tail.cypher.js';
import { returnInParts } from './parts.js';
import { nodeDecoder, nodeFromRow, relationshipDecoder, relationshipFromRow } from './rows.js';
import {
  cypherInt,
  type DrawnProp,
  hops,
  nodeMap,
  nodeMapOf,
  relMap,
  relMapOf,
  type TypeFilter,
  typeAlternation,
} from './shared.js';

/**
 * How much of each node and relationship a drawn graph returns: the stored properties the
 * selection shows (shared.ts DRAWN_PROPS), or null for the whole record.
 */
export interface GraphProjection {
  nodeProps: readonly DrawnProp[] | null;
  edgeProps: readonly DrawnProp[] | null;
}

const FULL: GraphProjection = { nodeProps: null, edgeProps: null };

/** Where a page of a network ends: the last relationship's sort values and id. */
export interface NetworkPosition {
  /** The relationship's day (YYYY-MM-DD), '' when it has none. */
  day: string;
  /** Summed degree of its endpoints. */
  degree: number;
  id: string;
}

export interface NetworkQuery {
  /** Non-empty list of relationship types to draw. */
  types: readonly RelationshipType[];
  /** YYYY-MM-DD bounds of the period of interest (inclusive), or null for open. */
  from: string | null;
  to: string | null;
  limit: number;
  /** Start after this position (keyset paging), or null for the first page. */
  after?: NetworkPosition | null;
  tail?: GraphTail;
  projection?: GraphProjection;
}

export interface NetworkEdgeRow {
  rel: RelationshipValue;
  position: NetworkPosition;
}

export interface NetworkRow extends TailRows {
  /** Relationships in the whole network, on all pages. */
  total: number;
  /** The page's relationships, most relevant first. */
  edges: NetworkEdgeRow[];
  /** Their endpoints, each once. */
  nodes: NodeValue[];
}

/** Decodes a network edge, `[rel, day, degree]` (the position's id is the relationship's). */
function edgeRowOf(decodeRel: (plain: Plain) => RelationshipValue): (value: Plain) => NetworkEdgeRow {
  return (value) => {
    const [rel = null, day = null, degree = null] = list({ edge: value }, 'edge');
    const decoded = decodeRel(rel);
    const at = { day, degree };
    return { rel: decoded, position: { day: text(at, 'day'), degree: num(at, 'degree'), id: decoded.id } };
  };
}

/**
 * Every relationship of the given types whose time overlaps [from, to], most relevant first:
 * the most recent (by day, undated last), then those between the best connected nodes (summed
 * degree of the endpoints), then by id so that pages are stable. An edge's time is its own date
 * or, when it has none, the date of its event endpoint; open periods are ongoing; edges with no
 * time at all are timeless and always included. One row: the total and the page.
 */
/** `(a)-[r]->(b)` of the network's types whose time overlaps [from, to] (see networkStatement). */
function networkMatch(q: Pick<NetworkQuery, 'types' | 'from' | 'to'>): string {
  const overlap: string[] = [];
  if (q.from) overlap.push('(spanEnd IS NULL OR spanEnd >= date($from))');
  if (q.to) overlap.push('spanStart <= date($to)');
  const where = overlap.length ? `WHERE spanStart IS NULL OR (${overlap.join(' AND ')})` : '';
  return `MATCH (a:Node)-[r${typeAlternation(q.types)}]->(b:Node)
  WITH a, r, b,
    CASE WHEN r.dateStart IS NOT NULL THEN r.dateStart
      WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateStart
      WHEN b:Event THEN b.dateStart END AS spanStart,
    CASE WHEN r.dateStart IS NOT NULL THEN r.dateEnd
      WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateEnd
      WHEN b:Event THEN b.dateEnd END AS spanEnd
  ${where}`;
}

const windowOf = (q: Pick<NetworkQuery, 'from' | 'to'>) => ({
  ...(q.from ? { from: q.from } : {}),
  ...(q.to ? { to: q.to } : {}),
});

/**
 * The whole network for streaming, in two statements run in one read transaction: every endpoint
 * once, then every relationship, in no particular order (no sort, so the server streams rows as
 * it finds them and a client can take in a million relationships).
 */
export function networkStreamStatements(q: Pick<NetworkQuery, 'types' | 'from' | 'to'>): {
  nodes: Statement<NodeValue>;
  relationships: Statement<RelationshipValue>;
} {
  const match = networkMatch(q);
  return {
    nodes: {
      cypher: `${match}
UNWIND [a, b] AS n
WITH DISTINCT n
RETURN ${nodeMap('n')} AS node`,
      params: windowOf(q),
      decode: (row) => nodeFromRow(row.node ?? null),
    },
    relationships: {
      cypher: `${match}
RETURN ${relMap('r')} AS rel`,
      params: windowOf(q),
      decode: (row) => relationshipFromRow(row.rel ?? null),
    },
  };
}

export function networkStatement(q: NetworkQuery): Statement<NetworkRow> {
  const light = q.projection ?? FULL;
  const match = networkMatch(q);
  const after = q.after
    ? 'WHERE day < $afterDay OR (day = $afterDay AND (degree < $afterDegree OR (degree = $afterDegree AND r.id > $afterId)))'
    : '';
  return {
    cypher: `CALL () {
  ${match}
  RETURN count(r) AS total
}
CALL () {
  ${match}
  WITH a, r, b, coalesce(toString(spanStart), '') AS day, COUNT { (a)--() } + COUNT { (b)--() } AS degree
  ${after}
  ORDER BY day DESC, degree DESC, r.id
  LIMIT $limit
  RETURN collect([${relMapOf('r', light.edgeProps)}, day, degree]) AS edges, collect(r) AS rs,
    collect(DISTINCT a) + collect(DISTINCT b) AS ends
}
${tailClauses('rs', q.tail ?? NO_TAIL)}CALL (ends) {
  UNWIND ends AS n
  RETURN collect(DISTINCT n) AS nodes
}
${returnInParts(
  [['total', 'total']],
  [['edges', 'edges'], [`[n IN nodes | ${nodeMapOf('n', light.nodeProps)}]`, 'nodes'], ...TAIL_COLUMNS],
)}`,
    params: {
      ...windowOf(q),
      ...(q.after ? { afterDay: q.after.day, afterDegree: cypherInt(q.after.degree), afterId: q.after.id } : {}),
      limit: cypherInt(q.limit),
    },
    decode: (row) => ({
      total: num(row, 'total'),
      edges: list(row, 'edges').map(edgeRowOf(relationshipDecoder(light.edgeProps))),
      nodes: list(row, 'nodes').map(nodeDecoder(light.nodeProps)),
      ...tailFromRow(row, q.tail ?? NO_TAIL),
    }),
  };
}

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  types: TypeFilter;
  /** Most nodes besides the centre; the nearest are kept, then the best connected. */
  limit: number;
  /** Count the relationships among all the nodes within `depth` (not only those kept); default true. */
  countEdges?: boolean;
  tail?: GraphTail;
  projection?: GraphProjection;
}

export interface NeighbourhoodRow extends TailRows {
  nodes: NodeValue[];
  rels: RelationshipValue[];
  /** Nodes within `depth` steps besides the centre, before the limit. */
  totalNodes: number;
  /** Relationships of the given types among all those nodes and the centre, before the limit; null when not counted. */
  totalEdges: number | null;
}

/**
 * The nodes within `depth` steps of a node (nearest first, then by degree, at most `limit`),
 * every relationship of the given types among them, and the size of the whole neighbourhood.
 * No row when the centre does not exist.
 *
 * Walked one layer at a time: each layer is the distinct new neighbours of the one before, so
 * a busy node's second layer costs its neighbours' degrees, not every path of length two
 * (`*2..2` enumerates paths, and repeats the first layer inside the second).
 */
export function neighbourhoodStatement(q: NeighbourhoodQuery): Statement<NeighbourhoodRow> {
  const light = q.projection ?? FULL;
  const types = typeAlternation(q.types);
  hops(q.depth, q.depth); // bounds-checks the depth
  const layers: string[] = [];
  const seen = ['[start]'];
  for (let d = 1; d <= q.depth; d += 1) {
    const from = d === 1 ? '[start]' : `layer${d - 1}`;
    const scope = ['start', ...Array.from({ length: d - 1 }, (_, i) => `layer${i + 1}`)].join(', ');
    // The nodes already reached are one list, built once per layer, not once per row.
    layers.push(`CALL (${scope}) {
  WITH *, ${seen.join(' + ')} AS seen
  UNWIND ${from} AS a
  MATCH (a)-[${types}]-(m)
  WHERE NOT m IN seen
  RETURN collect(DISTINCT m) AS layer${d}
}`);
    seen.push(`layer${d}`);
  }
  const ordered = Array.from({ length: q.depth }, (_, i) => `[m IN layer${i + 1} | {m: m, d: ${i + 1}}]`).join(' + ');
  const countEdges = q.countEdges ?? true;
  const total = countEdges
    ? `CALL (everything) {
  UNWIND everything AS a
  MATCH (a)-[r${types}]->(b)
  WHERE b IN everything
  RETURN count(DISTINCT r) AS totalEdges
}
`
    : '';
  return {
    cypher: `MATCH (start:Node {id: $id})
${layers.join('\n')}
CALL (${Array.from({ length: q.depth }, (_, i) => `layer${i + 1}`).join(', ')}) {
  UNWIND ${ordered} AS x
  WITH x.m AS m, x.d AS d
  WITH m, d, COUNT { (m)--() } AS degree
  ORDER BY d, degree DESC, m.id
  RETURN collect(m) AS around
}
WITH start, [start] + around AS everything, [start] + around[0..$limit] AS ns
${total}CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r${types}]->(b)
  WHERE b IN ns
  RETURN collect(DISTINCT r) AS rs
}
${tailClauses('rs', q.tail ?? NO_TAIL)}${returnInParts(
  [
    ['size(everything) - 1', 'totalNodes'],
    [countEdges ? 'totalEdges' : 'null', 'totalEdges'],
  ],
  [
    [`[n IN ns | ${nodeMapOf('n', light.nodeProps)}]`, 'nodes'],
    [`[r IN rs | ${relMapOf('r', light.edgeProps)}]`, 'rels'],
    ...TAIL_COLUMNS,
  ],
)}`,
    params: { id: q.id, limit: cypherInt(q.limit) },
    decode: (row) => ({
      nodes: list(row, 'nodes').map(nodeDecoder(light.nodeProps)),
      rels: list(row, 'rels').map(relationshipDecoder(light.edgeProps)),
      totalNodes: num(row, 'totalNodes'),
      totalEdges: row.totalEdges === null ? null : num(row, 'totalEdges'),
      ...tailFromRow(row, q.tail ?? NO_TAIL),
    }),
  };
}

export interface PathQuery {
  from: string;
  to: string;
  types: TypeFilter;
  maxLength: number;
  /** All shortest paths, or just one. */
  all: boolean;
  /** Most paths returned when `all` is set. */
  maxPaths: number;
  tail?: GraphTail;
  projection?: GraphProjection;
}

/**
 * Shortest path(s) between two distinct nodes, ignoring direction. Always one row, telling
 * whether each endpoint exists; the path lists are empty when no path is short enough.
 */
export interface PathRow extends TailRows {
  fromFound: boolean;
  toFound: boolean;
  /** The nodes and relationships on the paths, each once. */
  nodes: NodeValue[];
  rels: RelationshipValue[];
}

export function pathStatement(q: PathQuery): Statement<PathRow> {
  const light = q.projection ?? FULL;
  const fn = q.all ? 'allShortestPaths' : 'shortestPath';
  return {
    cypher: `OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = ${fn}((a)-[${typeAlternation(q.types)}${hops(1, q.maxLength)}]-(b))
  WITH p LIMIT $maxPaths
  RETURN collect(p) AS paths
}
CALL (paths) {
  UNWIND paths AS p
  UNWIND nodes(p) AS n
  RETURN collect(DISTINCT n) AS ns
}
CALL (paths) {
  UNWIND paths AS p
  UNWIND relationships(p) AS r
  RETURN collect(DISTINCT r) AS rs
}
${tailClauses('rs', q.tail ?? NO_TAIL)}${returnInParts(
  [
    ['a IS NOT NULL', 'fromFound'],
    ['b IS NOT NULL', 'toFound'],
  ],
  [
    [`[n IN ns | ${nodeMapOf('n', light.nodeProps)}]`, 'nodes'],
    [`[r IN rs | ${relMapOf('r', light.edgeProps)}]`, 'rels'],
    ...TAIL_COLUMNS,
  ],
)}`,
    params: { from: q.from, to: q.to, maxPaths: cypherInt(q.maxPaths) },
    decode: (row) => ({
      fromFound: flag(row, 'fromFound'),
      toFound: flag(row, 'toFound'),
      nodes: list(row, 'nodes').map(nodeDecoder(light.nodeProps)),
      rels: list(row, 'rels').map(relationshipDecoder(light.edgeProps)),
      ...tailFromRow(row, q.tail ?? NO_TAIL),
    }),
  };
}
