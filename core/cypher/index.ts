/** All of Faultline's Cypher: every statement is a pure builder returning `{ cypher, params }`. */

export * from './actor-network.cypher.js';
export * from './actor-network-evidence.cypher.js';
export { createNodesStatement, createRelationshipsStatement, deferredSchemaDropStatements } from './bulk.cypher.js';
export * from './export.cypher.js';
export type {
  GraphProjection,
  NeighbourhoodRow,
  NetworkEdgeRow,
  NetworkPosition,
  NetworkRow,
  PathRow,
} from './graph.cypher.js';
export {
  type NeighbourhoodQuery,
  type NetworkQuery,
  neighbourhoodStatement,
  networkStatement,
  networkStreamStatements,
  type PathQuery,
  pathStatement,
} from './graph.cypher.js';
export { type CitedSource, type GraphTail, NO_TAIL, type TailRows } from './graph-tail.cypher.js';
export * from './graph-write.cypher.js';
export {
  EVENT_SORT_SPECS,
  type EventFilterValues,
  eventsPageStatement,
  type Keyset,
  PARTY_SORT_SPECS,
  type PageOptions,
  type PageRow,
  type PartyFilterValues,
  partiesPageStatement,
} from './listing.cypher.js';
export {
  dateRangeStatement,
  type FoldedNode,
  foldedNodesStatement,
  isEmptyFold,
  NO_FOLD,
  type NodeFold,
  nodesByIdsStatement,
} from './nodes.cypher.js';
export { joinParts, PART_ITEMS } from './parts.js';
export {
  type EventSlice,
  type EventSliceRow,
  type PartyEventsKey,
  partyEventsStatement,
} from './party-events.cypher.js';
export {
  type Derivations,
  NO_DERIVATIONS,
  type RelationshipSlice,
  type RelationshipSliceKey,
  type RelationshipSliceRow,
  relationshipSlicesStatement,
  relationshipsByIdsStatement,
  type SlicePosition,
} from './relationships.cypher.js';
export {
  awaitIndexesStatement,
  SEARCH_INDEX,
  schemaNameOf,
  schemaNamesStatements,
  schemaStatements,
} from './schema.cypher.js';
export { escapeLucene, luceneQuery, type SearchRow, searchStatement } from './search.cypher.js';
export * from './server.cypher.js';
export {
  cypherInt,
  DATE_PROPS,
  DRAWN_PROPS,
  type DrawnProp,
  hops,
  typeAlternation,
  wholeNode,
  wholeRelationship,
} from './shared.js';
export * from './signed-network.cypher.js';
export * from './write.cypher.js';
