import type { RequestHandler } from 'express';
import type { Logger } from '../../core/logger.js';
import { requestStateOf } from './request-id.js';

/** One log line per request when it finishes: id, status, duration and time spent in Neo4j. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    res.on('finish', () => {
      const state = requestStateOf(res);
      const ms = state ? performance.now() - state.startedAt : undefined;
      const line = {
        requestId: state?.requestId,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: ms === undefined ? undefined : Math.round(ms * 10) / 10,
        neo4jMs: state ? Math.round(state.neo4jMs * 10) / 10 : undefined,
        statements: state?.statements,
      };
      // A 503 from /readyz is an answer (not ready yet), not a failure worth a warning per poll.
      if (res.statusCode >= 500 && line.path !== '/readyz') logger.warn(line, 'request failed');
      else logger.info(line, 'request');
    });
    next();
  };
}
