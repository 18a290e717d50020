/**
 * The tail of a drawn graph: what its selection asks of the edges beyond the edges themselves
 * (evidence sources, derivations and their ends), fetched in the graph's own statement.
 */

import { list, listOf, type Row, texts } from '../db/decode.js';
import type { Plain } from '../db/index.js';
import { type NodeValue, type RelationshipValue, type SourceValue, sourceValue } from '../domain/values.js';
import { SOURCE_PROPS_WITHOUT_TEXT, sourceFromProps } from '../storage/properties.js';
import type { Column } from './parts.js';
import { nodeDecoder, propsFromPlain, relationshipDecoder } from './rows.js';
import { type DrawnProp, nodeMapOf, relMapOf, wholeNode } from './shared.js';

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
  /**
   * The selection reads a cited source's `text`: the sources come back whole. Otherwise they come
   * back without it (a source's text is most of its size, and a graph can cite hundreds of
   * articles) and each quote's offset is worked out in the statement.
   */
  sourceTexts: boolean;
  /**
   * Only these stored properties of the relationships the edges were derived from (and their
   * ids), when the selection under `derivedFrom` shows no more than that; absent or null: whole
   * records. Values read in part must stay out of the loaders' caches.
   */
  derivedProps?: readonly DrawnProp[] | null;
  /** The same for those relationships' ends (what `derivedFrom { fromNode toNode }` shows). */
  derivedEndProps?: readonly DrawnProp[] | null;
}

export const NO_TAIL: GraphTail = {
  sources: false,
  derived: false,
  derivedEnds: false,
  derivedSources: false,
  sourceTexts: false,
};

/** A source that evidence of the tail's relationships cites, and where each of those quotes starts in it. */
export interface CitedSource {
  /** The source; without its text (`text` is '') unless `whole`. */
  source: SourceValue;
  whole: boolean;
  /**
   * Evidence.offset of each quote cited without a stored offset: UTF-16 code units, as
   * JavaScript's indexOf counts, -1 when the text does not hold it. Cypher counts characters
   * (code points), the same only when no character before the quote lies beyond U+FFFF; such
   * quotes are left out here and their offset is worked out from the text itself.
   */
  offsets: Map<string, number>;
}

/**
 * The nodes and relationships a tail fetched (derived relationships and their ends, cited
 * sources); the first two hold only some properties when the tail's `derivedEndProps` and
 * `derivedProps` say so.
 */
export interface TailRows {
  tailNodes: NodeValue[];
  tailRels: RelationshipValue[];
  cited: CitedSource[];
}

/**
 * A source without its text: the values of the properties sourceFromProps reads, in the order of
 * SOURCE_PROPS_WITHOUT_TEXT (a list carries no key strings for the driver to decode).
 */
const WITHOUT_TEXT = `[${SOURCE_PROPS_WITHOUT_TEXT.map((p) => `s.${p}`).join(', ')}]`;

/**
 * A CALL binding `col` to the sources that the evidence of the relationships in list expression
 * `rels` cites, each once, as `[props, quotes, offsets]` (citedFromPlain): the properties without
 * the text unless `whole`, and the offset of each quote cited from it by a relationship that does
 * not store its quotes' offsets (older writes, bulk loads; storage/properties.ts evidenceOffsets).
 */
function citedSourcesCall(rels: string, imports: string, whole: boolean, col: string): string {
  return `CALL (${imports}) {
  UNWIND ${rels} AS x
  WITH coalesce(x.evidenceSources, []) AS sids, coalesce(x.evidenceQuotes, []) AS qs,
    size(coalesce(x.evidenceOffsets, [])) = size(coalesce(x.evidenceSources, [])) AS placed
  UNWIND range(0, size(sids) - 1) AS i
  WITH DISTINCT sids[i] AS sid, CASE WHEN placed THEN null ELSE qs[i] END AS q
  WITH sid, collect(q) AS quotes
  MATCH (s:Source {id: sid})
  // A quote starts after the text before its first occurrence; counted in characters (code points,
  // what size() counts), which are UTF-16 code units only when none of them lies beyond U+FFFF.
  WITH s, quotes, [q IN quotes | CASE WHEN q = '' THEN ['', ''] ELSE split(s.text, q) END] AS cut
  RETURN collect([${whole ? wholeNode('s') : WITHOUT_TEXT}, quotes,
    [parts IN cut | CASE WHEN size(parts) < 2 THEN -1 WHEN parts[0] =~ '[\\\\x{0}-\\\\x{FFFF}]*' THEN size(parts[0]) END]]) AS ${col}
}
`;
}

/** Whether `tail` asks anything beyond the edges: without it, tailClauses binds empty lists. */
export function asksTail(tail: GraphTail): boolean {
  return tail.sources || tail.derived;
}

/**
 * Clauses that fetch `tail` for the relationships in list `rels` (in scope), binding `tailNodes`
 * and `tailRels` (the derivations and their ends, as rows) and `cited` (citedSourcesCall); empty
 * lists when nothing is asked.
 */
export function tailClauses(rels: string, tail: GraphTail): string {
  if (!asksTail(tail)) return `WITH *, [] AS tailNodes, [] AS tailRels, [] AS cited\n`;
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
    ? citedSourcesCall(withSources.join(' + '), `${rels}, ds`, tail.sourceTexts, 'cited')
    : `WITH *, [] AS cited
`;
  // Many derived relationships share an end (the event they came from): each node once.
  const nodes =
    tail.derived && tail.derivedEnds
      ? `CALL (ds) {
  UNWIND [d IN ds | startNode(d)] + [d IN ds | endNode(d)] AS n
  RETURN collect(DISTINCT n) AS tailNodeList
}
`
      : `WITH *, [] AS tailNodeList
`;
  return `${derived}${sources}${nodes}WITH *, [n IN tailNodeList | ${nodeMapOf('n', tail.derivedEndProps ?? null)}] AS tailNodes, [d IN ds | ${relMapOf('d', tail.derivedProps ?? null)}] AS tailRels
`;
}

/** The list columns tailClauses binds, for returnInParts. */
export const TAIL_COLUMNS: readonly Column[] = [
  ['tailNodes', 'tailNodes'],
  ['tailRels', 'tailRels'],
  ['cited', 'cited'],
];

/** Decodes one row of citedSourcesCall. */
function citedFromPlain(whole: boolean): (plain: Plain, i: number) => CitedSource {
  return (plain, i) => {
    const parts = listOf(plain, 'cited', i);
    const props = parts[0] ?? null;
    const row: Row = { props, quotes: parts[1] ?? null, offsets: parts[2] ?? null };
    const record = sourceFromProps(propsFromPlain(props, whole ? null : SOURCE_PROPS_WITHOUT_TEXT));
    const quoted = texts(row, 'quotes');
    const found = list(row, 'offsets');
    const byQuote = new Map<string, number>();
    quoted.forEach((q, k) => {
      const at = found[k];
      // null: the text has a character beyond U+FFFF before the quote (counted from the text instead).
      if (typeof at === 'number') byQuote.set(q, at);
    });
    return { source: sourceValue(record), whole, offsets: byQuote };
  };
}

/** Decodes the columns tailClauses binds for `tail`. */
export function tailFromRow(row: Row, tail: GraphTail): TailRows {
  // The three lists are empty when nothing was asked (tailClauses): nothing to decode.
  if (!asksTail(tail)) return { tailNodes: [], tailRels: [], cited: [] };
  return {
    tailNodes: list(row, 'tailNodes').map(nodeDecoder(tail.derivedEndProps ?? null)),
    tailRels: list(row, 'tailRels').map(relationshipDecoder(tail.derivedProps ?? null)),
    cited: list(row, 'cited').map(citedFromPlain(tail.sourceTexts)),
  };
}
