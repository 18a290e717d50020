/** Statements that return subgraphs: a named network, a neighbourhood, shortest paths. */

import type { Statement } from '../db/index.js';
import type { RelationshipType } from '../domain/vocabulary.js';
import { cypherInt, hops, nodeMap, relMap, type TypeFilter, typeAlternation } from './shared.js';

export interface NetworkQuery {
  /** Non-empty list of relationship types to draw. */
  types: readonly RelationshipType[];
  /** YYYY-MM-DD bounds of the period of interest (inclusive), or null for open. */
  from: string | null;
  to: string | null;
  limit: number;
}

/**
 * Every relationship of the given types whose time overlaps [from, to]. An edge's time is its own
 * date or, when it has none, the date of its event endpoint; open periods are ongoing; edges with
 * no time at all are timeless and always drawn.
 */
export function networkStatement(q: NetworkQuery): Statement {
  const overlap: string[] = [];
  if (q.from) overlap.push('(spanEnd IS NULL OR spanEnd >= date($from))');
  if (q.to) overlap.push('spanStart <= date($to)');
  const where = overlap.length ? `WHERE spanStart IS NULL OR (${overlap.join(' AND ')})` : '';
  return {
    cypher: `MATCH (a:Node)-[r${typeAlternation(q.types)}]->(b:Node)
WITH a, r, b,
  CASE WHEN r.dateStart IS NOT NULL THEN r.dateStart
    WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateStart
    WHEN b:Event THEN b.dateStart END AS spanStart,
  CASE WHEN r.dateStart IS NOT NULL THEN r.dateEnd
    WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateEnd
    WHEN b:Event THEN b.dateEnd END AS spanEnd
${where}
WITH a, r, b ORDER BY r.id LIMIT $limit
RETURN ${nodeMap('a')} AS fromNode, ${nodeMap('b')} AS toNode, ${relMap('r')} AS rel`,
    params: { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), limit: cypherInt(q.limit) },
  };
}

export interface NeighbourhoodQuery {
  id: string;
  depth: number;
  types: TypeFilter;
  /** Most nodes besides the centre; the nearest are kept. */
  limit: number;
}

/**
 * The nodes within `depth` steps of a node (nearest first, at most `limit`) and every relationship
 * of the given types among them. No row when the centre does not exist.
 */
export function neighbourhoodStatement(q: NeighbourhoodQuery): Statement {
  const types = typeAlternation(q.types);
  const layers: string[] = [];
  for (let d = 1; d <= q.depth; d += 1) {
    layers.push(`  OPTIONAL MATCH (start)-[${types}${hops(d, d)}]-(m) WHERE m <> start RETURN DISTINCT m, ${d} AS d`);
  }
  return {
    cypher: `MATCH (start:Node {id: $id})
CALL (start) {
${layers.join('\n  UNION\n')}
}
WITH start, m, min(d) AS d
ORDER BY d, m.id
WITH start, collect(m)[0..$limit] AS near
WITH [start] + near AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r${types}]->(b)
  WHERE b IN ns
  RETURN collect(DISTINCT ${relMap('r')}) AS rels
}
RETURN [n IN ns | ${nodeMap('n')}] AS nodes, rels`,
    params: { id: q.id, limit: cypherInt(q.limit) },
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
}

/**
 * Shortest path(s) between two distinct nodes, ignoring direction. Always one row, telling
 * whether each endpoint exists; the path lists are empty when no path is short enough.
 */
export function pathStatement(q: PathQuery): Statement {
  const fn = q.all ? 'allShortestPaths' : 'shortestPath';
  return {
    cypher: `OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
CALL (a, b) {
  OPTIONAL MATCH p = ${fn}((a)-[${typeAlternation(q.types)}${hops(1, q.maxLength)}]-(b))
  WITH p LIMIT $maxPaths
  RETURN collect(p) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
  [p IN paths | [n IN nodes(p) | ${nodeMap('n')}]] AS pathNodes,
  [p IN paths | [r IN relationships(p) | ${relMap('r')}]] AS pathRels`,
    params: { from: q.from, to: q.to, maxPaths: cypherInt(q.maxPaths) },
  };
}
