/** All of Faultline's Cypher: every statement is a pure builder returning `{ cypher, params }`. */

export * from './export.cypher.js';
export {
  type NeighbourhoodQuery,
  type NetworkQuery,
  neighbourhoodStatement,
  networkStatement,
  type PathQuery,
  pathStatement,
} from './graph.cypher.js';
export * from './graph-write.cypher.js';
export {
  EVENT_SORT_SPECS,
  type EventFilterValues,
  eventsPageStatement,
  type Keyset,
  PARTY_SORT_SPECS,
  type PartyFilterValues,
  partiesPageStatement,
} from './listing.cypher.js';
export { dateRangeStatement, nodesByIdsStatement } from './nodes.cypher.js';
export { type PartyEventsKey, partyEventsStatement } from './party-events.cypher.js';
export {
  type RelationshipPageKey,
  relationshipPagesStatement,
  relationshipsByIdsStatement,
} from './relationships.cypher.js';
export { awaitIndexesStatement, SEARCH_INDEX, schemaStatements } from './schema.cypher.js';
export { escapeLucene, luceneQuery, searchStatement } from './search.cypher.js';
export * from './server.cypher.js';
export { cypherInt, hops, typeAlternation } from './shared.js';
export * from './write.cypher.js';
