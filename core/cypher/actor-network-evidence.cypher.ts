/**
 * The relationships behind actor-network ties (see actor-network.cypher.ts for the window and
 * what counts): events between the two parties, their direct relationships, representation chains
 * and shared coalition memberships, in the tie's window.
 */
import { optText, text } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import {
  counts,
  type DirectTieType,
  overlaps,
  REPRESENTATION_CHAIN_MAX,
  type Window,
  windowParams,
} from './actor-network.cypher.js';

/** Which relationships a tie's evidence gathers between its two parties. */
export interface EvidenceRequest {
  /** Echoed back in each row. */
  key: string;
  from: string;
  to: string;
  /** Events from → to (CARRIED_OUT and TARGETED/KILLED), and direct relationships of these types from → to. */
  events: boolean;
  direct: readonly DirectTieType[];
  /** Representation chains from → to (as in `representationStatement`). */
  chains: boolean;
  /** Shared coalition memberships (MEMBER_OF of both to one coalition). */
  shared: boolean;
}

/** One relationship behind a tie and the day it is sorted by (its own date or its event's). */
export interface EvidenceRow {
  key: string;
  id: string;
  date: string | null;
}

/**
 * The relationships behind ties, for many ties at once: one row per (key, relationship). A tie's
 * relationship types come from `DIRECT_TIE_TYPES` and are compared as values, since each request
 * has its own.
 */
export function tieEvidenceStatement(requests: readonly EvidenceRequest[], w: Window): Statement<EvidenceRow> {
  return {
    cypher: `UNWIND $requests AS q
MATCH (a:Node {id: q.from}) WHERE a:Party
MATCH (b:Node {id: q.to}) WHERE b:Party
CALL (a, b, q) {
  MATCH (a)-[c:CARRIED_OUT]->(e:Event)-[t:TARGETED|KILLED]->(b)
  WHERE q.events AND ${overlaps('e', w)}
  UNWIND [c, t] AS r
  RETURN r, e.dateStart AS day
  UNION
  MATCH (a)-[r]->(b)
  WHERE type(r) IN q.direct AND ${counts('r', 'a', 'b')} AND ${overlaps('r', w)}
  RETURN r, r.dateStart AS day
  UNION
  MATCH p = (a)-[:REPRESENTS|MEMBER_OF|PART_OF*2..${REPRESENTATION_CHAIN_MAX}]->(b)
  WHERE q.chains AND all(n IN nodes(p) WHERE n:Party)
    AND all(r IN relationships(p) WHERE coalesce(r.status, 'STATED') <> 'DERIVED' AND ${overlaps('r', w)})
    AND NOT EXISTS { (b)-[:REPRESENTS|MEMBER_OF|PART_OF]->(:Party) }
  UNWIND relationships(p) AS r
  RETURN r, r.dateStart AS day
  UNION
  MATCH (a)-[r1:MEMBER_OF]->(g:Organisation {kind: 'COALITION'})<-[r2:MEMBER_OF]-(b)
  WHERE q.shared AND coalesce(r1.status, 'STATED') <> 'DERIVED' AND coalesce(r2.status, 'STATED') <> 'DERIVED'
    AND ${overlaps('r1', w)} AND ${overlaps('r2', w)}
  UNWIND [r1, r2] AS r
  RETURN r, r.dateStart AS day
}
RETURN q.key AS key, r.id AS id, toString(day) AS date`,
    params: {
      ...windowParams(w),
      requests: requests.map((r) => ({ ...r, direct: [...r.direct] })),
    },
    decode: (row) => ({ key: text(row, 'key'), id: text(row, 'id'), date: optText(row, 'date') }),
  };
}
