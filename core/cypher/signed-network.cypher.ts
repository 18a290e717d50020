/**
 * Statements of the signed actor network. Its contributions are the actor network's
 * (actor-network.cypher.ts: events between parties, stated party-to-party relationships) plus
 * shared coalition memberships; the sign rule itself is in api/services/signed-network.ts.
 */
import { num, text } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import { overlaps, type Window, windowParams } from './actor-network.cypher.js';
import { cypherInt } from './shared.js';

/** A pair of coalition members (a < b by id) and the coalitions they share. */
export interface SharedMembershipRow {
  a: string;
  b: string;
  count: number;
}

/**
 * Pairs of parties that are both stated MEMBER_OF the same COALITION in the window, counted per
 * coalition shared. Coalitions with more than `maxMembers` members are left out: every pair of a
 * very large alliance would say little and cost the square of its size.
 */
export function sharedMembershipStatement(w: Window, maxMembers: number): Statement<SharedMembershipRow> {
  return {
    cypher: `MATCH (g:Organisation {kind: 'COALITION'})<-[r:MEMBER_OF]-(m:Party)
WHERE coalesce(r.status, 'STATED') <> 'DERIVED' AND ${overlaps('r', w)}
WITH g, collect(DISTINCT m.id) AS members
WHERE size(members) >= 2 AND size(members) <= $maxMembers
UNWIND members AS a
UNWIND members AS b
WITH a, b WHERE a < b
RETURN a, b, count(*) AS count`,
    params: { ...windowParams(w), maxMembers: cypherInt(maxMembers) },
    decode: (row) => ({ a: text(row, 'a'), b: text(row, 'b'), count: num(row, 'count') }),
  };
}
