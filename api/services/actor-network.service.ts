/**
 * The actor-level network: events and stated relationships aggregated into party-to-party ties.
 *
 * - OPPOSITION tie A → B: the events A carried out that targeted or killed B (counted per event
 *   type: Attack, Strike, …; each event once), plus A's OPPOSES, CONDEMNED, DEMANDS and KILLED
 *   relationships to B (counted per type).
 * - REPRESENTATION tie A → B: A's stated REPRESENTS / MEMBER_OF / PART_OF to B, and chains of
 *   them collapsed to the party finally represented (see `representationStatement`), with the
 *   REPRESENTS roles on the way.
 *
 * A tie's `total` is the number of events and relationships behind it, its `weight` the same
 * number (every event and every relationship weighs one), its dates the first and last day of
 * what is behind it, its fatalities the sum over its events that give a figure (null when none
 * does). A derived relationship counts only when no event of the first party targeted or killed
 * the second (it would restate those events).
 *
 * The whole network of a window is computed once per graph version (three statements in one read
 * transaction) and kept in memory; paging, focus and ordering then cost no database work.
 */
import {
  type ActorPartyRow,
  actorPartiesStatement,
  type DirectTieRow,
  directTiesStatement,
  type EventTieRow,
  type EvidenceRequest,
  type EvidenceRow,
  eventPairsStatement,
  eventTiesStatement,
  type RepresentationRow,
  representationStatement,
  tieEvidenceStatement,
  type Window,
} from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { badInput } from '../errors/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { cachedForVersion, graphVersion } from './graph-version.js';

export type TieKind = 'OPPOSITION' | 'REPRESENTATION';
export type TieOrder = 'WEIGHT_DESC' | 'RECENT_FIRST';
export const TIE_ORDERS = ['WEIGHT_DESC', 'RECENT_FIRST'] as const;

/** Relationship types that make an OPPOSITION tie by themselves. */
export const OPPOSITION_DIRECT = ['OPPOSES', 'CONDEMNED', 'DEMANDS', 'KILLED'] as const;
/** Relationship types that make a REPRESENTATION tie. */
export const REPRESENTATION_DIRECT = ['REPRESENTS', 'MEMBER_OF', 'PART_OF'] as const;

export interface TieCountValue {
  kind: string;
  count: number;
}

export interface TieValue {
  id: string;
  kind: TieKind;
  fromId: string;
  toId: string;
  counts: TieCountValue[];
  total: number;
  weight: number;
  firstDate: string | null;
  lastDate: string | null;
  fatalities: number | null;
  roles: string[];
  /** The window the tie was computed in; its evidence is gathered in the same window. */
  window: Window;
}

export function tieId(fromId: string, kind: TieKind, toId: string): string {
  return `${fromId}|${kind}|${toId}`;
}

/** Splits a tie id; null when it is not one. */
export function parseTieId(id: string): { fromId: string; kind: TieKind; toId: string } | null {
  const parts = id.split('|');
  if (parts.length !== 3) return null;
  const [fromId, kind, toId] = parts as [string, string, string];
  if (!fromId || !toId || (kind !== 'OPPOSITION' && kind !== 'REPRESENTATION')) return null;
  return { fromId, kind, toId };
}

/** What one window's statements return: the raw contributions every tie is made of. */
export interface Contributions {
  events: EventTieRow[];
  direct: DirectTieRow[];
  chains: RepresentationRow[];
}

const pairKey = (r: { from: string; to: string }) => `${r.from}\u0000${r.to}`;

function windowKey(w: Window): string {
  return `${w.from ?? ''}..${w.to ?? ''}`;
}

/**
 * The contributions of a window, cached per graph version. The statements run side by side, each
 * in its own read transaction (on a busy server this nearly halves the wait); a write landing
 * between them starts a new graph version, so the mixed result is never served for the new one.
 */
export function contributions(db: Database, version: string, w: Window): Promise<Contributions> {
  return cachedForVersion(db, version, `contributions:${windowKey(w)}`, async () => {
    const windowed = Boolean(w.from || w.to);
    const [events, direct, chains, pairs] = await Promise.all([
      db.read(eventTiesStatement(w)),
      db.read(directTiesStatement(w)),
      db.read(representationStatement(w)),
      // All-time event pairs: a derived relationship restates events whenever they happened.
      windowed ? cachedForVersion(db, version, 'event-pairs', () => db.read(eventPairsStatement())) : null,
    ]);
    const eventPairs = new Set((pairs ?? events).map(pairKey));
    return { events, direct: direct.filter((r) => !r.derived || !eventPairs.has(pairKey(r))), chains };
  });
}

const earlier = (x: string | null, y: string | null) => (x === null ? y : y === null || x <= y ? x : y);
const later = (x: string | null, y: string | null) => (x === null ? y : y === null || x >= y ? x : y);

class TieBuilder {
  readonly ties = new Map<string, TieValue & { countMap: Map<string, number>; known: number }>();
  constructor(private readonly window: Window) {}

  add(
    kind: TieKind,
    from: string,
    to: string,
    part: { kind: string; count: number; firstDate: string | null; lastDate: string | null },
  ) {
    const id = tieId(from, kind, to);
    let tie = this.ties.get(id);
    if (!tie) {
      tie = {
        id,
        kind,
        fromId: from,
        toId: to,
        counts: [],
        countMap: new Map(),
        total: 0,
        weight: 0,
        firstDate: null,
        lastDate: null,
        fatalities: null,
        known: 0,
        roles: [],
        window: this.window,
      };
      this.ties.set(id, tie);
    }
    tie.countMap.set(part.kind, (tie.countMap.get(part.kind) ?? 0) + part.count);
    tie.total += part.count;
    tie.weight += part.count;
    tie.firstDate = earlier(tie.firstDate, part.firstDate);
    tie.lastDate = later(tie.lastDate, part.lastDate);
    return tie;
  }

  build(): TieValue[] {
    return [...this.ties.values()].map(({ countMap, known: _known, ...tie }) => ({
      ...tie,
      counts: [...countMap]
        .map(([kind, count]) => ({ kind, count }))
        .sort((x, y) => y.count - x.count || (x.kind < y.kind ? -1 : 1)),
    }));
  }
}

/** Builds the ties of one kind from a window's contributions. */
export function buildTies(c: Contributions, kind: TieKind, w: Window): TieValue[] {
  const b = new TieBuilder(w);
  if (kind === 'OPPOSITION') {
    for (const row of c.events) {
      const tie = b.add('OPPOSITION', row.from, row.to, row);
      if (row.fatalitiesKnown > 0) tie.fatalities = (tie.fatalities ?? 0) + row.fatalities;
    }
    for (const row of c.direct) {
      if ((OPPOSITION_DIRECT as readonly string[]).includes(row.kind)) b.add('OPPOSITION', row.from, row.to, row);
    }
  } else {
    for (const row of c.chains) {
      const byType = new Map<string, number>();
      for (const r of row.relationships) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
      let tie: TieValue | undefined;
      for (const [type, count] of byType) {
        tie = b.add('REPRESENTATION', row.from, row.to, {
          kind: type,
          count,
          firstDate: row.firstDate,
          lastDate: row.lastDate,
        });
      }
      if (tie) tie.roles = [...new Set([...tie.roles, ...row.roles])].sort();
    }
  }
  return b.build();
}

/** A party's degree (ties touching it) and weight (their summed weight) over a whole network. */
export interface PartyStats {
  degree: number;
  weight: number;
}

/** One kind's network of one window: the ties, by id, and the parties' figures. */
export interface BuiltNetwork {
  ties: TieValue[];
  byId: Map<string, TieValue>;
  stats: Map<string, PartyStats>;
  sorted: Partial<Record<TieOrder, TieValue[]>>;
}

function statsOf(ties: readonly TieValue[]): Map<string, PartyStats> {
  const stats = new Map<string, PartyStats>();
  for (const t of ties) {
    for (const p of t.fromId === t.toId ? [t.fromId] : [t.fromId, t.toId]) {
      const s = stats.get(p) ?? { degree: 0, weight: 0 };
      s.degree += 1;
      s.weight += t.weight;
      stats.set(p, s);
    }
  }
  return stats;
}

/** The network of `kind` (ALL: both kinds) in a window, for this graph version. */
export function builtNetwork(db: Database, version: string, kind: TieKind | 'ALL', w: Window): Promise<BuiltNetwork> {
  return cachedForVersion(db, version, `actor:${kind}:${windowKey(w)}`, async () => {
    const c = await contributions(db, version, w);
    const ties =
      kind === 'ALL' ? [...buildTies(c, 'OPPOSITION', w), ...buildTies(c, 'REPRESENTATION', w)] : buildTies(c, kind, w);
    return { ties, byId: new Map(ties.map((t) => [t.id, t])), stats: statsOf(ties), sorted: {} };
  });
}

/** Total order of ties: the requested order, then id so paging is stable. */
function compareTies(order: TieOrder): (x: TieValue, y: TieValue) => number {
  const byId = (x: TieValue, y: TieValue) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  const byDate = (x: TieValue, y: TieValue) => {
    const a = x.lastDate ?? '';
    const b = y.lastDate ?? '';
    return a === b ? 0 : a > b ? -1 : 1;
  };
  return order === 'WEIGHT_DESC'
    ? (x, y) => y.weight - x.weight || byDate(x, y) || byId(x, y)
    : (x, y) => byDate(x, y) || y.weight - x.weight || byId(x, y);
}

function sortedTies(net: BuiltNetwork, order: TieOrder): TieValue[] {
  let list = net.sorted[order];
  if (!list) {
    list = [...net.ties].sort(compareTies(order));
    net.sorted[order] = list;
  }
  return list;
}

/** A cursor holds the position of the last tie seen: its sort values and id. */
function tieCursor(order: TieOrder, t: TieValue): string {
  return encodeCursor({ key: JSON.stringify([order, t.weight, t.lastDate]), id: t.id });
}

function positionOf(cursor: string): { order: TieOrder; weight: number; lastDate: string | null; id: string } {
  const { key, id } = decodeCursor(cursor);
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    !TIE_ORDERS.includes(parsed[0]) ||
    typeof parsed[1] !== 'number' ||
    (parsed[2] !== null && typeof parsed[2] !== 'string')
  ) {
    throw badInput('after', '"after" is not a cursor of actorNetwork; use endCursor of the previous page.');
  }
  return { order: parsed[0], weight: parsed[1], lastDate: parsed[2], id };
}

export interface ActorNetworkQuery {
  kind: TieKind | 'ALL';
  window: Window;
  focus: readonly string[] | null;
  minWeight: number;
  first: number;
  after: string | null;
  orderBy: TieOrder;
}

export interface ActorPartyValue extends ActorPartyRow, PartyStats {}

export interface ActorNetworkValue {
  ties: TieValue[];
  parties: ActorPartyValue[];
  totalTies: number;
  totalParties: number;
  truncated: boolean;
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Display facts of parties, cached per graph version: each party is read once per version. */
async function actorParties(
  db: Database,
  version: string,
  ids: readonly string[],
): Promise<Map<string, ActorPartyRow>> {
  const known = await cachedForVersion(db, version, 'actor-parties', async () => new Map<string, ActorPartyRow>());
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) for (const row of await db.read(actorPartiesStatement(missing))) known.set(row.id, row);
  return known;
}

/** One page of the actor network, with the figures of the whole. */
export async function actorNetwork(db: Database, q: ActorNetworkQuery): Promise<ActorNetworkValue> {
  const version = await graphVersion(db);
  const net = await builtNetwork(db, version, q.kind, q.window);
  let list = sortedTies(net, q.orderBy);
  const focus = q.focus && q.focus.length > 0 ? new Set(q.focus) : null;
  if (focus || q.minWeight > 0) {
    list = list.filter((t) => t.weight >= q.minWeight && (!focus || focus.has(t.fromId) || focus.has(t.toId)));
  }
  let start = 0;
  if (q.after) {
    const pos = positionOf(q.after);
    if (pos.order !== q.orderBy)
      throw badInput('after', `"after" is a cursor of orderBy: ${pos.order}, not ${q.orderBy}.`);
    const cmp = compareTies(q.orderBy);
    const ref = { weight: pos.weight, lastDate: pos.lastDate, id: pos.id } as TieValue;
    // First tie after the cursor's position; binary search, since the list is in the cursor's order.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cmp(list[mid] as TieValue, ref) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const ties = list.slice(start, start + q.first);
  const parties = new Set<string>();
  for (const t of list) {
    parties.add(t.fromId);
    parties.add(t.toId);
  }
  const onPage = [...new Set(ties.flatMap((t) => [t.fromId, t.toId]))];
  const facts = await actorParties(db, version, onPage);
  const last = ties.at(-1);
  return {
    ties,
    parties: onPage.flatMap((id) => {
      const f = facts.get(id);
      if (!f) return [];
      return [{ ...f, ...(net.stats.get(id) ?? { degree: 0, weight: 0 }) }];
    }),
    totalTies: list.length,
    totalParties: parties.size,
    truncated: ties.length < list.length,
    endCursor: last ? tieCursor(q.orderBy, last) : null,
    hasNextPage: start + ties.length < list.length,
  };
}

/** One tie over all time, by id; null when the two parties have no such tie. */
export async function tieById(db: Database, id: string): Promise<TieValue | null> {
  const parsed = parseTieId(id);
  if (!parsed) throw badInput('id', `"${id}" is not a tie id ("<fromId>|OPPOSITION|<toId>" or "…|REPRESENTATION|…").`);
  const version = await graphVersion(db);
  const net = await builtNetwork(db, version, parsed.kind, { from: null, to: null });
  return net.byId.get(id) ?? null;
}

/** The relationships behind one tie, gathered in one window. */
export interface EvidenceQuery extends Omit<EvidenceRequest, 'key'> {
  window: Window;
}

/** Relationship ids behind each query, most recent first (undated last), each once. */
export async function tieEvidence(db: Database, queries: readonly EvidenceQuery[]): Promise<string[][]> {
  const byWindow = new Map<string, { window: Window; requests: EvidenceRequest[] }>();
  queries.forEach((q, i) => {
    const k = windowKey(q.window);
    const group = byWindow.get(k) ?? { window: q.window, requests: [] };
    const { window: _w, ...request } = q;
    group.requests.push({ ...request, key: String(i) });
    byWindow.set(k, group);
  });
  const found: EvidenceRow[][] = queries.map(() => []);
  for (const { window, requests } of byWindow.values()) {
    for (const row of await db.read(tieEvidenceStatement(requests, window))) found[Number(row.key)]?.push(row);
  }
  return found.map((rows) => {
    rows.sort((x, y) => {
      const a = x.date ?? '';
      const b = y.date ?? '';
      return a !== b ? (a > b ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
    return [...new Set(rows.map((r) => r.id))];
  });
}

/** Where a tie's evidence is gathered: opposition and representation ties, directed. */
export function evidenceQueriesOf(tie: TieValue): EvidenceQuery[] {
  return tie.kind === 'OPPOSITION'
    ? [
        {
          from: tie.fromId,
          to: tie.toId,
          events: true,
          direct: OPPOSITION_DIRECT,
          chains: false,
          shared: false,
          window: tie.window,
        },
      ]
    : [
        {
          from: tie.fromId,
          to: tie.toId,
          events: false,
          direct: REPRESENTATION_DIRECT,
          chains: true,
          shared: false,
          window: tie.window,
        },
      ];
}
