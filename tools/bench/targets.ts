/** Which parties the benchmark asks about, picked from the generated document: a busy party, one a few steps from it, a word to search. */
import type { GraphDocument, PartyRecord } from '../../core/domain/records.js';

/** The ids and text the operations ask about, chosen from the synthetic document. */
export interface Targets {
  /** A busy but not extreme party (90th percentile of degree). */
  party: PartyRecord;
  partyDegree: number;
  /** A party a few steps away from `party`, so the path query has work to do. */
  far: PartyRecord;
  distance: number;
  /** A word of the party's name, as a user would type it. */
  searchText: string;
}

function degrees(doc: GraphDocument): Map<string, number> {
  const degree = new Map<string, number>();
  for (const r of doc.relationships) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return degree;
}

/** Steps from `start` to every node it reaches, ignoring direction (breadth first). */
function distancesFrom(doc: GraphDocument, start: string): Map<string, number> {
  const adjacent = new Map<string, string[]>();
  for (const r of doc.relationships) {
    adjacent.set(r.from, [...(adjacent.get(r.from) ?? []), r.to]);
    adjacent.set(r.to, [...(adjacent.get(r.to) ?? []), r.from]);
  }
  const distance = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, (distance.get(id) ?? 0) + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

/** Picks the benchmark's targets; the same document always gives the same targets. */
export function pickTargets(doc: GraphDocument): Targets {
  const degree = degrees(doc);
  const byDegree = [...doc.parties].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const party = byDegree[Math.floor(byDegree.length * 0.1)];
  if (!party) throw new Error('the synthetic graph has no parties');
  const distance = distancesFrom(doc, party.id);
  // The farthest party within 4 steps: far enough for several hops, near enough to be a question a reader asks.
  const candidates = doc.parties
    .filter((p) => p.id !== party.id && (distance.get(p.id) ?? 99) <= 4)
    .sort((a, b) => (distance.get(b.id) ?? 0) - (distance.get(a.id) ?? 0) || a.id.localeCompare(b.id));
  const far = candidates[0];
  if (!far) throw new Error(`no party is connected to ${party.id}`);
  const word = party.name.split(/\s+/).find((w) => w.length >= 4) ?? party.name;
  return {
    party,
    partyDegree: degree.get(party.id) ?? 0,
    far,
    distance: distance.get(far.id) ?? 0,
    searchText: word.toLowerCase(),
  };
}
