/**
 * Statements behind the actor-level network: the party-to-party contributions of a time window
 * (events aggregated per perpetrator, target and event type; stated relationships between
 * parties; chains of representation) and the parties' display facts. The relationships behind a
 * tie are gathered in actor-network-evidence.cypher.ts. The API aggregates the contributions into
 * ties (api/services/actor-network-ties.ts).
 *
 * Time: an event counts when its date overlaps the window; a relationship when its own date does;
 * undated events and relationships always count (as in `network`). A DERIVED party-to-party
 * relationship counts only when no event of the first party targeted or killed the second: an
 * OPPOSES derived from attacks would count every attack twice, but one derived from
 * condemnations, or from killing a party's representative, says what nothing else counts.
 */
import { flag, list, num, optText, type Row, text, texts } from '../db/decode.js';
import type { Plain, Statement } from '../db/index.js';

/** A time window: YYYY-MM-DD bounds (inclusive), null for open. */
export interface Window {
  from: string | null;
  to: string | null;
}

/** Cypher condition: `v`'s dateStart/dateEnd overlap the window, or `v` has no date. */
export function overlaps(v: string, w: Window): string {
  const parts: string[] = [];
  if (w.from) parts.push(`coalesce(${v}.dateEnd, ${v}.dateStart) >= date($from)`);
  if (w.to) parts.push(`${v}.dateStart <= date($to)`);
  return parts.length ? `(${v}.dateStart IS NULL OR (${parts.join(' AND ')}))` : 'true';
}

/** The window's bounds as statement parameters. */
export function windowParams(w: Window): Record<string, string> {
  return { ...(w.from ? { from: w.from } : {}), ...(w.to ? { to: w.to } : {}) };
}

/** Party-to-party relationship types that count directly in the actor network and the signed network. */
export const DIRECT_TIE_TYPES = [
  'OPPOSES',
  'CONDEMNED',
  'DEMANDS',
  'KILLED',
  'SUPPORTS',
  'REPRESENTS',
  'MEMBER_OF',
  'PART_OF',
] as const;
export type DirectTieType = (typeof DIRECT_TIE_TYPES)[number];

/** Events between two parties of one type: `from` carried them out, `to` was targeted or killed. */
export interface EventTieRow {
  from: string;
  to: string;
  /** The event type (Attack, Strike, …). */
  kind: string;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Sum of the events' fatalities, over those events that give a figure. */
  fatalities: number;
  /** How many of the events give a fatalities figure. */
  fatalitiesKnown: number;
}

/**
 * Every (perpetrator, target, event type) of the window with its events counted once each (an
 * event that both targeted and killed a party counts once). An event aimed at two parties counts
 * in both ties, with its fatalities.
 */
export function eventTiesStatement(w: Window): Statement<EventTieRow> {
  return {
    cypher: `MATCH (a:Party)-[:CARRIED_OUT]->(e:Event)-[:TARGETED|KILLED]->(b:Party)
WHERE a <> b AND ${overlaps('e', w)}
WITH DISTINCT a, b, e
WITH a, b, e.type AS kind, count(e) AS count, min(e.dateStart) AS firstDay,
  max(coalesce(e.dateEnd, e.dateStart)) AS lastDay, sum(coalesce(e.fatalities, 0)) AS fatalities,
  count(e.fatalities) AS fatalitiesKnown
RETURN a.id AS from, b.id AS to, kind, count, toString(firstDay) AS firstDate, toString(lastDay) AS lastDate,
  fatalities, fatalitiesKnown`,
    params: windowParams(w),
    decode: (row) => ({
      from: text(row, 'from'),
      to: text(row, 'to'),
      kind: text(row, 'kind'),
      count: num(row, 'count'),
      firstDate: optText(row, 'firstDate'),
      lastDate: optText(row, 'lastDate'),
      fatalities: num(row, 'fatalities', 0),
      fatalitiesKnown: num(row, 'fatalitiesKnown', 0),
    }),
  };
}

/** Every (perpetrator, target) pair with at least one event, at any time. */
export function eventPairsStatement(): Statement<{ from: string; to: string }> {
  return {
    cypher: `MATCH (a:Party)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(b:Party)
WHERE a <> b
WITH DISTINCT a, b
RETURN a.id AS from, b.id AS to`,
    decode: (row) => ({ from: text(row, 'from'), to: text(row, 'to') }),
  };
}

/** Relationships of one type from one party to another, stated or derived. */
export interface DirectTieRow {
  from: string;
  to: string;
  kind: DirectTieType;
  /** True for DERIVED relationships; they count only when no event a → b is counted (see above). */
  derived: boolean;
  count: number;
  firstDate: string | null;
  lastDate: string | null;
  /** REPRESENTS roles, each once. */
  roles: string[];
}

/** Cypher condition: relationship `r` from `a` to `b` counts (stated, or derived from no event a → b). */
export function counts(r: string, a: string, b: string): string {
  return `(coalesce(${r}.status, 'STATED') <> 'DERIVED' OR NOT EXISTS { (${a})-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(${b}) })`;
}

/**
 * Every party-to-party relationship of `DIRECT_TIE_TYPES` in the window, per (from, type, to,
 * derived). Whether a derived one counts is decided by the caller against the event rows of the
 * same window's graph (a check per relationship here would walk every attacker's events).
 */
export function directTiesStatement(w: Window): Statement<DirectTieRow> {
  return {
    cypher: `MATCH (a:Party)-[r:${DIRECT_TIE_TYPES.join('|')}]->(b:Party)
WHERE a <> b AND ${overlaps('r', w)}
WITH a, b, type(r) AS kind, coalesce(r.status, 'STATED') = 'DERIVED' AS derived, count(r) AS count,
  min(r.dateStart) AS firstDay, max(coalesce(r.dateEnd, r.dateStart)) AS lastDay, collect(DISTINCT r.role) AS roles
RETURN a.id AS from, b.id AS to, kind, derived, count, toString(firstDay) AS firstDate, toString(lastDay) AS lastDate,
  roles`,
    params: windowParams(w),
    decode: (row) => ({
      from: text(row, 'from'),
      to: text(row, 'to'),
      kind: text(row, 'kind') as DirectTieType,
      derived: flag(row, 'derived'),
      count: num(row, 'count'),
      firstDate: optText(row, 'firstDate'),
      lastDate: optText(row, 'lastDate'),
      roles: texts(row, 'roles'),
    }),
  };
}

/** Longest chain of representation collapsed into one tie. */
export const REPRESENTATION_CHAIN_MAX = 3;

/** One party represented by another through a chain of REPRESENTS / MEMBER_OF / PART_OF. */
export interface RepresentationRow {
  from: string;
  to: string;
  /** The relationships on the chains, each once, with their types. */
  relationships: { id: string; type: string }[];
  roles: string[];
  firstDate: string | null;
  lastDate: string | null;
  chains: number;
}

function relRefs(row: Row, key: string): { id: string; type: string }[] {
  return list(row, key).map((v) => {
    const r = v as Record<string, Plain>;
    return { id: text(r, 'id'), type: text(r, 'type') };
  });
}

/**
 * Who represents whom, chains collapsed: a tie A → B for every direct REPRESENTS / MEMBER_OF /
 * PART_OF from party A to party B, and for every chain of them (up to
 * `REPRESENTATION_CHAIN_MAX` steps, through parties only) that ends at B, a party that is itself
 * part of nothing (the party finally represented). Every step must be stated and in the window.
 */
export function representationStatement(w: Window): Statement<RepresentationRow> {
  return {
    cypher: `MATCH p = (a:Party)-[:REPRESENTS|MEMBER_OF|PART_OF*1..${REPRESENTATION_CHAIN_MAX}]->(b:Party)
WHERE a <> b
  AND all(n IN nodes(p) WHERE n:Party)
  AND all(r IN relationships(p) WHERE coalesce(r.status, 'STATED') <> 'DERIVED' AND ${overlaps('r', w)})
  AND (length(p) = 1 OR NOT EXISTS { (b)-[:REPRESENTS|MEMBER_OF|PART_OF]->(:Party) })
UNWIND relationships(p) AS r
WITH a, b, count(DISTINCT p) AS chains, collect(DISTINCT r) AS rels
RETURN a.id AS from, b.id AS to, chains,
  [r IN rels | {id: r.id, type: type(r)}] AS relationships,
  [r IN rels WHERE r.role IS NOT NULL | r.role] AS roles,
  toString(reduce(m = null, r IN rels | CASE WHEN r.dateStart IS NOT NULL AND (m IS NULL OR r.dateStart < m) THEN r.dateStart ELSE m END)) AS firstDate,
  toString(reduce(m = null, r IN rels | CASE WHEN coalesce(r.dateEnd, r.dateStart) IS NOT NULL AND (m IS NULL OR coalesce(r.dateEnd, r.dateStart) > m) THEN coalesce(r.dateEnd, r.dateStart) ELSE m END)) AS lastDate`,
    params: windowParams(w),
    decode: (row) => ({
      from: text(row, 'from'),
      to: text(row, 'to'),
      chains: num(row, 'chains'),
      relationships: relRefs(row, 'relationships'),
      roles: [...new Set(texts(row, 'roles'))],
      firstDate: optText(row, 'firstDate'),
      lastDate: optText(row, 'lastDate'),
    }),
  };
}

/** Organisation kinds a party is grouped under in the explorer (its state or bloc). */
export const PARENT_KINDS = ['STATE', 'COALITION'] as const;

/** A party's display facts and the state or bloc it belongs to. */
export interface ActorPartyRow {
  id: string;
  name: string;
  type: 'Person' | 'Organisation';
  kind: string | null;
  parentId: string | null;
  parentName: string | null;
}

/**
 * Display facts of parties, and each one's parent: the nearest organisation of a kind in
 * `PARENT_KINDS` reached by 1 to 3 outgoing PART_OF / MEMBER_OF steps (stated ones), nearest
 * first then by id; null when there is none. A STATE or COALITION is its own group (no parent).
 */
export function actorPartiesStatement(ids: readonly string[]): Statement<ActorPartyRow> {
  return {
    cypher: `UNWIND $ids AS id
MATCH (p:Node {id: id}) WHERE p:Party
CALL (p) {
  OPTIONAL MATCH path = (p)-[:PART_OF|MEMBER_OF*1..3]->(g:Organisation)
  WHERE g.kind IN $parentKinds AND g <> p
    AND all(r IN relationships(path) WHERE coalesce(r.status, 'STATED') <> 'DERIVED')
  WITH g, length(path) AS d ORDER BY d, g.id LIMIT 1
  RETURN g
}
RETURN p.id AS id, p.name AS name, CASE WHEN p:Person THEN 'Person' ELSE 'Organisation' END AS type,
  p.kind AS kind, g.id AS parentId, g.name AS parentName`,
    params: { ids: [...ids], parentKinds: [...PARENT_KINDS] },
    decode: (row) => ({
      id: text(row, 'id'),
      name: text(row, 'name'),
      type: text(row, 'type') as 'Person' | 'Organisation',
      kind: optText(row, 'kind'),
      parentId: optText(row, 'parentId'),
      parentName: optText(row, 'parentName'),
    }),
  };
}
