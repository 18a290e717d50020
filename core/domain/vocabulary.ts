/**
 * Faultline's closed vocabulary: node types, organisation and place kinds, relationship types.
 * Labels and relationship types reach Cypher only through these maps, never from user strings.
 */

export const PARTY_TYPES = ['Person', 'Organisation'] as const;
export type PartyType = (typeof PARTY_TYPES)[number];

export const EVENT_TYPES = [
  'Attack',
  'Strike',
  'Conflict',
  'Resolution',
  'Meeting',
  'Statement',
  'Transition',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const NODE_TYPES = [...PARTY_TYPES, ...EVENT_TYPES, 'Place', 'Source'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Neo4j labels of each node type: the concrete label plus the family labels used for lookups. */
export const NODE_LABELS: Readonly<Record<NodeType, readonly string[]>> = {
  Person: ['Person', 'Party', 'Node'],
  Organisation: ['Organisation', 'Party', 'Node'],
  Attack: ['Attack', 'Event', 'Node'],
  Strike: ['Strike', 'Event', 'Node'],
  Conflict: ['Conflict', 'Event', 'Node'],
  Resolution: ['Resolution', 'Event', 'Node'],
  Meeting: ['Meeting', 'Event', 'Node'],
  Statement: ['Statement', 'Event', 'Node'],
  Transition: ['Transition', 'Event', 'Node'],
  Place: ['Place', 'Node'],
  Source: ['Source', 'Node'],
};

export const ORGANISATION_KINDS = [
  'STATE',
  'GOVERNMENT',
  'GOVERNMENT_BODY',
  'OFFICE',
  'ARMED_FORCES',
  'MILITARY_COMMAND',
  'MILITIA',
  'LEGISLATURE',
  'COALITION',
  'COMMISSION',
  'WORKING_GROUP',
  'POLITICAL_PARTY',
  'MEDIA',
  'OTHER',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const PLACE_KINDS = ['COUNTRY', 'REGION', 'CITY', 'OTHER'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const RESOLUTION_KINDS = ['RESOLUTION', 'PETITION', 'MOTION'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** Whether a relationship is stated by its evidence or derived from other relationships. */
export const EVIDENCE_STATUSES = ['STATED', 'DERIVED'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

/** A category of endpoint a relationship type accepts. */
export type Endpoint = 'Party' | 'Person' | 'Organisation' | 'Event' | EventType | 'Place';

/** Groups of relationship types that make up the explorer's named networks. */
export type RelationshipFamily =
  | 'OPPOSITION'
  | 'SUPPORT'
  | 'REPRESENTATION'
  | 'PARTICIPATION'
  | 'GEOGRAPHY'
  | 'STATEMENT';

export interface RelationshipSpec {
  from: readonly Endpoint[];
  to: readonly Endpoint[];
  family: RelationshipFamily;
  /** One line, shown in schema docs and the explorer's legend. */
  doc: string;
}

/** Every relationship type Faultline knows, directed from `from` to `to`. */
export const RELATIONSHIP_SPECS = {
  OPPOSES: {
    from: ['Party'],
    to: ['Party'],
    family: 'OPPOSITION',
    doc: 'The source party opposes, is hostile to or acts against the target party.',
  },
  SUPPORTS: {
    from: ['Party'],
    to: ['Party', 'Event'],
    family: 'SUPPORT',
    doc: 'The source party backs, is allied with or supports the target party or event.',
  },
  REPRESENTS: {
    from: ['Party'],
    to: ['Party'],
    family: 'REPRESENTATION',
    doc: 'The source speaks for, leads or holds an office in the target; `role` and `date` give the office and time span.',
  },
  MEMBER_OF: {
    from: ['Party'],
    to: ['Party'],
    family: 'REPRESENTATION',
    doc: 'The source party is a member of the target (a coalition, legislature, alliance).',
  },
  PART_OF: {
    from: ['Party', 'Event'],
    to: ['Party', 'Event'],
    family: 'REPRESENTATION',
    doc: 'The source is a component of the target (a body within a government, a meeting within a process).',
  },
  PARTICIPATED_IN: {
    from: ['Party'],
    to: ['Event'],
    family: 'PARTICIPATION',
    doc: 'The party took part in the event.',
  },
  PRESIDED_OVER: {
    from: ['Person'],
    to: ['Event'],
    family: 'PARTICIPATION',
    doc: 'The person chaired or presided over the event.',
  },
  CARRIED_OUT: {
    from: ['Party'],
    to: ['Event'],
    family: 'OPPOSITION',
    doc: 'The party carried out the attack, strike or other act.',
  },
  TARGETED: {
    from: ['Event'],
    to: ['Party', 'Place'],
    family: 'OPPOSITION',
    doc: 'The attack or strike was aimed at the target.',
  },
  KILLED: {
    from: ['Event', 'Party'],
    to: ['Person'],
    family: 'OPPOSITION',
    doc: 'The event or party killed the person.',
  },
  CONDEMNED: {
    from: ['Party'],
    to: ['Event', 'Party'],
    family: 'OPPOSITION',
    doc: 'The party condemned the event or party.',
  },
  CALLED_FOR: {
    from: ['Party', 'Event'],
    to: ['Event'],
    family: 'OPPOSITION',
    doc: 'The party or document called for the event (a resolution, a withdrawal).',
  },
  DEMANDS: {
    from: ['Party'],
    to: ['Party', 'Event'],
    family: 'OPPOSITION',
    doc: 'The party demands something of, or from, the target.',
  },
  PASSED: { from: ['Party'], to: ['Resolution'], family: 'PARTICIPATION', doc: 'The body passed the resolution.' },
  SIGNED: {
    from: ['Party'],
    to: ['Resolution'],
    family: 'PARTICIPATION',
    doc: 'The party signed the resolution, petition or motion.',
  },
  RESPONDED_TO: {
    from: ['Event'],
    to: ['Event'],
    family: 'OPPOSITION',
    doc: 'The event was a response to (in retaliation for) the target event.',
  },
  LOCATED_IN: {
    from: ['Party', 'Place'],
    to: ['Place'],
    family: 'GEOGRAPHY',
    doc: 'The party or place is located in the target place.',
  },
  OCCURRED_IN: {
    from: ['Event'],
    to: ['Place'],
    family: 'GEOGRAPHY',
    doc: 'The event took place in the target place.',
  },
  STATED: { from: ['Party'], to: ['Statement'], family: 'STATEMENT', doc: 'The party issued or made the statement.' },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_SPECS;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_SPECS) as RelationshipType[];

/** The explorer's named networks and the relationship types each draws. */
export const NETWORK_KINDS = ['OPPOSITION', 'REPRESENTATION', 'ALL'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const NETWORK_TYPES: Readonly<Record<NetworkKind, readonly RelationshipType[]>> = {
  OPPOSITION: ['OPPOSES', 'CARRIED_OUT', 'TARGETED', 'KILLED', 'CONDEMNED', 'CALLED_FOR', 'DEMANDS', 'RESPONDED_TO'],
  REPRESENTATION: ['REPRESENTS', 'MEMBER_OF', 'PART_OF'],
  ALL: RELATIONSHIP_TYPES,
};

export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_SPECS, value);
}

export function isNodeType(value: string): value is NodeType {
  return (NODE_TYPES as readonly string[]).includes(value);
}

/** True when a node of `type` can stand at an endpoint declared as `endpoint`. */
export function endpointAccepts(endpoint: Endpoint, type: NodeType): boolean {
  if (endpoint === type) return true;
  if (endpoint === 'Party') return (PARTY_TYPES as readonly string[]).includes(type);
  if (endpoint === 'Event') return (EVENT_TYPES as readonly string[]).includes(type);
  return false;
}
