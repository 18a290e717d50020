/**
 * Pieces shared by the statement builders. Labels, relationship types and hop counts cannot be
 * parameters in Cypher; they are only ever spliced from the closed vocabulary or checked integers.
 */
import neo4j, { type Integer } from 'neo4j-driver';
import { DecodeError, text } from '../db/decode.js';
import type { Plain, Statement } from '../db/index.js';
import { isRelationshipType, type RelationshipType } from '../domain/vocabulary.js';
import { groupBy } from '../group.js';

/**
 * A node as rows carry it: `[labels, props]` (labels to tell its type, then its stored
 * properties). Rows carry nodes and relationships as lists, not maps: on a large answer the
 * driver would otherwise spend much of its time decoding the same key strings again and again.
 * Decoded by rows.ts `nodeFromRow`.
 */
export const nodeMap = (v: string) => `[labels(${v}), ${wholeNode(v)}]`;

/**
 * Map projection needs a variable: `v` itself, or a one-item comprehension binding `record` to it
 * when `v` is an expression such as `x.e` (the name is used nowhere else in the statements).
 */
const projected = (v: string, entries: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? `${v} {${entries}}` : `[record IN [${v}] | record {${entries}}][0]`;

/**
 * A node's stored properties, whole but for the DATE copies of its date's first and last day
 * (`dateStart`/`dateEnd`, a source's `publishedStart`/`publishedEnd`), which come back as null.
 * Those copies serve range queries in Cypher; no decoder reads them (storage/properties.ts
 * `dateFromProps` reads the date itself), and the driver would convert each through its Integer
 * arithmetic.
 */
export const wholeNode = (v: string) =>
  `CASE WHEN 'Source' IN labels(${v}) THEN ${projected(v, '.*, publishedStart: null, publishedEnd: null')} ELSE ${projected(v, '.*, dateStart: null, dateEnd: null')} END`;

/** A relationship's stored properties, whole but for the DATE copies of its date's days (as wholeNode). */
export const wholeRelationship = (r: string) => projected(r, '.*, dateStart: null, dateEnd: null');

/**
 * A relationship as rows carry it: `[type, from id, to id, props]` (type and endpoint ids come
 * from the graph, not properties). Decoded by rows.ts `relationshipFromRow`.
 */
export const relMap = (r: string) => `[type(${r}), startNode(${r}).id, endNode(${r}).id, ${wholeRelationship(r)}]`;

/**
 * The stored properties a date is read from (storage/properties.ts `dateFromProps('date', …)`).
 * `dateStart` and `dateEnd`, DATE copies of its first and last day kept for range queries, are
 * left out: no decoder reads them, and each would come back as a Bolt structure the driver
 * converts through its Integer arithmetic.
 */
export const DATE_PROPS = ['date', 'datePrecision', 'dateFrom', 'dateTo'] as const;

/**
 * Stored properties a statement may read alone instead of the whole record: what a selection of
 * nodes and relationships shows (id, name or a source's title, type, kind, date, an event's
 * summary and place; status, role, note, date, evidence, derivations). A value decoded from some
 * of them lacks the rest, so it must never reach a loader's cache.
 */
export const DRAWN_PROPS = [
  'id',
  'name',
  'title',
  'type',
  'kind',
  'resolutionKind',
  'status',
  'role',
  'note',
  'summary',
  'place',
  ...DATE_PROPS,
  'evidenceSources',
  'evidenceQuotes',
  'evidenceOffsets',
  'derivedFrom',
] as const;
export type DrawnProp = (typeof DRAWN_PROPS)[number];

const keysOf = new WeakMap<readonly DrawnProp[], readonly string[]>();

/**
 * The keys of a record read in part: id, then `props`, checked against DRAWN_PROPS. Decoders ask
 * for them on every slice and folded row of a statement with the same `props` list, so they are
 * worked out once per list.
 */
export function projectedKeys(props: readonly DrawnProp[]): readonly string[] {
  let keys = keysOf.get(props);
  if (!keys) {
    for (const p of props)
      if (!(DRAWN_PROPS as readonly string[]).includes(p)) throw new Error(`not a drawn property: ${p}`);
    keys = [...new Set(['id', ...props])];
    keysOf.set(props, keys);
  }
  return keys;
}

/**
 * A record's properties as a list of values in the order of projectedKeys(props), or the whole
 * property map (`whole`: wholeNode or wholeRelationship) when `props` is null. A list carries no
 * key strings: on a large answer the driver spends much of its time decoding the same keys again
 * and again.
 */
export const propsListOf = (v: string, props: readonly DrawnProp[] | null, whole: (v: string) => string) =>
  props
    ? `[${projectedKeys(props)
        .map((p) => `${v}.${p}`)
        .join(', ')}]`
    : whole(v);

/** nodeMap with only `props` (and id) as values (rows.ts `nodeDecoder`), or in full when `props` is null. */
export const nodeMapOf = (v: string, props: readonly DrawnProp[] | null) =>
  props ? `[labels(${v}), ${propsListOf(v, props, wholeNode)}]` : nodeMap(v);

/** relMap with only `props` (and id) as values (rows.ts `relationshipDecoder`), or in full when `props` is null. */
export const relMapOf = (r: string, props: readonly DrawnProp[] | null) =>
  props ? `[type(${r}), startNode(${r}).id, endNode(${r}).id, ${propsListOf(r, props, wholeRelationship)}]` : relMap(r);

/** `:A|B` for a relationship pattern, or '' for any type; refuses anything outside the vocabulary. */
export function typeAlternation(types: readonly string[] | null | undefined): string {
  if (!types) return '';
  if (types.length === 0)
    throw new Error('an empty list of relationship types matches nothing; callers must not query');
  for (const t of types) {
    if (!isRelationshipType(t)) throw new Error(`not a relationship type: ${JSON.stringify(t)}`);
  }
  return `:${[...new Set(types)].sort().join('|')}`;
}

/** `*min..max` for a variable-length pattern; both must be small whole numbers. */
export function hops(min: number, max: number): string {
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min || max > 10) {
    throw new Error(`hop range ${min}..${max} is out of bounds`);
  }
  return `*${min}..${max}`;
}

/** Relationship types or null (any); an empty list matches nothing and is kept as such. */
export type TypeFilter = readonly RelationshipType[] | null;

/** Whole numbers for LIMIT and list slices: the driver would send a JS number as a float. */
export function cypherInt(n: number): Integer {
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a non-negative whole number, got ${n}`);
  return neo4j.int(n);
}

/** One key of a sliceBranches batch: its own key (echoed back in its row), a node id and a slice of it. */
export interface SliceKey<S> {
  key: string;
  id: string;
  slice: S;
}

/**
 * One statement for many keys' slices (the DataLoader path): keys are grouped by shape, one
 * `UNION ALL` branch per shape, so what a shape splices into the Cypher (relationship types, a
 * role's patterns) stays in that branch's pattern, while ids and positions are parameters. Each
 * branch starts from `key` and must bind `slice`; each row's slice is decoded by `decodeSlice`
 * with the slice its key asked for.
 */
export function sliceBranches<S, R>(
  keys: readonly SliceKey<S>[],
  shape: (slice: S) => string,
  spec: (slice: S) => unknown,
  branch: (first: S) => string,
  decodeSlice: (plain: Plain, slice: S) => R,
): Statement<{ key: string; slice: R }> {
  const groups = groupBy(keys, (k) => shape(k.slice));
  const params: Record<string, unknown> = {};
  const branches = [...groups.values()].map((group, i) => {
    params[`keys${i}`] = group.map((k) => ({ key: k.key, id: k.id, spec: spec(k.slice) }));
    return `  UNWIND $keys${i} AS key
  ${branch((group[0] as SliceKey<S>).slice).replaceAll('\n', '\n  ')}
  RETURN key.key AS key, slice`;
  });
  const slices = new Map(keys.map((k) => [k.key, k.slice]));
  return {
    cypher: `CALL () {\n${branches.join('\n  UNION ALL\n')}\n}\nRETURN key, slice`,
    params,
    decode: (row) => {
      const key = text(row, 'key');
      const slice = slices.get(key);
      if (slice === undefined) throw new DecodeError(`column key: ${JSON.stringify(key)} is not a key of this batch`);
      return { key, slice: decodeSlice(row.slice ?? null, slice) };
    },
  };
}
