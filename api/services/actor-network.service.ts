/**
 * The actor-level network: events and stated relationships aggregated into party-to-party ties
 * (what a tie is and how it is built: actor-network-ties.ts; its evidence:
 * actor-network-evidence.ts).
 *
 * The whole network of a window is computed once per graph version (three statements in one read
 * transaction) and kept in memory; paging, focus and ordering then cost no database work.
 */
import {
  type ActorPartyRow,
  actorPartiesStatement,
  directTiesStatement,
  eventPairsStatement,
  eventTiesStatement,
  representationStatement,
  type Window,
} from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { badInput } from '../errors/index.js';
import {
  buildTies,
  type Contributions,
  parseTieId,
  TIE_ORDERS,
  type TieKind,
  type TieOrder,
  type TieValue,
  windowKey,
} from './actor-network-ties.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { cachedForVersion, graphVersion } from './graph-version.js';

const pairKey = (r: { from: string; to: string }) => `${r.from}\u0000${r.to}`;

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
      return [Object.assign({}, f, net.stats.get(id) ?? { degree: 0, weight: 0 })];
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
