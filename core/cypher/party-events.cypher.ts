import { list, mapOf, num, type Row, text } from '../db/decode.js';
import type { Plain, Statement } from '../db/index.js';
import { EVENT_ROLE_SPECS, type EventRole } from '../domain/queries.js';
import type { NodeValue } from '../domain/values.js';
import { nodeDecoder, nodeFromRow } from './rows.js';
import {
  cypherInt,
  type DrawnProp,
  nodeMap,
  nodeMapOf,
  type SliceKey,
  sliceBranches,
  typeAlternation,
} from './shared.js';

/** What one `events(...)` field of a party asks for; the role is spliced (closed map), the rest are parameters. */
export interface EventSlice {
  role: EventRole | null;
  /** The last event already seen (its date key and id), or null for the first page. */
  after: { key: string; id: string } | null;
  limit: number;
  /** Return the places of the kept events in the same statement. */
  places: boolean;
  /**
   * Only these stored properties of each event (and its id), or null for the whole record. An
   * event read in part answers only the fields it was read for, so it stays out of the loaders' caches.
   */
  props: readonly DrawnProp[] | null;
}

export interface EventSliceRow {
  total: number;
  events: { event: NodeValue; sortKey: string }[];
  places: NodeValue[];
}

/** The events of `p` in `role` (any relationship when null), as a UNION of patterns with the types in them. */
function eventsMatch(p: string, role: EventRole | null): string {
  if (role === null) return `MATCH (${p})--(e:Event) RETURN e`;
  const specs = EVENT_ROLE_SPECS[role];
  const out = specs.filter((s) => s.direction === 'OUT').map((s) => s.type);
  const inc = specs.filter((s) => s.direction === 'IN').map((s) => s.type);
  const branches: string[] = [];
  if (out.length > 0) branches.push(`MATCH (${p})-[${typeAlternation(out)}]->(e:Event) RETURN e`);
  if (inc.length > 0) branches.push(`MATCH (${p})<-[${typeAlternation(inc)}]-(e:Event) RETURN e`);
  return branches.join('\n    UNION\n    ');
}

export function eventSliceParams(slice: EventSlice): Record<string, unknown> {
  return { afterKey: slice.after?.key ?? null, afterId: slice.after?.id ?? null, limit: cypherInt(slice.limit) };
}

/**
 * A `CALL` subquery giving party variable `p` a column `col`: its events in the slice's role,
 * latest first (undated last, then by id), with their total. `spec` is the Cypher expression of
 * the map eventSliceParams makes.
 */
export function eventSliceSubquery(p: string, slice: EventSlice, spec: string, col: string, imports = ''): string {
  const places = slice.places
    ? `
  CALL (kept) {
    UNWIND kept AS x
    WITH DISTINCT x.e.place AS pid WHERE pid IS NOT NULL
    MATCH (pl:Place {id: pid})
    RETURN collect(${nodeMap('pl')}) AS places
  }`
    : `
  WITH total, kept, [] AS places`;
  return `CALL (${p}${imports}) {
  CALL (${p}) {
    ${eventsMatch(p, slice.role)}
  }
  WITH DISTINCT e
  WITH e, coalesce(toString(e.dateStart), '') AS sortKey
  ORDER BY sortKey DESC, e.id ASC
  WITH collect({e: e, sortKey: sortKey}) AS matching
  WITH size(matching) AS total, CASE WHEN ${spec}.afterId IS NULL THEN matching
    ELSE [x IN matching WHERE x.sortKey < ${spec}.afterKey OR (x.sortKey = ${spec}.afterKey AND x.e.id > ${spec}.afterId)]
    END[0..${spec}.limit] AS kept${places}
  RETURN {total: total, events: [x IN kept | {event: ${nodeMapOf('x.e', slice.props)}, sortKey: x.sortKey}], places: places} AS ${col}
}`;
}

/** Decodes an eventSliceSubquery column of `slice`. */
export function eventSliceFromPlain(plain: Plain, slice: Pick<EventSlice, 'props'>): EventSliceRow {
  const row = mapOf(plain, 'events slice') as Row;
  const eventOf = nodeDecoder(slice.props);
  return {
    total: num(row, 'total', 0),
    events: list(row, 'events').map((item) => {
      const r = mapOf(item, 'events item') as Row;
      return { event: eventOf(r.event ?? null), sortKey: text(r, 'sortKey') };
    }),
    places: list(row, 'places').map(nodeFromRow),
  };
}

/** One party's events slice in a batch. */
export type PartyEventsKey = SliceKey<EventSlice>;

/** Event slices of many parties in one statement (the DataLoader path), one branch per role and shape. */
export function partyEventsStatement(
  keys: readonly PartyEventsKey[],
): Statement<{ key: string; slice: EventSliceRow }> {
  return sliceBranches(
    keys,
    (s) => JSON.stringify([s.role, s.places, s.props]),
    eventSliceParams,
    (first) => `MATCH (p:Party {id: key.id})\n${eventSliceSubquery('p', first, 'key.spec', 'slice', ', key')}`,
    eventSliceFromPlain,
  );
}
