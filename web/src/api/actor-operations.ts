/**
 * The actor-level operations: party-to-party ties aggregated by the API (`actorNetwork`), one
 * tie with its counts, and a tie's evidence a page at a time. Types come from `npm run codegen`.
 */
import { graphql } from './generated/gql.js';
import type { ActorNetworkQuery, TieDetailsQuery, TieFieldsFragment } from './generated/graphql.js';

export const TIE_FRAGMENT = graphql(`
  fragment TieFields on Tie { id fromId toId total weight firstDate lastDate }
`);

/** One page of the actor network: the most relevant ties first, with the totals the page hides. */
export const ACTOR_NETWORK = graphql(`
  query ActorNetwork($kind: NetworkKind, $from: Date, $to: Date, $focus: [ID!], $first: Int, $after: String) {
    actorNetwork(kind: $kind, from: $from, to: $to, focus: $focus, first: $first, after: $after) {
      ties { ...TieFields }
      parties { id name type kind parentId parentName degree weight }
      totalTies
      totalParties
      truncated
      endCursor
      hasNextPage
    }
  }
`);

export const TIE_DETAILS = graphql(`
  query TieDetails($id: ID!) {
    tie(id: $id) {
      ...TieFields
      kind
      from { id name }
      to { id name }
      counts { kind count }
      fatalities
      roles
    }
  }
`);

/** Quotes behind a tie, a page of relationships at a time. */
export const TIE_EVIDENCE = graphql(`
  query TieEvidence($id: ID!, $first: Int, $after: String) {
    tie(id: $id) {
      id
      evidence(first: $first, after: $after) {
        totalCount
        pageInfo { endCursor hasNextPage }
        edges { node { id type date { value } evidence { quote source { title } } } }
      }
    }
  }
`);

export type ActorNetwork = ActorNetworkQuery['actorNetwork'];
export type Tie = TieFieldsFragment;
export type ActorParty = ActorNetwork['parties'][number];
export type TieDetails = NonNullable<TieDetailsQuery['tie']>;

/** Ties per actor-network page: the API's default page. */
export const TIE_PAGE = 200;
/** Quotes-bearing relationships per evidence page. */
export const EVIDENCE_PAGE = 10;
