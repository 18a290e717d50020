/**
 * Signed-network analysis: pure functions over a `SignedNetwork` (parties and undirected ties with
 * friendly/hostile evidence). No database access; see analysis/README.md.
 */

export {
  type BlockmodelOptions,
  type BlockmodelResult,
  blockmodelCriterion,
  signedBlockmodel,
} from './blockmodel.js';
export {
  type BetweennessOptions,
  type BetweennessResult,
  betweenness,
  type PagerankOptions,
  type PnIndexOptions,
  type PnIndexResult,
  pagerank,
  pnIndex,
  type RankedScore,
  type SignedDegree,
  type SignedDegreeOptions,
  signedDegree,
} from './centrality.js';
export {
  type BlocChanges,
  type BlocLabel,
  type BlocMatch,
  type BlocMove,
  blocChanges,
  changes,
  type PairState,
  type TieChange,
  type TieChanges,
  tieChanges,
  type WindowChanges,
} from './changes.js';
export { type CommunityOptions, type CommunityResult, louvainCommunities } from './communities.js';
export { jacobiEigenvalues, symmetricEigenvalues } from './eigen.js';
export {
  type ComponentFrustration,
  type ComponentMethod,
  type FrustrationOptions,
  type FrustrationResult,
  frustration,
} from './frustration.js';
export {
  AnalysisLimitError,
  type AnalysisLimits,
  type BuildOptions,
  buildSignedGraph,
  checkLimit,
  DEFAULT_LIMITS,
  type NetworkInput,
  type Sign,
  SignedGraph,
  type SignedNetwork,
  type SignedTie,
  seededRandom,
  type TieRef,
  tieSign,
  toGraph,
  type UnsignedView,
  viewWeight,
} from './signed-graph.js';
export {
  forEachTriangle,
  type SignedTriangle,
  type TriangleCensus,
  type TriangleTie,
  triangleCensus,
  type UnbalancedTriangles,
  type UnbalancedTrianglesOptions,
  unbalancedTriangles,
} from './triangles.js';
export { type WalkBalance, type WalkBalanceOptions, walkBalance } from './walk-balance.js';
