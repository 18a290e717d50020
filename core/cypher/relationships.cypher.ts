import { flagOf, list, listOf, num, type Row, text, textOf, textsOf } from '../db/decode.js';
import type { Plain, Statement } from '../db/index.js';
import type { Direction } from '../domain/queries.js';
import { typeOfRelationshipId } from '../domain/records.js';
import type { NodeValue, RelationshipValue } from '../domain/values.js';
import { isRelationshipType, type RelationshipType } from '../domain/vocabulary.js';
import { groupBy } from '../group.js';
import { asksTail, type GraphTail, type TailRows, tailClauses, tailFromRow } from './graph-tail.cypher.js';
import {
  nodeFromParts,
  propsFromPlain,
  relationshipFromParts,
  relationshipFromRow,
  relPropsFromPlain,
} from './rows.js';
import {
  cypherInt,
  type DrawnProp,
  projectedKeys,
  propsListOf,
  relMap,
  type SliceKey,
  sliceBranches,
  typeAlternation,
  wholeNode,
  wholeRelationship,
} from './shared.js';

/**
 * Relationships by id in one statement. The type encoded in each id picks the pattern, so each
 * branch uses that type's id constraint; ids that name no known type match nothing.
 */
export function relationshipsByIdsStatement(ids: readonly string[]): Statement<RelationshipValue> | null {
  const typed = ids.flatMap((id) => {
    const type = typeOfRelationshipId(id);
    return type !== undefined && isRelationshipType(type) ? [{ id, type }] : [];
  });
  const byType = groupBy(
    typed,
    (r) => r.type,
    (r) => r.id,
  );
  if (byType.size === 0) return null;
  const params: Record<string, string[]> = {};
  const branches = [...byType].map(([type, list], i) => {
    params[`ids${i}`] = list;
    return `  UNWIND $ids${i} AS id MATCH ()-[r:${type} {id: id}]->() RETURN r`;
  });
  return {
    cypher: `CALL () {
${branches.join('\n  UNION ALL\n')}
}
RETURN ${relMap('r')} AS rel`,
    params,
    decode: (row) => relationshipFromRow(row.rel ?? null),
  };
}

/** Where a slice continues: the last row's recency key and relationship id (a keyset cursor). */
export interface SlicePosition {
  key: string;
  id: string;
}

/**
 * What one `relationships(...)` field of a node asks for. The shape (types, direction, whether
 * the other ends and the evidence sources come along) is spliced into the Cypher; the position
 * and size are parameters.
 */
export interface RelationshipSlice {
  types: readonly RelationshipType[] | null;
  direction: Direction;
  after: SlicePosition | null;
  limit: number;
  /** Return each relationship's other end in the same statement. */
  ends: boolean;
  /** Return the sources the kept relationships' evidence cites (GraphTail.sources). */
  sources: boolean;
  /** Return those sources whole, text included (GraphTail.sourceTexts); otherwise without it. */
  sourceTexts: boolean;
  /** Only these stored properties of each relationship (and its id), or null for the whole record. */
  relProps: readonly DrawnProp[] | null;
  /** Only these stored properties of each other end (and its id), or null for the whole record. */
  otherProps: readonly DrawnProp[] | null;
  /**
   * The kept relationships' derivations, fetched in the same statement (GraphTail without the
   * kept relationships' own sources, which `sources` covers): the relationships they were
   * derived from, and those relationships' ends and evidence sources when asked.
   */
  derived: Derivations;
}

/** What a slice fetches of its relationships' derivations. */
export type Derivations = Pick<
  GraphTail,
  'derived' | 'derivedEnds' | 'derivedSources' | 'derivedProps' | 'derivedEndProps'
>;

/** A slice as it comes back: the total before paging and the kept relationships, most recent first. */
export interface RelationshipSliceRow extends TailRows {
  total: number;
  rels: { rel: RelationshipValue; sortKey: string; other: NodeValue | null }[];
}

/** A slice that fetches no derivations. */
export const NO_DERIVATIONS: Derivations = { derived: false, derivedEnds: false, derivedSources: false };

/**
 * A relationship's recency: its own start day, or its event end's (an attack is as recent as the
 * attack). Undated relationships come last; ties go by id, so the order is total and a keyset
 * cursor (recency key, id) continues exactly where a page ended.
 */
const recency = (n: string) =>
  `coalesce(toString(r.dateStart), CASE WHEN m:Event THEN toString(m.dateStart) WHEN ${n}:Event THEN toString(${n}.dateStart) END, '')`;

function slicePattern(n: string, slice: Pick<RelationshipSlice, 'types' | 'direction'>): string {
  const types = typeAlternation(slice.types);
  if (slice.direction === 'OUT') return `(${n})-[r${types}]->(m)`;
  if (slice.direction === 'IN') return `(${n})<-[r${types}]-(m)`;
  return `(${n})-[r${types}]-(m)`;
}

/** The params a slice's subquery reads from its spec map (`$slice0`, or `key.slice` in a batch). */
export function sliceParams(slice: RelationshipSlice): Record<string, unknown> {
  return { afterKey: slice.after?.key ?? null, afterId: slice.after?.id ?? null, limit: cypherInt(slice.limit) };
}

/** The matches of a slice: each relationship `r` with its other end `m`, once each (see sliceMatches). */
function matchClauses(n: string, slice: Pick<RelationshipSlice, 'types' | 'direction'>): string {
  // Each relationship once, with no DISTINCT: an undirected pattern from a bound node meets every
  // relationship once, a self-loop too (Cypher's semantics; tests/integration/fold-shapes.test.ts
  // checks it). A DISTINCT here hashed every match: 6% of a hub's slice of 1,000 relationships.
  return `MATCH ${slicePattern(n, slice)}
  WITH r, m, ${recency(n)} AS sortKey
  ORDER BY sortKey DESC, r.id ASC`;
}

/**
 * A `CALL` subquery giving node variable `n` a column `col`: the slice `slice` with its total,
 * ordered by recency (then id), the relationship types in the pattern. `spec` is the Cypher
 * expression of the map sliceParams makes; `imports` the outer variables it needs besides `n`.
 * With `matches`, the name of a list a sliceMatches subquery made for it, the slice is cut from
 * that list instead of matching its own relationships.
 */
export function sliceSubquery(
  n: string,
  slice: RelationshipSlice,
  spec: string,
  col: string,
  imports = '',
  matches?: string,
): string {
  // The slice and each kept relationship as lists (sliceFromPlain): no key strings to decode, and
  // the endpoint ids as the owner's id once plus whether each relationship starts there.
  // Each match is collected as a list [r, m, sortKey], which Neo4j makes and reads for less than a
  // map: x[0] is the relationship, x[1] its other end, x[2] its recency key.
  const other = slice.ends ? `labels(x[1]), ${propsListOf('x[1]', slice.otherProps, wholeNode)}` : 'x[1].id';
  const tail = sliceTail(slice);
  const tailed = asksTail(tail)
    ? `
  WITH total, kept, [x IN kept | x[0]] AS keptRels
  ${tailClauses('keptRels', tail).trimEnd().replaceAll('\n', '\n  ')}`
    : `
  WITH total, kept, [] AS cited, [] AS tailNodes, [] AS tailRels`;
  const list = matches ?? 'matching';
  const own = matches
    ? ''
    : `
  ${matchClauses(n, slice)}
  WITH collect([r, m, sortKey]) AS matching`;
  return `CALL (${n}${matches ? `, ${matches}` : ''}${imports}) {${own}
  WITH size(${list}) AS total, CASE WHEN ${spec}.afterId IS NULL THEN ${list}
    ELSE [x IN ${list} WHERE x[2] < ${spec}.afterKey OR (x[2] = ${spec}.afterKey AND x[0].id > ${spec}.afterId)]
    END[0..${spec}.limit] AS kept${tailed}
  RETURN [total, ${n}.id, [x IN kept | [type(x[0]), startNode(x[0]) = ${n}, x[2], ${propsListOf('x[0]', slice.relProps, wholeRelationship)}, ${other}]], cited, tailNodes, tailRels] AS ${col}
}`;
}

/**
 * Slices of one node's relationships of the same types that differ in direction, position or size
 * (a selection asking for a party's outgoing and incoming ties apart): they share one match of
 * those relationships, sorted once, instead of one each. A `CALL` subquery giving node variable
 * `n` a column per slice, `names[i]`: the sorted matches of `slices[i]` ([r, m, sortKey] lists, as
 * sliceSubquery collects them), for sliceSubquery to cut. The types must be the same for all.
 */
export function sliceMatches(n: string, slices: readonly RelationshipSlice[], names: readonly string[]): string {
  const first = slices[0];
  if (!first) throw new Error('sliceMatches needs at least one slice');
  const direction = slices.every((s) => s.direction === first.direction) ? first.direction : 'BOTH';
  const columns = slices.map((s, i) => {
    // A self-loop starts and ends at n: in both an outgoing and an incoming slice, as a directed match finds it.
    const keep =
      s.direction === direction ? null : s.direction === 'OUT' ? `startNode(x[0]) = ${n}` : `endNode(x[0]) = ${n}`;
    return `${keep ? `[x IN matching WHERE ${keep}]` : 'matching'} AS ${names[i]}`;
  });
  return `CALL (${n}) {
  ${matchClauses(n, { types: first.types, direction })}
  WITH collect([r, m, sortKey]) AS matching
  RETURN ${columns.join(', ')}
}`;
}

/** What a slice's statement fetches beyond its relationships (graph-tail.cypher.ts). */
function sliceTail(slice: Pick<RelationshipSlice, 'sources' | 'sourceTexts' | 'derived'>): GraphTail {
  // Written out, not spread: see placeValue in core/domain/values.ts (this runs for every slice).
  const d = slice.derived;
  return {
    sources: slice.sources,
    sourceTexts: slice.sourceTexts,
    derived: d.derived,
    derivedEnds: d.derivedEnds,
    derivedSources: d.derivedSources,
    derivedProps: d.derivedProps,
    derivedEndProps: d.derivedEndProps,
  };
}

/** Decodes a sliceSubquery column of `slice`. */
export function sliceFromPlain(
  plain: Plain,
  slice: Pick<RelationshipSlice, 'ends' | 'relProps' | 'otherProps' | 'sources' | 'sourceTexts' | 'derived'>,
): RelationshipSliceRow {
  // [total, owner id, rels, cited sources, tailNodes, tailRels]
  const parts = listOf(plain, 'slice');
  const row: Row = {
    total: parts[0] ?? null,
    owner: parts[1] ?? null,
    rels: parts[2] ?? null,
    cited: parts[3] ?? null,
    tailNodes: parts[4] ?? null,
    tailRels: parts[5] ?? null,
  };
  const relKeys = slice.relProps && projectedKeys(slice.relProps);
  const otherKeys = slice.otherProps && projectedKeys(slice.otherProps);
  const ownerId = text(row, 'owner');
  const ends = slice.ends;
  return {
    total: num(row, 'total', 0),
    rels: list(row, 'rels').map((item, i) => {
      // [type, starts at the owner, sortKey, props, then the other end's labels and props, or its id]
      const at = listOf(item, 'rels', i);
      const other = ends ? nodeFromParts(textsOf(at[4], 'end0'), propsFromPlain(at[5] ?? null, otherKeys)) : null;
      const otherId = other ? other.id : textOf(at[4], 'end0');
      const starts = flagOf(at[1], 'outgoing');
      return {
        rel: relationshipFromParts(
          textOf(at[0], 'type'),
          starts ? ownerId : otherId,
          starts ? otherId : ownerId,
          relPropsFromPlain(at[3] ?? null, relKeys),
        ),
        sortKey: textOf(at[2], 'sortKey'),
        other,
      };
    }),
    ...tailFromRow(row, sliceTail(slice)),
  };
}

/** One node's slice in a batch. */
export type RelationshipSliceKey = SliceKey<RelationshipSlice>;

const shapeOf = (s: RelationshipSlice) =>
  JSON.stringify([
    s.types ? [...s.types].sort() : null,
    s.direction,
    s.ends,
    s.sources,
    s.sourceTexts,
    s.relProps,
    s.otherProps,
    s.derived,
  ]);

/**
 * Slices of many nodes' relationships in one statement (the DataLoader path). Keys are grouped by
 * shape, one branch per shape, so the relationship types stay in each branch's pattern. A node
 * that does not exist gives no row.
 */
export function relationshipSlicesStatement(
  keys: readonly RelationshipSliceKey[],
): Statement<{ key: string; slice: RelationshipSliceRow }> {
  return sliceBranches(
    keys,
    shapeOf,
    sliceParams,
    (first) => `MATCH (n:Node {id: key.id})\n${sliceSubquery('n', first, 'key.spec', 'slice', ', key')}`,
    sliceFromPlain,
  );
}
