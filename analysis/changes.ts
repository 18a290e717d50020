/**
 * What changed between two windows: ties formed, dissolved and flipped (matched by the unordered
 * pair of parties, parallel ties merged, so tie ids may differ between windows), and parties that
 * changed bloc between two partitions, after matching bloc labels by maximum overlap so that a
 * mere relabelling is not reported as change.
 */
import { type Sign, type SignedNetwork, tieSign } from './signed-graph.js';

export interface PairState {
  a: string;
  b: string;
  positive: number;
  negative: number;
  sign: Sign;
  tieIds: string[];
}

export interface TieChange {
  a: string;
  b: string;
  before: PairState | null;
  after: PairState | null;
}

export interface TieChanges {
  /** Pairs with evidence after but none before. */
  formed: TieChange[];
  /** Pairs with evidence before but none after. */
  dissolved: TieChange[];
  /** Pairs whose net sign went from + to − or − to +. */
  flipped: TieChange[];
  /** Pairs present in both whose net sign changed to or from neutral (0). */
  neutralised: TieChange[];
  unchanged: number;
}

function pairs(net: SignedNetwork): Map<string, PairState> {
  const out = new Map<string, PairState>();
  for (const t of net.ties) {
    if (t.a === t.b || (t.positive === 0 && t.negative === 0)) continue;
    const [a, b] = t.a < t.b ? [t.a, t.b] : [t.b, t.a];
    const key = `${a}\u0000${b}`;
    const s = out.get(key);
    if (s) {
      s.positive += t.positive;
      s.negative += t.negative;
      s.tieIds.push(t.id);
    } else out.set(key, { a, b, positive: t.positive, negative: t.negative, sign: 0, tieIds: [t.id] });
  }
  for (const s of out.values()) s.sign = tieSign(s.positive, s.negative);
  return out;
}

const byPair = (x: TieChange, y: TieChange) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);

/** Compares the ties of two windows. O(m log m). */
export function tieChanges(before: SignedNetwork, after: SignedNetwork): TieChanges {
  const x = pairs(before);
  const y = pairs(after);
  const result: TieChanges = { formed: [], dissolved: [], flipped: [], neutralised: [], unchanged: 0 };
  for (const [key, b] of x) {
    const a = y.get(key);
    if (!a) result.dissolved.push({ a: b.a, b: b.b, before: b, after: null });
    else if (a.sign === b.sign) result.unchanged++;
    else if (a.sign * b.sign < 0) result.flipped.push({ a: b.a, b: b.b, before: b, after: a });
    else result.neutralised.push({ a: b.a, b: b.b, before: b, after: a });
  }
  for (const [key, a] of y) if (!x.has(key)) result.formed.push({ a: a.a, b: a.b, before: null, after: a });
  result.formed.sort(byPair);
  result.dissolved.sort(byPair);
  result.flipped.sort(byPair);
  result.neutralised.sort(byPair);
  return result;
}

export type BlocLabel = string | number;

export interface BlocMatch {
  before: BlocLabel;
  after: BlocLabel;
  /** Parties in both. */
  overlap: number;
}

export interface BlocMove {
  node: string;
  from: BlocLabel;
  to: BlocLabel;
  /** The after-label `from` was matched to, or null when it was left unmatched. */
  expected: BlocLabel | null;
}

export interface BlocChanges {
  /** One-to-one matching of labels, greedy by largest overlap. */
  matches: BlocMatch[];
  /** Parties in both partitions whose bloc is not the match of their former bloc. */
  moved: BlocMove[];
  /** Parties only in the later partition. */
  entered: string[];
  /** Parties only in the earlier partition. */
  left: string[];
  stayed: number;
}

/**
 * Compares two partitions (bloc label per party). Labels are matched one-to-one greedily by
 * decreasing overlap (ties broken by label order), then a party has moved when its new bloc is
 * not the match of its old one. O(n + L² log L) for L labels.
 */
export function blocChanges(before: Record<string, BlocLabel>, after: Record<string, BlocLabel>): BlocChanges {
  const overlap = new Map<string, BlocMatch>();
  const entered: string[] = [];
  const left: string[] = [];
  for (const node of Object.keys(before)) {
    if (!(node in after)) {
      left.push(node);
      continue;
    }
    const b = before[node]!;
    const a = after[node]!;
    const key = `${typeof b}:${b}\u0000${typeof a}:${a}`;
    const o = overlap.get(key);
    if (o) o.overlap++;
    else overlap.set(key, { before: b, after: a, overlap: 1 });
  }
  for (const node of Object.keys(after)) if (!(node in before)) entered.push(node);
  const label = (x: BlocLabel) => `${typeof x}:${x}`;
  const candidates = [...overlap.values()].sort(
    (x, y) =>
      y.overlap - x.overlap || compare(label(x.before), label(y.before)) || compare(label(x.after), label(y.after)),
  );
  const matchedBefore = new Map<string, BlocLabel>();
  const matchedAfter = new Set<string>();
  const matches: BlocMatch[] = [];
  for (const c of candidates) {
    if (matchedBefore.has(label(c.before)) || matchedAfter.has(label(c.after))) continue;
    matchedBefore.set(label(c.before), c.after);
    matchedAfter.add(label(c.after));
    matches.push(c);
  }
  const moved: BlocMove[] = [];
  let stayed = 0;
  for (const node of Object.keys(before).sort()) {
    if (!(node in after)) continue;
    const from = before[node]!;
    const to = after[node]!;
    const expected = matchedBefore.get(label(from));
    if (expected !== undefined && label(expected) === label(to)) stayed++;
    else moved.push({ node, from, to, expected: expected ?? null });
  }
  return { matches, moved, entered: entered.sort(), left: left.sort(), stayed };
}

function compare(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface WindowChanges {
  ties: TieChanges;
  blocs: BlocChanges | null;
}

/** Tie changes between two windows, plus bloc changes when both partitions are given. */
export function changes(
  before: SignedNetwork,
  after: SignedNetwork,
  partitions: { before?: Record<string, BlocLabel>; after?: Record<string, BlocLabel> } = {},
): WindowChanges {
  return {
    ties: tieChanges(before, after),
    blocs: partitions.before && partitions.after ? blocChanges(partitions.before, partitions.after) : null,
  };
}
