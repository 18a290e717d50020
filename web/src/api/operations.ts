/**
 * Every GraphQL operation the explorer sends, with result types derived by hand from
 * schema.graphql. tests/unit/web-operations.test.ts validates each document against the
 * emitted schema, so a renamed field fails the build instead of the page.
 */
import type { NetworkKind, NodeType, RelationshipType } from '../../../core/domain/vocabulary.js';
import { gql } from './client.js';

export type { NetworkKind, NodeType, RelationshipType };
export type EvidenceStatus = 'STATED' | 'DERIVED';
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'PERIOD';

export interface FuzzyDate {
  precision: DatePrecision;
  value: string;
  start: string | null;
  end: string | null;
  firstDay: string | null;
  lastDay: string | null;
}

export interface NodeRef {
  id: string;
  name: string;
  type: NodeType;
}

export interface SourceRef {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  published: FuzzyDate | null;
}

export interface Evidence {
  quote: string;
  offset: number;
  source: SourceRef;
}

/** A relationship as the explorer draws it; evidence is fetched when needed (RELATIONSHIP, EDGE_EVIDENCE). */
export interface Edge {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  status: EvidenceStatus;
  role: string | null;
  note: string | null;
  date: FuzzyDate | null;
}

/** A relationship with its evidence and its endpoints' names, for the side panel. */
export interface EdgeBase extends Edge {
  evidence: Evidence[];
  fromNode: NodeRef;
  toNode: NodeRef;
}

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  kind: string | null;
  date: FuzzyDate | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: Edge[];
}

const DATE_FRAGMENT = /* GraphQL */ `
  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }
`;

/**
 * Graphs carry no evidence: the API prices every nested list, and quotes for thousands of
 * edges would cost more than the drawing needs. The panel and the exporters fetch them.
 */
const GRAPH_FRAGMENT = /* GraphQL */ `
  fragment GraphFields on Graph {
    nodes { id type label kind date { ...FuzzyDateFields } }
    edges { id type from to status role note date { ...FuzzyDateFields } }
  }
  ${DATE_FRAGMENT}
`;

const EDGE_FRAGMENTS = /* GraphQL */ `
  fragment EvidenceFields on Evidence {
    quote
    offset
    source { id title outlet url published { ...FuzzyDateFields } }
  }
  fragment EdgeBaseFields on Relationship {
    id type from to status role note
    date { ...FuzzyDateFields }
    evidence { ...EvidenceFields }
    fromNode { id name type }
    toNode { id name type }
  }
  ${DATE_FRAGMENT}
`;

/**
 * Most relationships a network request asks for: the API's own cap. At four priced fields per
 * relationship this stays inside the API's default query cost limit (maxCost 100000); evidence
 * is fetched per relationship when one is opened, not with the network.
 */
export const NETWORK_EDGE_LIMIT = 5000;

export interface NetworkVars {
  kind: NetworkKind;
  limit: number;
  from?: string | null;
  to?: string | null;
  types?: RelationshipType[] | null;
}
export const NETWORK = gql<{ network: Graph }, NetworkVars>(`
  query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {
    network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) { ...GraphFields }
  }
  ${GRAPH_FRAGMENT}
`);

export interface NeighbourhoodVars {
  id: string;
  depth: number;
  types?: RelationshipType[] | null;
}
export const NEIGHBOURHOOD = gql<{ neighbourhood: Graph }, NeighbourhoodVars>(`
  query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {
    neighbourhood(id: $id, depth: $depth, types: $types) { ...GraphFields }
  }
  ${GRAPH_FRAGMENT}
`);

export interface PathVars {
  from: string;
  to: string;
  types?: RelationshipType[] | null;
}
export const PATH = gql<{ path: Graph }, PathVars>(`
  query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {
    path(from: $from, to: $to, types: $types) { ...GraphFields }
  }
  ${GRAPH_FRAGMENT}
`);

export interface SearchHit {
  score: number;
  node: NodeRef;
}
export const SEARCH = gql<{ search: SearchHit[] }, { text: string; first?: number }>(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { score node { id name type } }
  }
`);

export interface DateSpan {
  first: string | null;
  last: string | null;
}
export const DATE_RANGE = gql<{ dateRange: DateSpan | null }>(`
  query DateRange { dateRange { first last } }
`);

/** What the side panel shows about a node, whichever type it is. */
export interface NodeDetails extends NodeRef {
  aliases?: string[];
  description?: string | null;
  unknown?: boolean;
  country?: NodeRef | null;
  organisationKind?: string | null;
  placeKind?: string;
  summary?: string | null;
  date?: FuzzyDate | null;
  place?: NodeRef | null;
  within?: NodeRef | null;
  title?: string;
  outlet?: string | null;
  url?: string | null;
  published?: FuzzyDate | null;
}
export const NODE_DETAILS = gql<{ node: NodeDetails | null }, { id: string }>(`
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
  ${DATE_FRAGMENT}
`);

/** A relationship with its evidence and, when derived, the relationships it follows from. */
export interface RelationshipDetails extends EdgeBase {
  derivedFrom: EdgeBase[];
}
export const RELATIONSHIP = gql<{ relationship: RelationshipDetails | null }, { id: string }>(`
  query Relationship($id: ID!) {
    relationship(id: $id) { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } }
  }
  ${EDGE_FRAGMENTS}
`);

/** What the exporters keep of each relationship's evidence. */
export interface EdgeEvidence {
  id: string;
  evidence: { quote: string; source: { id: string; title: string } }[];
  derivedFrom: { id: string }[];
}

/** Relationships fetched per evidence request: within the API's alias limit (maxAliases 30). */
export const EVIDENCE_BATCH = 25;

/** One request for the evidence of up to EVIDENCE_BATCH relationships, as aliases e0, e1, … */
export function edgeEvidenceQuery(count: number) {
  const n = Math.max(1, Math.min(count, EVIDENCE_BATCH));
  const ids = Array.from({ length: n }, (_, i) => i);
  return gql<Record<string, EdgeEvidence | null>, Record<string, string>>(`
  query EdgeEvidence(${ids.map((i) => `$id${i}: ID!`).join(', ')}) {
    ${ids.map((i) => `e${i}: relationship(id: $id${i}) { ...ExportEvidence }`).join('\n    ')}
  }
  fragment ExportEvidence on Relationship { id evidence { quote source { id title } } derivedFrom { id } }
`);
}

/** Every operation document, for the schema validation test. */
export const ALL_OPERATIONS = {
  NETWORK,
  NEIGHBOURHOOD,
  PATH,
  SEARCH,
  DATE_RANGE,
  NODE_DETAILS,
  RELATIONSHIP,
  EDGE_EVIDENCE: edgeEvidenceQuery(EVIDENCE_BATCH),
};
