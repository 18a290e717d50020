/**
 * Keyset-paged listings of parties and events: one statement returns the total and one page.
 * Sort keys are strings so one cursor shape ([key, id]) serves every order; the expressions come
 * from the closed maps below, never from the client.
 */

import { list, listOf, num, type Row, text } from '../db/decode.js';
import type { Statement } from '../db/index.js';
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

export const EVENT_SORT_SPECS: Readonly<Record<EventSort, SortSpec>> = {
  // '' sorts after every date when descending, '9999-99-99' after every date when ascending: undated last.
  DATE_DESC: { key: 'coalesce(toString(n.dateStart), "")', order: 'DESC' },
  DATE_ASC: { key: 'coalesce(toString(n.dateStart), "9999-99-99")', order: 'ASC' },
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

function partyWhere(f: PartyFilterValues): { conditions: string[]; params: Record<string, unknown> } {
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

function eventWhere(f: EventFilterValues): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
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
    conditions.push('EXISTS { MATCH (n)--(:Party {id: $participant}) }');
    params.participant = f.participant;
  }
  if (f.place) {
    conditions.push('(n.place = $place OR EXISTS { MATCH (n)-[:OCCURRED_IN]->(:Place {id: $place}) })');
    params.place = f.place;
  }
  if (f.text?.trim()) {
    conditions.push(TEXT_PREFIX);
    params.text = f.text.trim().toLowerCase();
  }
  return { conditions, params };
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
  where: { conditions: string[]; params: Record<string, unknown> },
  sort: SortSpec,
  after: Keyset | null,
  limit: number,
  options: PageOptions,
): Statement<PageRow> {
  const fold = foldParts('n', options.fold);
  const textKey = `${label}|${sort.key}|${sort.order}|${sort.indexed === true}|${after !== null}|${options.withTotal}|${where.conditions.join('\u0000')}`;
  const cypher = perObject(
    pageTexts,
    options.fold,
    textKey,
    () => pageText(label, where.conditions, sort, after !== null, options, fold),
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

/** The text of pageStatement. */
function pageText(
  label: 'Party' | 'Event',
  conditions: readonly string[],
  sort: SortSpec,
  after: boolean,
  options: PageOptions,
  fold: FoldParts,
): string {
  const filter = conditions.length ? `WHERE ${conditions.join('\n  AND ')}` : '';
  const cmp = sort.order === 'ASC' ? '>' : '<';
  // On an indexed key the keyset is also a range the index can seek to (`key >= $afterKey`).
  const seek = sort.indexed ? [`${sort.key} IS NOT NULL`, ...(after ? [`${sort.key} ${cmp}= $afterKey`] : [])] : [];
  const pageFilter = [...conditions, ...seek];
  const pageWhere = pageFilter.length ? `WHERE ${pageFilter.join('\n  AND ')}` : '';
  const afterCondition = after
    ? `WHERE sortKey ${cmp} $afterKey OR (sortKey = $afterKey AND n.id ${cmp} $afterId)`
    : '';
  const total = options.withTotal
    ? `CALL () {
  MATCH (n:${label})
  ${filter}
  RETURN count(n) AS total
}
`
    : '';
  const extra = fold.columns.map((c) => `, ${c}`).join('');
  return `${total}CALL () {
  MATCH (n:${label})
  ${pageWhere}
  WITH n, ${sort.key} AS sortKey
  ${afterCondition}
  ORDER BY sortKey ${sort.order}, n.id ${sort.order}
  LIMIT $limit
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
