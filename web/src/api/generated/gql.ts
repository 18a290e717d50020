/* eslint-disable */
import * as types from './graphql.js';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment TieFields on Tie { id fromId toId total weight firstDate lastDate }\n': typeof types.TieFieldsFragmentDoc;
  '\n  query ActorNetwork($kind: NetworkKind, $from: Date, $to: Date, $focus: [ID!], $first: Int, $after: String) {\n    actorNetwork(kind: $kind, from: $from, to: $to, focus: $focus, first: $first, after: $after) {\n      ties { ...TieFields }\n      parties { id name type kind parentId parentName degree weight }\n      totalTies\n      totalParties\n      truncated\n      endCursor\n      hasNextPage\n    }\n  }\n': typeof types.ActorNetworkDocument;
  '\n  query TieDetails($id: ID!) {\n    tie(id: $id) {\n      ...TieFields\n      kind\n      from { id name }\n      to { id name }\n      counts { kind count }\n      fatalities\n      roles\n    }\n  }\n': typeof types.TieDetailsDocument;
  '\n  query TieEvidence($id: ID!, $first: Int, $after: String) {\n    tie(id: $id) {\n      id\n      evidence(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { id type date { value } evidence { quote source { title } } } }\n      }\n    }\n  }\n': typeof types.TieEvidenceDocument;
  '\n  query Analysis($from: Date, $to: Date, $k: Int, $measure: CentralityMeasure!, $ties: Int, $top: Int) {\n    analysis(from: $from, to: $to) {\n      graphVersion\n      parties\n      ties\n      signedTies(first: $ties) { id fromId toId sign positive negative from { id name } to { id name } }\n      balance {\n        census { ppp ppn pnn nnn }\n        triangleScore\n        walkScore\n        frustration { value exact lowerBound score frustratedTies { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTriangles(first: 20) { partyIds ties { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTotal\n      }\n      blocs(k: $k) { k criterion blocs { id partyIds size } }\n      centrality(measure: $measure, first: $top) { partyId value rank }\n    }\n  }\n': typeof types.AnalysisDocument;
  '\n  query SignedTieEvidence($from: Date, $to: Date) {\n    analysis(from: $from, to: $to) {\n      balance {\n        unbalancedTriangles(first: 20) {\n          partyIds\n          ties {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n        frustration {\n          frustratedTies {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n      }\n    }\n  }\n': typeof types.SignedTieEvidenceDocument;
  '\n  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }\n': typeof types.FuzzyDateFieldsFragmentDoc;
  '\n  fragment GraphFields on Graph {\n    nodes { id type label kind date { ...FuzzyDateFields } }\n    edges { id type from to status role note date { ...FuzzyDateFields } }\n  }\n': typeof types.GraphFieldsFragmentDoc;
  '\n  fragment EvidenceFields on Evidence {\n    quote\n    offset\n    source { id title outlet url published { ...FuzzyDateFields } }\n  }\n': typeof types.EvidenceFieldsFragmentDoc;
  '\n  fragment EdgeBaseFields on Relationship {\n    id type from to status role note\n    date { ...FuzzyDateFields }\n    evidence { ...EvidenceFields }\n    fromNode { id name type }\n    toNode { id name type }\n  }\n': typeof types.EdgeBaseFieldsFragmentDoc;
  '\n  query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {\n    network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) { ...GraphFields totalEdges truncated }\n  }\n': typeof types.NetworkDocument;
  '\n  query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {\n    neighbourhood(id: $id, depth: $depth, types: $types) { ...GraphFields }\n  }\n': typeof types.NeighbourhoodDocument;
  '\n  query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {\n    path(from: $from, to: $to, types: $types) { ...GraphFields }\n  }\n': typeof types.PathDocument;
  '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score node { id name type } }\n  }\n': typeof types.SearchDocument;
  '\n  query DateRange { dateRange { first last } }\n': typeof types.DateRangeDocument;
  '\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name type\n      ... on Party { aliases description unknown country { id name type } }\n      ... on Organisation { organisationKind: kind }\n      ... on Event { summary date { ...FuzzyDateFields } place { id name type } }\n      ... on Place { placeKind: kind aliases within { id name type } }\n      ... on Source { title outlet url published { ...FuzzyDateFields } }\n    }\n  }\n': typeof types.NodeDetailsDocument;
  '\n  query Relationship($id: ID!) {\n    relationship(id: $id) { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } }\n  }\n': typeof types.RelationshipDocument;
  '\n  fragment EdgeEvidenceFields on Relationship { id evidence { quote source { id title } } derivedFrom { id } }\n': typeof types.EdgeEvidenceFieldsFragmentDoc;
};
const documents: Documents = {
  '\n  fragment TieFields on Tie { id fromId toId total weight firstDate lastDate }\n': types.TieFieldsFragmentDoc,
  '\n  query ActorNetwork($kind: NetworkKind, $from: Date, $to: Date, $focus: [ID!], $first: Int, $after: String) {\n    actorNetwork(kind: $kind, from: $from, to: $to, focus: $focus, first: $first, after: $after) {\n      ties { ...TieFields }\n      parties { id name type kind parentId parentName degree weight }\n      totalTies\n      totalParties\n      truncated\n      endCursor\n      hasNextPage\n    }\n  }\n':
    types.ActorNetworkDocument,
  '\n  query TieDetails($id: ID!) {\n    tie(id: $id) {\n      ...TieFields\n      kind\n      from { id name }\n      to { id name }\n      counts { kind count }\n      fatalities\n      roles\n    }\n  }\n':
    types.TieDetailsDocument,
  '\n  query TieEvidence($id: ID!, $first: Int, $after: String) {\n    tie(id: $id) {\n      id\n      evidence(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { id type date { value } evidence { quote source { title } } } }\n      }\n    }\n  }\n':
    types.TieEvidenceDocument,
  '\n  query Analysis($from: Date, $to: Date, $k: Int, $measure: CentralityMeasure!, $ties: Int, $top: Int) {\n    analysis(from: $from, to: $to) {\n      graphVersion\n      parties\n      ties\n      signedTies(first: $ties) { id fromId toId sign positive negative from { id name } to { id name } }\n      balance {\n        census { ppp ppn pnn nnn }\n        triangleScore\n        walkScore\n        frustration { value exact lowerBound score frustratedTies { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTriangles(first: 20) { partyIds ties { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTotal\n      }\n      blocs(k: $k) { k criterion blocs { id partyIds size } }\n      centrality(measure: $measure, first: $top) { partyId value rank }\n    }\n  }\n':
    types.AnalysisDocument,
  '\n  query SignedTieEvidence($from: Date, $to: Date) {\n    analysis(from: $from, to: $to) {\n      balance {\n        unbalancedTriangles(first: 20) {\n          partyIds\n          ties {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n        frustration {\n          frustratedTies {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n      }\n    }\n  }\n':
    types.SignedTieEvidenceDocument,
  '\n  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }\n':
    types.FuzzyDateFieldsFragmentDoc,
  '\n  fragment GraphFields on Graph {\n    nodes { id type label kind date { ...FuzzyDateFields } }\n    edges { id type from to status role note date { ...FuzzyDateFields } }\n  }\n':
    types.GraphFieldsFragmentDoc,
  '\n  fragment EvidenceFields on Evidence {\n    quote\n    offset\n    source { id title outlet url published { ...FuzzyDateFields } }\n  }\n':
    types.EvidenceFieldsFragmentDoc,
  '\n  fragment EdgeBaseFields on Relationship {\n    id type from to status role note\n    date { ...FuzzyDateFields }\n    evidence { ...EvidenceFields }\n    fromNode { id name type }\n    toNode { id name type }\n  }\n':
    types.EdgeBaseFieldsFragmentDoc,
  '\n  query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {\n    network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) { ...GraphFields totalEdges truncated }\n  }\n':
    types.NetworkDocument,
  '\n  query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {\n    neighbourhood(id: $id, depth: $depth, types: $types) { ...GraphFields }\n  }\n':
    types.NeighbourhoodDocument,
  '\n  query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {\n    path(from: $from, to: $to, types: $types) { ...GraphFields }\n  }\n':
    types.PathDocument,
  '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score node { id name type } }\n  }\n':
    types.SearchDocument,
  '\n  query DateRange { dateRange { first last } }\n': types.DateRangeDocument,
  '\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name type\n      ... on Party { aliases description unknown country { id name type } }\n      ... on Organisation { organisationKind: kind }\n      ... on Event { summary date { ...FuzzyDateFields } place { id name type } }\n      ... on Place { placeKind: kind aliases within { id name type } }\n      ... on Source { title outlet url published { ...FuzzyDateFields } }\n    }\n  }\n':
    types.NodeDetailsDocument,
  '\n  query Relationship($id: ID!) {\n    relationship(id: $id) { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } }\n  }\n':
    types.RelationshipDocument,
  '\n  fragment EdgeEvidenceFields on Relationship { id evidence { quote source { id title } } derivedFrom { id } }\n':
    types.EdgeEvidenceFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TieFields on Tie { id fromId toId total weight firstDate lastDate }\n',
): typeof import('./graphql.js').TieFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ActorNetwork($kind: NetworkKind, $from: Date, $to: Date, $focus: [ID!], $first: Int, $after: String) {\n    actorNetwork(kind: $kind, from: $from, to: $to, focus: $focus, first: $first, after: $after) {\n      ties { ...TieFields }\n      parties { id name type kind parentId parentName degree weight }\n      totalTies\n      totalParties\n      truncated\n      endCursor\n      hasNextPage\n    }\n  }\n',
): typeof import('./graphql.js').ActorNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TieDetails($id: ID!) {\n    tie(id: $id) {\n      ...TieFields\n      kind\n      from { id name }\n      to { id name }\n      counts { kind count }\n      fatalities\n      roles\n    }\n  }\n',
): typeof import('./graphql.js').TieDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TieEvidence($id: ID!, $first: Int, $after: String) {\n    tie(id: $id) {\n      id\n      evidence(first: $first, after: $after) {\n        totalCount\n        pageInfo { endCursor hasNextPage }\n        edges { node { id type date { value } evidence { quote source { title } } } }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').TieEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Analysis($from: Date, $to: Date, $k: Int, $measure: CentralityMeasure!, $ties: Int, $top: Int) {\n    analysis(from: $from, to: $to) {\n      graphVersion\n      parties\n      ties\n      signedTies(first: $ties) { id fromId toId sign positive negative from { id name } to { id name } }\n      balance {\n        census { ppp ppn pnn nnn }\n        triangleScore\n        walkScore\n        frustration { value exact lowerBound score frustratedTies { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTriangles(first: 20) { partyIds ties { id fromId toId sign from { id name } to { id name } } }\n        unbalancedTotal\n      }\n      blocs(k: $k) { k criterion blocs { id partyIds size } }\n      centrality(measure: $measure, first: $top) { partyId value rank }\n    }\n  }\n',
): typeof import('./graphql.js').AnalysisDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SignedTieEvidence($from: Date, $to: Date) {\n    analysis(from: $from, to: $to) {\n      balance {\n        unbalancedTriangles(first: 20) {\n          partyIds\n          ties {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n        frustration {\n          frustratedTies {\n            id\n            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }\n          }\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql.js').SignedTieEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FuzzyDateFields on FuzzyDate { precision value start end firstDay lastDay }\n',
): typeof import('./graphql.js').FuzzyDateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment GraphFields on Graph {\n    nodes { id type label kind date { ...FuzzyDateFields } }\n    edges { id type from to status role note date { ...FuzzyDateFields } }\n  }\n',
): typeof import('./graphql.js').GraphFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvidenceFields on Evidence {\n    quote\n    offset\n    source { id title outlet url published { ...FuzzyDateFields } }\n  }\n',
): typeof import('./graphql.js').EvidenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EdgeBaseFields on Relationship {\n    id type from to status role note\n    date { ...FuzzyDateFields }\n    evidence { ...EvidenceFields }\n    fromNode { id name type }\n    toNode { id name type }\n  }\n',
): typeof import('./graphql.js').EdgeBaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Network($kind: NetworkKind!, $from: Date, $to: Date, $types: [RelationshipType!], $limit: Int!) {\n    network(kind: $kind, from: $from, to: $to, types: $types, limit: $limit) { ...GraphFields totalEdges truncated }\n  }\n',
): typeof import('./graphql.js').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Neighbourhood($id: ID!, $depth: Int!, $types: [RelationshipType!]) {\n    neighbourhood(id: $id, depth: $depth, types: $types) { ...GraphFields }\n  }\n',
): typeof import('./graphql.js').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Path($from: ID!, $to: ID!, $types: [RelationshipType!]) {\n    path(from: $from, to: $to, types: $types) { ...GraphFields }\n  }\n',
): typeof import('./graphql.js').PathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) { score node { id name type } }\n  }\n',
): typeof import('./graphql.js').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DateRange { dateRange { first last } }\n',
): typeof import('./graphql.js').DateRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      id name type\n      ... on Party { aliases description unknown country { id name type } }\n      ... on Organisation { organisationKind: kind }\n      ... on Event { summary date { ...FuzzyDateFields } place { id name type } }\n      ... on Place { placeKind: kind aliases within { id name type } }\n      ... on Source { title outlet url published { ...FuzzyDateFields } }\n    }\n  }\n',
): typeof import('./graphql.js').NodeDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Relationship($id: ID!) {\n    relationship(id: $id) { ...EdgeBaseFields derivedFrom { ...EdgeBaseFields } }\n  }\n',
): typeof import('./graphql.js').RelationshipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EdgeEvidenceFields on Relationship { id evidence { quote source { id title } } derivedFrom { id } }\n',
): typeof import('./graphql.js').EdgeEvidenceFieldsFragmentDoc;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
