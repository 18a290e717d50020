/**
 * Work done once after start-up so the first visitor does not wait for it: the all-time
 * opposition actor network (the explorer's first view), cached for the current graph version.
 * On a large graph it is seconds of aggregation; a request that arrives meanwhile shares it.
 */
import type { Database } from '../../core/db/index.js';
import { builtNetwork } from './actor-network.service.js';
import { graphVersion } from './graph-version.js';

/** Builds and caches the all-time opposition network; resolves with the time it took in ms. */
export async function prewarm(db: Database): Promise<number> {
  const started = performance.now();
  await builtNetwork(db, await graphVersion(db), 'OPPOSITION', { from: null, to: null });
  return Math.round(performance.now() - started);
}
