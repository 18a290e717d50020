import type { Statement } from '../db/index.js';
import { EVENT_ROLE_SPECS, type EventRole, PARTY_EVENTS_CAP } from '../domain/queries.js';
import { cypherInt, nodeMap } from './shared.js';

export interface PartyEventsKey {
  key: string;
  id: string;
  role: EventRole | null;
}

/** Events each party is connected to (in the given role, or any), latest first, for many parties at once. */
export function partyEventsStatement(keys: readonly PartyEventsKey[]): Statement {
  return {
    cypher: `UNWIND $keys AS key
OPTIONAL MATCH (p:Party {id: key.id})
CALL (p, key) {
  OPTIONAL MATCH (p)-[r]-(e:Event)
  WHERE key.specs IS NULL OR any(s IN key.specs WHERE s.type = type(r)
    AND ((s.direction = 'OUT' AND startNode(r) = p) OR (s.direction = 'IN' AND endNode(r) = p)))
  WITH DISTINCT e WHERE e IS NOT NULL
  ORDER BY coalesce(toString(e.dateStart), '') DESC, e.id
  LIMIT $cap
  RETURN collect(${nodeMap('e')}) AS events
}
RETURN key.key AS key, events`,
    params: {
      cap: cypherInt(PARTY_EVENTS_CAP),
      keys: keys.map((k) => ({
        key: k.key,
        id: k.id,
        specs: k.role ? EVENT_ROLE_SPECS[k.role].map((s) => ({ ...s })) : null,
      })),
    },
  };
}
