/**
 * The event-level operations the explorer sends (network, neighbourhood, path, search, details,
 * evidence). Their result and variable types are generated from schema.graphql by `npm run
 * codegen` (web/src/api/generated/); tests/unit/web-operations.test.ts checks each document.
 */
import type { NetworkKind, NodeType, RelationshipType } from '../../../core/domain/vocabulary.js';
import { graphql } from './generated/gql.js';
import {
  type EdgeBaseFieldsFragment,
  type EdgeEvidenceFieldsFragment,
  type EvidenceFieldsFragment,
  type FuzzyDateFieldsFragment,
  type GraphFieldsFragment,
  type NodeDetailsQuery,
  type SearchQuery,
  TypedDocumentString,
} from './generated/graphql.js';

export type { NetworkKind, NodeType, RelationshipType };

export const DATE_FRAGMENT = graphql(`
  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }
`);

/**
 * Graphs carry no evidence: the API prices every nested list, and quotes for thousands of
 * edges would cost more than the drawing needs. The panel and the exporters fetch them.
 */
export const GRAPH_FRAGMENT = graphql(`
  fragment GraphFields on Graph {
    nodes { id type label kind date { ...FuzzyDateFields } }
    edges { id type from to status role note date { ...FuzzyDateFields } }
  }
`);

export const EDGE_FRAGMENTS = graphql(`
  fragment EvidenceFields on Evidence {
    quote
    offset
    source { id title outlet url published { ...FuzzyDateFields } }
  }
`);

export const EDGE_BASE_FRAGMENT = graphql(`
  fragment EdgeBaseFields on Relationship {
    id type from to status role note
    date { ...FuzzyDateFields }
    evidence { ...EvidenceFields }
    fromNode { id name type }
    toNode { id name type }
  }
`);

export type FuzzyDate = FuzzyDateFieldsFragment;
export type Graph = GraphFieldsFragment;
export type GraphNode = Graph['nodes'][number];
/** A relationship as the explorer draws it; evidence is fetched when needed (RELATIONSHIP, EDGE_EVIDENCE). */
export type Edge = Graph['edges'][number];
export type Evidence = EvidenceFieldsFragment;
/** A relationship with its evidence and its endpoints' names, for the side panel. */
export type EdgeBase = EdgeBaseFieldsFragment;
export type SearchHit = SearchQuery['search'][number];
export type NodeRef = SearchHit['node'];

/**
 * Most relationships a network request asks for: the API's own cap. At four priced fields per
 * relationship this stays inside the API's default query cost limit (maxCost 100000); evidence
 * is fetched per relationship when one is opened, not with the network.
 */
export const NETWORK_EDGE_LIMIT = 5000;

export const NETWORK = graphql(`
  query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {
    network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) { ...GraphFields totalEdges truncated }
  }
`);

export const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {
    neighbourhood(id: $id, depth: $depth, types: $types) { ...GraphFields }
  }
`);

export const PATH = graphql(`
  query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {
    path(from: $from, to: $to, types: $types) { ...GraphFields }
  }
`);

export const SEARCH = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { score node { id name type } }
  }
`);

export const DATE_RANGE = graphql(`
  query DateRange { dateRange { first last } }
`);
export type DateSpan = { first: string | null; last: string | null };

export const NODE_DETAILS = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      id name type
      ... on Party { aliases description unknown country { id name type } }
      ... on Organisation { organisationKind: kind }
      ... on Event { summary date { ...FuzzyDateFields } place { id name type } }
      ... on Place { placeKind: kind aliases within { id name type } }
      ... on Source { title outlet url published { ...FuzzyDateFields } }
    }
  }
`);

type Member = NonNullable<NodeDetailsQuery['node']>;
type AnyKey<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends unknown ? (K extends keyof U ? U[K] : never) : never;
/** What the side panel shows about a node, whichever type it is: every member's fields, optional. */
export type NodeDetails = Pick<Member, 'id' | 'name' | 'type'> & { [K in AnyKey<Member>]?: ValueOf<Member, K> };

/** A relationship with its evidence and, when derived, the relationships it follows from. */
export const RELATIONSHIP = graphql(`
  query Relationship($id: ID!) {
    relationship(id: $id) { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } }
  }
`);
export type RelationshipDetails = EdgeBase & { derivedFrom: EdgeBase[] };

export const EDGE_EVIDENCE_FRAGMENT = graphql(`
  fragment EdgeEvidenceFields on Relationship { id evidence { quote source { id title } } derivedFrom { id } }
`);
/** What the exporters keep of each relationship's evidence. */
export type EdgeEvidence = EdgeEvidenceFieldsFragment;

/** Relationships fetched per evidence request: within the API's alias limit (maxAliases 30). */
export const EVIDENCE_BATCH = 25;

/**
 * One request for the evidence of up to EVIDENCE_BATCH relationships, as aliases e0, e1, …
 * Built at run time (the alias count varies), so typed here from the generated fragment.
 */
export function edgeEvidenceQuery(count: number) {
  const n = Math.max(1, Math.min(count, EVIDENCE_BATCH));
  const ids = Array.from({ length: n }, (_, i) => i);
  return new TypedDocumentString<Record<string, EdgeEvidence | null>, Record<string, string>>(`
  query EdgeEvidence(${ids.map((i) => `$id${i}: ID!`).join(', ')}) {
    ${ids.map((i) => `e${i}: relationship(id: $id${i}) { ...EdgeEvidenceFields }`).join('\n    ')}
  }
  ${EDGE_EVIDENCE_FRAGMENT}`);
}
