/**
 * Actor-network ties: their ids and kinds, and how a window's contributions (events, stated
 * relationships, representation chains; see core/cypher/actor-network.cypher.ts) add up to them.
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
 */
import type { DirectTieRow, EventTieRow, RepresentationRow, Window } from '../../core/cypher/index.js';

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

/** A window as a cache key. */
export function windowKey(w: Window): string {
  return `${w.from ?? ''}..${w.to ?? ''}`;
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
