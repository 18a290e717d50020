/**
 * GraphQL enums. Values are the vocabulary's own strings, so records pass through unchanged and
 * every label or relationship type that reaches Cypher still comes from vocabulary.ts.
 */
import { registerEnumType } from 'type-graphql';
import { DATE_PRECISIONS } from '../../core/domain/fuzzy-date.js';
import { DIRECTIONS, EVENT_ROLES, EVENT_SORTS, PARTY_SORTS } from '../../core/domain/index.js';
import {
  EVENT_TYPES,
  EVIDENCE_STATUSES,
  NETWORK_KINDS,
  NETWORK_TYPES,
  NODE_TYPES,
  ORGANISATION_KINDS,
  PARTY_TYPES,
  PLACE_KINDS,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  RESOLUTION_KINDS,
} from '../../core/domain/vocabulary.js';

function enumOf<const T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const NodeTypeEnum = enumOf(NODE_TYPES);
export const PartyTypeEnum = enumOf(PARTY_TYPES);
export const EventTypeEnum = enumOf(EVENT_TYPES);
export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPES);
export const NetworkKindEnum = enumOf(NETWORK_KINDS);
export const EvidenceStatusEnum = enumOf(EVIDENCE_STATUSES);
export const DatePrecisionEnum = enumOf(DATE_PRECISIONS);
export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
export const PlaceKindEnum = enumOf(PLACE_KINDS);
export const ResolutionKindEnum = enumOf(RESOLUTION_KINDS);

export const DirectionEnum = enumOf(DIRECTIONS);

export const PartySortEnum = enumOf(PARTY_SORTS);

export const EventSortEnum = enumOf(EVENT_SORTS);

export const EventRoleEnum = enumOf(EVENT_ROLES);

registerEnumType(NodeTypeEnum, { name: 'NodeType', description: 'The concrete type of a node in the graph.' });
registerEnumType(PartyTypeEnum, { name: 'PartyType', description: 'The kinds of party: a person or an organisation.' });
registerEnumType(EventTypeEnum, { name: 'EventType', description: 'The kinds of event.' });
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'Every relationship type Faultline knows; each is directed from `from` to `to`.',
  valuesConfig: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, { description: RELATIONSHIP_SPECS[t].doc }])),
});
registerEnumType(NetworkKindEnum, {
  name: 'NetworkKind',
  description: "The explorer's named networks: each draws a fixed set of relationship types.",
  valuesConfig: {
    OPPOSITION: { description: `Hostility and acts against: ${NETWORK_TYPES.OPPOSITION.join(', ')}.` },
    REPRESENTATION: { description: `Who speaks for or belongs to whom: ${NETWORK_TYPES.REPRESENTATION.join(', ')}.` },
    ALL: { description: 'Every relationship type.' },
  },
});
registerEnumType(EvidenceStatusEnum, {
  name: 'EvidenceStatus',
  description: 'Whether a relationship is stated by quoted evidence or derived from other relationships.',
  valuesConfig: {
    STATED: { description: 'Backed by one or more verbatim quotes from sources.' },
    DERIVED: { description: 'Follows from the relationships listed in `derivedFrom`.' },
  },
});
registerEnumType(DatePrecisionEnum, {
  name: 'DatePrecision',
  description: 'How precisely a date is known; dates are never widened or narrowed.',
  valuesConfig: {
    DAY: { description: 'A calendar day, such as 2024-01-27.' },
    MONTH: { description: 'Some time in a month, such as 2024-01.' },
    YEAR: { description: 'Some time in a year, such as 2020.' },
    PERIOD: { description: 'A labelled span ("early 2020") with partial-date bounds; an open period has no end.' },
  },
});
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'What sort of organisation a party is.',
});
registerEnumType(PlaceKindEnum, { name: 'PlaceKind', description: 'What sort of place a place is.' });
registerEnumType(ResolutionKindEnum, {
  name: 'ResolutionKind',
  description: 'Whether a resolution event is a resolution, a petition or a motion.',
});
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relationships of a node to follow, relative to that node.',
  valuesConfig: {
    OUT: { description: 'Relationships that start at the node.' },
    IN: { description: 'Relationships that end at the node.' },
    BOTH: { description: 'Relationships in either direction.' },
  },
});
registerEnumType(PartySortEnum, {
  name: 'PartySort',
  description: 'Orders of the parties connection.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z (case-insensitive).' },
    NAME_DESC: { description: 'By name, Z to A (case-insensitive).' },
    CONNECTIONS_DESC: { description: 'Most relationships first.' },
  },
});
registerEnumType(EventSortEnum, {
  name: 'EventSort',
  description: 'Orders of the events connection.',
  valuesConfig: {
    DATE_DESC: { description: 'Latest first day first; undated events last.' },
    DATE_ASC: { description: 'Earliest first day first; undated events last.' },
    NAME_ASC: { description: 'By name, A to Z (case-insensitive).' },
    NAME_DESC: { description: 'By name, Z to A (case-insensitive).' },
  },
});
registerEnumType(EventRoleEnum, {
  name: 'EventRole',
  description: 'The part a party played in an event, read from the relationships between them.',
  valuesConfig: {
    PERPETRATOR: { description: 'The party CARRIED_OUT the event.' },
    TARGET: { description: 'The event TARGETED or KILLED the party.' },
    PARTICIPANT: { description: 'The party PARTICIPATED_IN or PRESIDED_OVER the event.' },
    SPEAKER: { description: 'The party STATED the statement.' },
    SIGNATORY: { description: 'The party SIGNED or PASSED the resolution.' },
    CRITIC: { description: 'The party CONDEMNED, CALLED_FOR or DEMANDS the event.' },
    SUPPORTER: { description: 'The party SUPPORTS the event.' },
  },
});
