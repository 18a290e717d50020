/**
 * The query vocabulary: directions, event roles, sort orders and caps that the API offers and
 * the Cypher builders implement. Domain facts, so they live here and not in a statement builder.
 */
import type { RelationshipType } from './vocabulary.js';

/** Which relationships of a node to follow, relative to that node. */
export const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Sort orders of the party and event listings. */
export const PARTY_SORTS = ['NAME_ASC', 'NAME_DESC', 'CONNECTIONS_DESC'] as const;
export type PartySort = (typeof PARTY_SORTS)[number];
export const EVENT_SORTS = ['DATE_DESC', 'DATE_ASC', 'NAME_ASC', 'NAME_DESC'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

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

/** Most events any one party lists, latest first. */
export const PARTY_EVENTS_CAP = 200;
