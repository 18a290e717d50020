/**
 * Structural balance from triangles and from closed walks.
 *
 * - `triangleCensus`, `unbalancedTriangles`, `forEachTriangle`: see triangles.ts.
 * - `walkBalance`: see walk-balance.ts.
 */
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
