import { optText, type Row } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import type { NodeValue } from '../domain/values.js';
import { groupBy } from '../group.js';
import { perObject } from '../memo.js';
import {
  type EventSlice,
  type EventSliceRow,
  eventSliceFromPlain,
  eventSliceParams,
  eventSliceSubquery,
} from './party-events.cypher.js';
import {
  type RelationshipSlice,
  type RelationshipSliceRow,
  sliceFromPlain,
  sliceMatches,
  sliceParams,
  sliceSubquery,
} from './relationships.cypher.js';
import { nodeDecoder, nodeFromRow } from './rows.js';
import { type DrawnProp, nodeMap } from './shared.js';

/** Nodes of any type by id, in one statement (ids that do not exist are simply absent). */
export function nodesByIdsStatement(ids: readonly string[]): Statement<NodeValue> {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN ${nodeMap('n')} AS node`,
    params: { ids: [...ids] },
    decode: (row) => nodeFromRow(row.node ?? null),
  };
}

/** First and last day covered by any dated event; open periods count up to their start. */
export function dateRangeStatement(): Statement<{ first: string | null; last: string | null }> {
  return {
    // Three reads of one index entry each (event_date, event_date_end), not a scan of every
    // event: max(coalesce(dateEnd, dateStart)) is the later of the latest end and the latest start.
    cypher: `CALL () {
  MATCH (e:Event) WHERE e.dateStart IS NOT NULL
  RETURN e.dateStart AS first ORDER BY e.dateStart ASC LIMIT 1
}
CALL () {
  MATCH (e:Event) WHERE e.dateStart IS NOT NULL
  RETURN e.dateStart AS lastStart ORDER BY e.dateStart DESC LIMIT 1
}
CALL () {
  OPTIONAL MATCH (e:Event) WHERE e.dateEnd IS NOT NULL AND e.dateStart IS NOT NULL
  WITH e ORDER BY e.dateEnd DESC LIMIT 1
  RETURN e.dateEnd AS lastEnd
}
RETURN first, CASE WHEN lastEnd IS NOT NULL AND lastEnd > lastStart THEN lastEnd ELSE lastStart END AS last`,
    decode: (row) => ({ first: optText(row, 'first'), last: optText(row, 'last') }),
  };
}

/**
 * What a selection asks of each node beyond its own properties, fetched in the node's own
 * statement instead of by later loaders: its country and place, slices of its relationships
 * (with their other ends and sources), slices of its events (with their places).
 */
export interface NodeFold {
  country: boolean;
  place: boolean;
  slices: readonly RelationshipSlice[];
  events: readonly EventSlice[];
  /**
   * Only these stored properties of the node itself (and its id), or the whole record when null or
   * absent. A node read in part answers only the fields it was read for: it must never reach a
   * loader's cache.
   */
  nodeProps?: readonly DrawnProp[] | null;
}

export const NO_FOLD: NodeFold = { country: false, place: false, slices: [], events: [] };

/** A node with what its fold asked for, in the order of the fold's slices and events. */
export interface FoldedNode {
  node: NodeValue;
  country: NodeValue | null;
  place: NodeValue | null;
  slices: RelationshipSliceRow[];
  events: EventSliceRow[];
}

export function isEmptyFold(fold: NodeFold): boolean {
  return !fold.country && !fold.place && fold.slices.length === 0 && fold.events.length === 0;
}

/** What foldParts returns; shared by every statement made from one fold, so never changed. */
export interface FoldParts {
  readonly clauses: readonly string[];
  readonly columns: readonly string[];
  readonly params: Readonly<Record<string, unknown>>;
}

const partsByFold = new WeakMap<NodeFold, Map<string, FoldParts>>();

/**
 * The subqueries and return columns a fold adds for node variable `n`, with their parameters;
 * made once per fold object (api/schema/fold.ts remembers a question's fold from one request to
 * the next, so its statement's text is not built again either).
 */
export function foldParts(n: string, fold: NodeFold): FoldParts {
  return perObject(partsByFold, fold, n, () => buildFoldParts(n, fold));
}

function buildFoldParts(n: string, fold: NodeFold): FoldParts {
  const clauses: string[] = [];
  const columns: string[] = [];
  const params: Record<string, unknown> = {};
  if (fold.country) {
    clauses.push(`CALL (${n}) {
  OPTIONAL MATCH (c:Place {id: ${n}.country})
  RETURN CASE WHEN c IS NULL THEN null ELSE ${nodeMap('c')} END AS country
}`);
    columns.push('country');
  }
  if (fold.place) {
    clauses.push(`CALL (${n}) {
  OPTIONAL MATCH (pl:Place {id: ${n}.place})
  RETURN CASE WHEN pl IS NULL THEN null ELSE ${nodeMap('pl')} END AS place
}`);
    columns.push('place');
  }
  // Slices of the same relationship types share one match of them (sliceMatches).
  const byTypes = groupBy(
    fold.slices.entries(),
    ([, { types }]) => (types ? [...types].sort().join('|') : '*'),
    ([i]) => i,
  );
  const shared = new Set<number>();
  for (const group of byTypes.values()) {
    if (group.length < 2) continue;
    const names = group.map((i) => `matches${i}`);
    clauses.push(
      sliceMatches(
        n,
        group.map((i) => fold.slices[i] as RelationshipSlice),
        names,
      ),
    );
    for (const i of group) shared.add(i);
  }
  fold.slices.forEach((slice, i) => {
    params[`slice${i}`] = sliceParams(slice);
    clauses.push(sliceSubquery(n, slice, `$slice${i}`, `slice${i}`, '', shared.has(i) ? `matches${i}` : undefined));
    columns.push(`slice${i}`);
  });
  fold.events.forEach((slice, i) => {
    params[`events${i}`] = eventSliceParams(slice);
    clauses.push(eventSliceSubquery(n, slice, `$events${i}`, `events${i}`));
    columns.push(`events${i}`);
  });
  return { clauses, columns, params };
}

/** Decodes the columns foldParts added, next to the node in column `nodeKey`. */
export function foldedFromRow(row: Row, fold: NodeFold, nodeKey = 'node'): FoldedNode {
  const at = (key: string) => {
    const v = row[key];
    return v === undefined || v === null ? null : nodeFromRow(v);
  };
  return {
    node: nodeDecoder(fold.nodeProps ?? null)(row[nodeKey] ?? null),
    country: fold.country ? at('country') : null,
    place: fold.place ? at('place') : null,
    slices: fold.slices.map((slice, i) => sliceFromPlain(row[`slice${i}`] ?? null, slice)),
    events: fold.events.map((slice, i) => eventSliceFromPlain(row[`events${i}`] ?? null, slice)),
  };
}

/** foldedNodesStatement's text, once per fold object (as foldParts). */
const foldedNodesCypher = new WeakMap<NodeFold, Map<string, string>>();

/**
 * Nodes by id with everything their fold asks for, in one statement: what `party(id)` or
 * `node(id)` and its nested fields would otherwise fetch in a statement per loader and level.
 */
export function foldedNodesStatement(ids: readonly string[], fold: NodeFold): Statement<FoldedNode> {
  const { clauses, columns, params } = foldParts('n', fold);
  const cypher = perObject(foldedNodesCypher, fold, '', () =>
    [
      'UNWIND $ids AS id',
      'MATCH (n:Node {id: id})',
      ...clauses,
      `RETURN ${[`${nodeMap('n')} AS node`, ...columns].join(', ')}`,
    ].join('\n'),
  );
  return {
    cypher,
    params: { ids: [...ids], ...params },
    decode: (row) => foldedFromRow(row, fold),
  };
}
