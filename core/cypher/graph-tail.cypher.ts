/**
 * The tail of a drawn graph: what its selection asks of the edges beyond the edges themselves
 * (evidence sources, derivations and their ends), fetched in the graph's own statement.
 */

import { list, type Row } from '../db/decode.js';
import type { NodeValue, RelationshipValue } from '../domain/values.js';
import { nodeFromRow, relationshipFromRow } from './rows.js';
import { nodeMap, relMap } from './shared.js';

/**
 * What a subgraph's selection will ask of its edges beyond the edges themselves, fetched in the
 * same statement instead of by the loaders afterwards: the evidence sources of the edges, the
 * relationships they were derived from, and those relationships' endpoints and sources.
 */
export interface GraphTail {
  sources: boolean;
  derived: boolean;
  derivedEnds: boolean;
  derivedSources: boolean;
}

export const NO_TAIL: GraphTail = { sources: false, derived: false, derivedEnds: false, derivedSources: false };

/** The nodes and relationships a tail fetched (sources, derived relationships and their ends). */
export interface TailRows {
  tailNodes: NodeValue[];
  tailRels: RelationshipValue[];
}

/**
 * Clauses that fetch `tail` for the relationships in list `rels` (in scope), binding `tailNodes`
 * and `tailRels` (lists of row maps); '' and empty lists when nothing is asked.
 */
export function tailClauses(rels: string, tail: GraphTail): string {
  if (!tail.sources && !tail.derived) return `WITH *, [] AS tailNodes, [] AS tailRels\n`;
  const derived = tail.derived
    ? `CALL (${rels}) {
  UNWIND ${rels} AS r
  UNWIND coalesce(r.derivedFrom, []) AS did
  WITH DISTINCT did
  // A relationship id is from:TYPE:to[:key]: both endpoints through the id index, then the edge.
  WITH did, split(did, ':') AS part
  MATCH (:Node {id: part[0]})-[d]->(:Node {id: part[2]})
  WHERE d.id = did
  RETURN collect(d) AS ds
}
`
    : `WITH *, [] AS ds
`;
  const withSources = [tail.sources ? rels : null, tail.derived && tail.derivedSources ? 'ds' : null].filter(
    (x): x is string => x !== null,
  );
  const sources = withSources.length
    ? `CALL (${rels}, ds) {
  UNWIND ${withSources.join(' + ')} AS x
  UNWIND coalesce(x.evidenceSources, []) AS sid
  WITH DISTINCT sid
  MATCH (s:Source {id: sid})
  RETURN collect(s) AS srcs
}
`
    : `WITH *, [] AS srcs
`;
  // Many derived relationships share an end (the event they came from): each node once.
  const nodes =
    tail.derived && tail.derivedEnds
      ? `CALL (srcs, ds) {
  UNWIND srcs + [d IN ds | startNode(d)] + [d IN ds | endNode(d)] AS n
  RETURN collect(DISTINCT n) AS tailNodeList
}
`
      : `WITH *, srcs AS tailNodeList
`;
  return `${derived}${sources}${nodes}WITH *, [n IN tailNodeList | ${nodeMap('n')}] AS tailNodes, [d IN ds | ${relMap('d')}] AS tailRels
`;
}

export function tailFromRow(row: Row): TailRows {
  return {
    tailNodes: list(row, 'tailNodes').map(nodeFromRow),
    tailRels: list(row, 'tailRels').map(relationshipFromRow),
  };
}
