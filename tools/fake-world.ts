/**
 * The stand-in's synthetic world (see fake-graphql.ts): parties in states with ACLED's naming
 * conventions, hostile events between them with a heavy-tailed activity, and friendly ties.
 * Deterministic for a seed, so runs compare.
 */
/** A deterministic pseudo-random stream (mulberry32), so runs compare. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface WorldOptions {
  parties: number;
  events: number;
  seed?: number;
}

export interface Party {
  id: string;
  name: string;
  type: 'Organisation' | 'Person';
  kind: string | null;
  parentId: string | null;
  parentName: string | null;
  state: number;
}

export interface TieEvents {
  id: string;
  from: number;
  to: number;
  days: number[];
  kinds: number[];
  fatalities: number[];
}

export interface World {
  parties: Party[];
  hostile: Map<string, TieEvents>;
  /** Friendly ties (alliances, support), same shape, all positive. */
  friendly: Map<string, TieEvents>;
  events: number;
}

export const KINDS = ['BATTLE', 'ATTACK', 'REMOTE_VIOLENCE', 'STRIKE', 'ABDUCTION', 'CONDEMNED'] as const;
const SYLLABLES = ['ka', 'vo', 'ria', 'mor', 'len', 'tal', 'shi', 'dar', 'nu', 'bel', 'zan', 'qua', 'rho', 'tes'];
const EPOCH = Date.UTC(2018, 0, 1) / 86_400_000;
export const SPAN_DAYS = 7 * 365;
export const isoDay = (n: number) => new Date((EPOCH + n) * 86_400_000).toISOString().slice(0, 10);
export const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000) - EPOCH;

/** Parties in states (ACLED-like names), events between them with a heavy-tailed activity. */
export function makeWorld({ parties: partyCount, events: eventCount, seed = 7 }: WorldOptions): World {
  const next = random(seed);
  const stateCount = Math.max(4, Math.round(partyCount / 60));
  const stateNames: string[] = [];
  const used = new Set<string>();
  while (stateNames.length < stateCount) {
    const n = 2 + Math.floor(next() * 2);
    let name = Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
    name = name[0]!.toUpperCase() + name.slice(1) + (next() < 0.5 ? 'ia' : 'land');
    if (used.has(name)) continue;
    used.add(name);
    stateNames.push(name);
  }
  const parties: Party[] = stateNames.map((name, i) => ({
    id: `s-${i}`,
    name: `Government of ${name}`,
    type: 'Organisation',
    kind: 'STATE',
    parentId: null,
    parentName: null,
    state: i,
  }));
  const templates: [string, string | null, 'Organisation' | 'Person'][] = [
    ['Military Forces of %s', 'ARMED_FORCES', 'Organisation'],
    ['Police Forces of %s', 'ARMED_FORCES', 'Organisation'],
    ['Rebel Front %n (%s)', 'MILITIA', 'Organisation'],
    ['Unidentified Armed Group %n (%s)', 'MILITIA', 'Organisation'],
    ['Militia %n (%s)', 'MILITIA', 'Organisation'],
    ['Party %n of %s', 'POLITICAL_PARTY', 'Organisation'],
    ['Commander %n (%s)', null, 'Person'],
  ];
  for (let i = parties.length; i < partyCount; i++) {
    const state = Math.floor(next() * stateCount);
    const [template, kind, type] = templates[Math.floor(next() * templates.length)]!;
    const grouped = next() < 0.8;
    parties.push({
      id: `p-${i}`,
      name: template.replace('%s', stateNames[state]!).replace('%n', String(i)),
      type,
      kind,
      parentId: grouped ? `s-${state}` : null,
      parentName: grouped ? `Government of ${stateNames[state]}` : null,
      state,
    });
  }
  // Heavy-tailed activity, so a few parties carry most events (as in real conflict data).
  const order = parties.map((_, i) => i).sort(() => next() - 0.5);
  const activity = new Float64Array(parties.length);
  order.forEach((p, rank) => {
    activity[p] = 1 / (rank + 1) ** 0.9;
  });
  const cumulative = new Float64Array(parties.length);
  let sum = 0;
  for (let i = 0; i < parties.length; i++) cumulative[i] = sum += activity[i]!;
  const byState = new Map<number, number[]>();
  for (const [i, p] of parties.entries()) byState.set(p.state, [...(byState.get(p.state) ?? []), i]);
  const pick = () => {
    const x = next() * sum;
    let lo = 0;
    let hi = parties.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const add = (map: Map<string, TieEvents>, a: number, b: number, kind: number) => {
    const id = `tie-${parties[a]!.id}-${parties[b]!.id}`;
    const tie = map.get(id) ?? { id, from: a, to: b, days: [], kinds: [], fatalities: [] };
    tie.days.push(Math.floor(next() * SPAN_DAYS));
    tie.kinds.push(kind);
    tie.fatalities.push(next() < 0.4 ? Math.floor(next() * 12) : 0);
    map.set(id, tie);
  };
  const hostile = new Map<string, TieEvents>();
  for (let e = 0; e < eventCount; e++) {
    const a = pick();
    const local = next() < 0.7;
    const neighbours = byState.get(parties[a]!.state)!;
    const b = local ? neighbours[Math.floor(next() * neighbours.length)]! : pick();
    if (a === b) continue;
    add(hostile, a, b, Math.floor(next() * KINDS.length));
  }
  // Alliances: parties of one state mostly support each other; a few cross-border pacts.
  const friendly = new Map<string, TieEvents>();
  for (let f = 0; f < Math.round(eventCount / 4); f++) {
    const a = pick();
    const neighbours = byState.get(parties[a]!.state)!;
    const b = next() < 0.85 ? neighbours[Math.floor(next() * neighbours.length)]! : pick();
    if (a !== b) add(friendly, a, b, -1);
  }
  return { parties, hostile, friendly, events: eventCount };
}

export interface WindowTie {
  id: string;
  from: number;
  to: number;
  total: number;
  counts: Map<number, number>;
  first: number;
  last: number;
  fatalities: number;
}

export function inWindow(tie: TieEvents, from: number, to: number): WindowTie | null {
  let total = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  let fatalities = 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < tie.days.length; i++) {
    const d = tie.days[i]!;
    if (d < from || d > to) continue;
    total++;
    first = Math.min(first, d);
    last = Math.max(last, d);
    fatalities += tie.fatalities[i]!;
    counts.set(tie.kinds[i]!, (counts.get(tie.kinds[i]!) ?? 0) + 1);
  }
  return total ? { id: tie.id, from: tie.from, to: tie.to, total, counts, first, last, fatalities } : null;
}
