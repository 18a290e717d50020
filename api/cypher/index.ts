export { DIRECTIONS, type Direction } from './direction.js';
export {
  type NeighbourhoodQuery,
  type NetworkQuery,
  neighbourhoodStatement,
  networkStatement,
  type PathQuery,
  pathStatement,
} from './graph.cypher.js';
export {
  EVENT_SORT_SPECS,
  EVENT_SORTS,
  type EventFilterValues,
  type EventSort,
  eventsPageStatement,
  type Keyset,
  PARTY_SORT_SPECS,
  PARTY_SORTS,
  type PartyFilterValues,
  type PartySort,
  partiesPageStatement,
} from './listing.cypher.js';
export { dateRangeStatement, nodesByIdsStatement } from './nodes.cypher.js';
export {
  EVENT_ROLE_SPECS,
  EVENT_ROLES,
  type EventRole,
  PARTY_EVENTS_CAP,
  type PartyEventsKey,
  partyEventsStatement,
} from './party-events.cypher.js';
export {
  type RelationshipPageKey,
  relationshipPagesStatement,
  relationshipsByIdsStatement,
} from './relationships.cypher.js';
export { escapeLucene, luceneQuery, searchStatement } from './search.cypher.js';
export { cypherInt, hops, typeAlternation } from './shared.js';
