/**
 * The "Alliances and blocs" operations: the signed actor network with its blocs, balance and
 * a chosen centrality for one time window, and the quotes behind the ties of a number.
 */
import { graphql } from './generated/gql.js';
import type { AnalysisQuery, CentralityMeasure, SignedTieEvidenceQuery } from './generated/graphql.js';

export type { CentralityMeasure };

export const ANALYSIS = graphql(`
  query Analysis($from: Date, $to: Date, $k: Int, $measure: CentralityMeasure!, $ties: Int, $top: Int) {
    analysis(from: $from, to: $to) {
      graphVersion
      parties
      ties
      signedTies(first: $ties) { id fromId toId sign positive negative from { id name } to { id name } }
      balance {
        census { ppp ppn pnn nnn }
        triangleScore
        walkScore
        frustration { value exact lowerBound score frustratedTies { id fromId toId sign from { id name } to { id name } } }
        unbalancedTriangles(first: 20) { partyIds ties { id fromId toId sign from { id name } to { id name } } }
        unbalancedTotal
      }
      blocs(k: $k) { k criterion blocs { id partyIds size } }
      centrality(measure: $measure, first: $top) { partyId value rank }
    }
  }
`);

/** Quotes behind signed ties, fetched when a number or a triangle is opened. */
export const SIGNED_TIE_EVIDENCE = graphql(`
  query SignedTieEvidence($from: Date, $to: Date) {
    analysis(from: $from, to: $to) {
      balance {
        unbalancedTriangles(first: 20) {
          partyIds
          ties {
            id
            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }
          }
        }
        frustration {
          frustratedTies {
            id
            evidence(first: 3) { totalCount edges { node { id type evidence { quote source { title } } } } }
          }
        }
      }
    }
  }
`);

export type Analysis = AnalysisQuery['analysis'];
export type SignedTie = Analysis['signedTies'][number];
export type Triangle = Analysis['balance']['unbalancedTriangles'][number];
type EvidenceBalance = SignedTieEvidenceQuery['analysis']['balance'];
export type TieQuotes = EvidenceBalance['unbalancedTriangles'][number]['ties'][number];

export const CENTRALITY_MEASURES: readonly CentralityMeasure[] = Object.freeze([
  'SIGNED_DEGREE',
  'NEGATIVE_DEGREE',
  'POSITIVE_DEGREE',
  'PN',
  'PAGERANK',
  'BETWEENNESS',
]);

/** Signed ties drawn in the blocs view: the strongest first (the API orders them). */
export const BLOC_TIES = 600;
