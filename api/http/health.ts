import { Router } from 'express';
import type { Database } from '../../core/db/index.js';
import { Readiness } from './readiness.js';

/** How long /readyz waits for Neo4j before calling it unavailable. */
const READY_TIMEOUT_MS = 3_000;

/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: start-up is done, the local
 * Neo4j is not restarting, and Neo4j answers).
 */
export function healthRoutes(db: Database, readiness: Readiness = new Readiness()): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const held = readiness.reason;
    if (held !== null) {
      res
        .status(503)
        .set('cache-control', 'no-store')
        .set('retry-after', '5')
        .json({ status: 'unavailable', reason: held });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), READY_TIMEOUT_MS);
    });
    try {
      const result = await Promise.race([db.ping().catch(() => false), timeout]);
      res.set('cache-control', 'no-store');
      if (result === true) {
        res.json({ status: 'ok' });
      } else {
        const reason =
          result === 'timeout' ? `Neo4j did not answer within ${READY_TIMEOUT_MS / 1000} s` : 'Neo4j is unreachable';
        res.status(503).set('retry-after', '5').json({ status: 'unavailable', reason });
      }
    } finally {
      clearTimeout(timer);
    }
  });
  return router;
}
