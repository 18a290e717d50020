import type { RelationshipType } from '../../graph-seed/model/vocabulary.js';
import type { Statement } from '../db/index.js';
import { cypherInt, nodeMap } from './shared.js';

/** How a party takes part in an event. */
export const EVENT_ROLES = [
  'PERPETRATOR',
  'TARGET',
  'PARTICIPANT',
  'SPEAKER',
  'SIGNATORY',
  'CRITIC',
  'SUPPORTER',
] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

interface RoleSpec {
  type: RelationshipType;
  /** OUT: party → event; IN: event → party. */
  direction: 'OUT' | 'IN';
}

/** Each role as the relationships that express it (closed map). */
export const EVENT_ROLE_SPECS: Readonly<Record<EventRole, readonly RoleSpec[]>> = {
  PERPETRATOR: [{ type: 'CARRIED_OUT', direction: 'OUT' }],
  TARGET: [
    { type: 'TARGETED', direction: 'IN' },
    { type: 'KILLED', direction: 'IN' },
  ],
  PARTICIPANT: [
    { type: 'PARTICIPATED_IN', direction: 'OUT' },
    { type: 'PRESIDED_OVER', direction: 'OUT' },
  ],
  SPEAKER: [{ type: 'STATED', direction: 'OUT' }],
  SIGNATORY: [
    { type: 'SIGNED', direction: 'OUT' },
    { type: 'PASSED', direction: 'OUT' },
  ],
  CRITIC: [
    { type: 'CONDEMNED', direction: 'OUT' },
    { type: 'CALLED_FOR', direction: 'OUT' },
    { type: 'DEMANDS', direction: 'OUT' },
  ],
  SUPPORTER: [{ type: 'SUPPORTS', direction: 'OUT' }],
};

export interface PartyEventsKey {
  key: string;
  id: string;
  role: EventRole | null;
}

/** Most events any one party lists, latest first. */
export const PARTY_EVENTS_CAP = 200;

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
