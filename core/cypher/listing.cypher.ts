/**
 * Keyset-paged listings of parties and events: one statement returns the total and one page.
 * Sort keys are strings so one cursor shape ([key, id]) serves every order; the expressions come
 * from the closed maps below, never from the client.
 */

import { list, listOf, num, type Row, text } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import { partialDateProblem } from '../domain/fuzzy-date.js';
import type { EventSort, PartySort } from '../domain/queries.js';
import type { EventType, OrganisationKind, PartyType } from '../domain/vocabulary.js';
import { perObject } from '../memo.js';
import { type FoldedNode, type FoldParts, foldedFromRow, foldParts, NO_FOLD, type NodeFold } from './nodes.cypher.js';
import { returnInParts } from './parts.js';
import { cypherInt, nodeMapOf } from './shared.js';

interface SortSpec {
  /** Cypher expression over `n` giving a string sort key (never null). */
  key: string;
  order: 'ASC' | 'DESC';
  /**
   * True when `key` is an indexed property: the page is then read from the index in order
   * (a `IS NOT NULL` predicate lets the planner use it, a keyset seeks into it) instead of every
   * node being sorted.
   */
  indexed?: boolean;
  /**
   * A date order: `key` is this indexed date property as text, or `undatedKey` for a node without
   * one, which sorts after every date. The page is read in two parts: the dated nodes in the
   * index's order, then, only when they do not fill the page, the undated ones by id (datedPage).
   */
  dated?: { property: string; undatedKey: string };
}

/**
 * The normalised name, `nameKey`: the lower-cased name, written by the storage mapping with every
 * party and event, back-filled by applySchema for older graphs, and indexed (schema.cypher.ts).
 */
const NAME_KEY = 'n.nameKey';

export const PARTY_SORT_SPECS: Readonly<Record<PartySort, SortSpec>> = {
  NAME_ASC: { key: NAME_KEY, order: 'ASC', indexed: true },
  NAME_DESC: { key: NAME_KEY, order: 'DESC', indexed: true },
  // Zero-padded so the string order is the numeric order.
  CONNECTIONS_DESC: { key: 'right("0000000000" + toString(COUNT { (n)--() }), 10)', order: 'DESC' },
};

/** An order on the date `property` as text, nodes without one keyed `undatedKey`. */
const dateOrder = (property: string, order: SortSpec['order'], undatedKey: string): SortSpec => ({
  key: `coalesce(toString(${property}), ${JSON.stringify(undatedKey)})`,
  order,
  dated: { property, undatedKey },
});

export const EVENT_SORT_SPECS: Readonly<Record<EventSort, SortSpec>> = {
  // '' sorts after every date when descending, '9999-99-99' after every date when ascending: undated last.
  DATE_DESC: dateOrder('n.dateStart', 'DESC', ''),
  DATE_ASC: dateOrder('n.dateStart', 'ASC', '9999-99-99'),
  NAME_ASC: { key: NAME_KEY, order: 'ASC', indexed: true },
  NAME_DESC: { key: NAME_KEY, order: 'DESC', indexed: true },
};

/** Position after which a page starts: the last row's sort key and id. */
export interface Keyset {
  key: string;
  id: string;
}

export interface PartyFilterValues {
  types?: readonly PartyType[] | null;
  kinds?: readonly OrganisationKind[] | null;
  country?: string | null;
  /** Case-insensitive prefix of the name, of any word in it, or of an alias. */
  text?: string | null;
}

export interface EventFilterValues {
  types?: readonly EventType[] | null;
  /** YYYY-MM-DD: events whose covered days reach this day or later (open periods are ongoing). */
  from?: string | null;
  /** YYYY-MM-DD: events whose covered days begin on or before this day. */
  to?: string | null;
  /** Party id with any relationship to the event. */
  participant?: string | null;
  /** Place id: the event's place, or a place it OCCURRED_IN. */
  place?: string | null;
  text?: string | null;
}

const TEXT_PREFIX = `(toLower(n.name) STARTS WITH $text
    OR any(w IN split(toLower(n.name), ' ') WHERE w STARTS WITH $text)
    OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) STARTS WITH $text))`;

/** What a listing keeps: conditions on `n`, and where it starts from when that is not every node of its label. */
interface Where {
  conditions: string[];
  params: Record<string, unknown>;
  /**
   * A clause binding `n` to the nodes one filter keeps (an event's participant or place), found
   * from an index, instead of that filter tested on every node; the conditions then apply to them
   * (matchNodes).
   */
  anchor?: string;
}

/**
 * The clauses binding `n` to every node of `label` (or of the anchor) that meets `conditions`,
 * each node once, indented by `indent` after the first line.
 */
function matchNodes(label: 'Party' | 'Event', where: Where, own: readonly string[], indent: string): string {
  const conditions = [...where.conditions, ...own];
  const filter = conditions.length ? `\n${indent}WHERE ${conditions.join(`\n${indent}AND `)}` : '';
  return where.anchor ? `${where.anchor}\n${indent}WITH DISTINCT n${filter}` : `MATCH (n:${label})${filter}`;
}

function partyWhere(f: PartyFilterValues): Where {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.types) {
    conditions.push('n.type IN $types');
    params.types = [...f.types];
  }
  if (f.kinds) {
    conditions.push('n.kind IN $kinds');
    params.kinds = [...f.kinds];
  }
  if (f.country) {
    conditions.push('n.country = $country');
    params.country = f.country;
  }
  if (f.text?.trim()) {
    conditions.push(TEXT_PREFIX);
    params.text = f.text.trim().toLowerCase();
  }
  return { conditions, params };
}

/**
 * An event's participant or place is where its listing starts (the anchor): the party's or the
 * place's few events, found from their id index, rather than a test of every event (195-354 ms at
 * 30,000 events). The participant when both are asked for, the place then a condition.
 */
function eventWhere(f: EventFilterValues): Where {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  let anchor: string | undefined;
  if (f.types) {
    conditions.push('n.type IN $types');
    params.types = [...f.types];
  }
  if (f.from) {
    conditions.push('n.dateStart IS NOT NULL AND (n.dateEnd IS NULL OR n.dateEnd >= date($from))');
    params.from = f.from;
  }
  if (f.to) {
    conditions.push('n.dateStart <= date($to)');
    params.to = f.to;
  }
  if (f.participant) {
    anchor = 'MATCH (:Party {id: $participant})--(n:Event)';
    params.participant = f.participant;
  }
  if (f.place) {
    if (anchor) conditions.push('(n.place = $place OR EXISTS { MATCH (n)-[:OCCURRED_IN]->(:Place {id: $place}) })');
    else
      anchor =
        'CALL () { MATCH (n:Event {place: $place}) RETURN n UNION MATCH (:Place {id: $place})<-[:OCCURRED_IN]-(n:Event) RETURN n }';
    params.place = f.place;
  }
  if (f.text?.trim()) {
    conditions.push(TEXT_PREFIX);
    params.text = f.text.trim().toLowerCase();
  }
  return { conditions, params, ...(anchor ? { anchor } : {}) };
}

/** One page of a listing: the filtered total (null when not asked for) and the rows, each folded. */
export interface PageRow {
  total: number | null;
  page: { sortKey: string; folded: FoldedNode }[];
}

/** What a listing statement fetches besides the page: the total, and each node's fold. */
export interface PageOptions {
  /** Count every node that matches (only when `totalCount` is selected: it reads them all). */
  withTotal: boolean;
  fold: NodeFold;
}

const DEFAULT_PAGE_OPTIONS: PageOptions = { withTotal: true, fold: NO_FOLD };

/**
 * Page statements' texts, per fold object (the API keeps one per operation and variable values:
 * api/schema/fold.ts) and what else the text depends on: a listing asked again is not written
 * again (some 3 KB of Cypher with two folded slices). Its conditions are texts of this module,
 * never values, so the texts per fold are few; at most PAGE_TEXTS_KEPT are kept.
 */
const pageTexts = new WeakMap<NodeFold, Map<string, string>>();
const PAGE_TEXTS_KEPT = 64;

function pageStatement(
  label: 'Party' | 'Event',
  where: Where,
  sort: SortSpec,
  after: Keyset | null,
  limit: number,
  options: PageOptions,
): Statement<PageRow> {
  const fold = foldParts('n', options.fold);
  const position = positionOf(sort, after);
  const textKey = `${label}|${sort.key}|${sort.order}|${sort.indexed === true}|${position}|${options.withTotal}|${where.anchor ?? ''}|${where.conditions.join('\u0000')}`;
  const cypher = perObject(
    pageTexts,
    options.fold,
    textKey,
    () => pageText(label, where, sort, position, options, fold),
    PAGE_TEXTS_KEPT,
  );
  return {
    cypher,
    params: {
      ...where.params,
      ...(after ? { afterKey: after.key, afterId: after.id } : {}),
      limit: cypherInt(limit),
      ...fold.params,
    },
    decode: (row) => ({
      total: row.total === null || row.total === undefined ? null : num(row, 'total'),
      page: list(row, 'page').map((item) => {
        // [node, sortKey, ...the fold's columns] (pageText): a list, with no key strings to decode.
        const values = listOf(item, 'page item');
        const r: Row = { node: values[0] ?? null, sortKey: values[1] ?? null };
        fold.columns.forEach((column, i) => {
          r[column] = values[i + 2] ?? null;
        });
        return { sortKey: text(r, 'sortKey'), folded: foldedFromRow(r, options.fold) };
      }),
    }),
  };
}

/**
 * Where a page starts: at the beginning, or after a cursor. In a date order a cursor is among the
 * dated nodes (its key a date, which the index can seek to), among the undated ones (the dated
 * are all before it), or a key the listing never gave (compared as text, as any key).
 */
type Position = 'start' | 'after' | 'after-date' | 'after-undated';

function positionOf(sort: SortSpec, after: Keyset | null): Position {
  if (after === null) return 'start';
  if (!sort.dated) return 'after';
  if (after.key === sort.dated.undatedKey) return 'after-undated';
  // A day that exists, written YYYY-MM-DD as `toString` writes a date (the domain's check of a partial date).
  return after.key.length === 10 && partialDateProblem(after.key) === null ? 'after-date' : 'after';
}

/**
 * The rows of a page in a date order, `n` and `sortKey` in order: the dated nodes read from the
 * date index in order (Neo4j tops them up by id among equal dates: PartialTop), or, with an
 * anchor, the anchor's few sorted; then the undated ones, by id, read only when the dated did not
 * fill the page (the UNWIND keeps the planner from scanning them first). 2-4 ms instead of 45-60
 * for the first page of 30,000 events.
 */
function datedPage(
  label: 'Party' | 'Event',
  where: Where,
  order: SortSpec['order'],
  { property, undatedKey }: NonNullable<SortSpec['dated']>,
  position: Position,
  afterCondition: string,
): string {
  const cmp = order === 'ASC' ? '>' : '<';
  const seek = position === 'after-date' ? [`${property} ${cmp}= date($afterKey)`] : [];
  const dated =
    position === 'after-undated'
      ? 'WITH [] AS dated'
      : `CALL () {
    ${matchNodes(label, where, [`${property} IS NOT NULL`, ...seek], '    ')}
    WITH n, toString(${property}) AS sortKey
    ${afterCondition}
    ORDER BY ${property} ${order}, n.id ${order}
    LIMIT $limit
    RETURN collect([n, sortKey]) AS dated
  }`;
  return `${dated}
  CALL (dated) {
    UNWIND CASE WHEN size(dated) < $limit THEN [true] ELSE [] END AS more
    ${matchNodes(label, where, [`${property} IS NULL`], '    ')}
    WITH n, ${JSON.stringify(undatedKey)} AS sortKey
    ${afterCondition}
    ORDER BY n.id ${order}
    LIMIT $limit
    RETURN collect([n, sortKey]) AS undated
  }
  UNWIND (dated + undated)[..$limit] AS row
  WITH row[0] AS n, row[1] AS sortKey`;
}

/** The text of pageStatement. */
function pageText(
  label: 'Party' | 'Event',
  where: Where,
  sort: SortSpec,
  position: Position,
  options: PageOptions,
  fold: FoldParts,
): string {
  const after = position !== 'start';
  const cmp = sort.order === 'ASC' ? '>' : '<';
  // On an indexed key the keyset is also a range the index can seek to (`key >= $afterKey`).
  const seek = sort.indexed ? [`${sort.key} IS NOT NULL`, ...(after ? [`${sort.key} ${cmp}= $afterKey`] : [])] : [];
  const afterCondition = after
    ? `WHERE sortKey ${cmp} $afterKey OR (sortKey = $afterKey AND n.id ${cmp} $afterId)`
    : '';
  const rows = sort.dated
    ? datedPage(label, where, sort.order, sort.dated, position, afterCondition)
    : `${matchNodes(label, where, seek, '  ')}
  WITH n, ${sort.key} AS sortKey
  ${afterCondition}
  ORDER BY sortKey ${sort.order}, n.id ${sort.order}
  LIMIT $limit`;
  const total = options.withTotal
    ? `CALL () {
  ${matchNodes(label, where, [], '  ')}
  RETURN count(n) AS total
}
`
    : '';
  const extra = fold.columns.map((c) => `, ${c}`).join('');
  return `${total}CALL () {
  ${rows}
  ${fold.clauses.join('\n').replaceAll('\n', '\n  ')}
  RETURN collect([${nodeMapOf('n', options.fold.nodeProps ?? null)}, sortKey${extra}]) AS page
}
${returnInParts([[options.withTotal ? 'total' : 'null', 'total']], [['page', 'page']])}`;
}

/** One page of parties (`limit` rows, callers ask one more than they show) and the filtered total. */
export function partiesPageStatement(
  filter: PartyFilterValues,
  sort: PartySort,
  after: Keyset | null,
  limit: number,
  options: PageOptions = DEFAULT_PAGE_OPTIONS,
): Statement<PageRow> {
  return pageStatement('Party', partyWhere(filter), PARTY_SORT_SPECS[sort], after, limit, options);
}

/** One page of events and the filtered total; see partiesPageStatement. */
export function eventsPageStatement(
  filter: EventFilterValues,
  sort: EventSort,
  after: Keyset | null,
  limit: number,
  options: PageOptions = DEFAULT_PAGE_OPTIONS,
): Statement<PageRow> {
  return pageStatement('Event', eventWhere(filter), EVENT_SORT_SPECS[sort], after, limit, options);
}
