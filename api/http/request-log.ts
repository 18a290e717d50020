import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../core/logger.js';
import type { RequestState } from './request-context.js';
import { requestStateOf } from './request-id.js';
import { refusedWhileStarting } from './starting.js';

/** One log line when the request finishes: id, status, duration and time spent in Neo4j. */
export function logWhenFinished(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  state: RequestState | undefined,
  path: string,
): void {
  res.on('finish', () => {
    const ms = state ? performance.now() - state.startedAt : undefined;
    const line = {
      requestId: state?.requestId,
      method: req.method,
      path,
      status: res.statusCode,
      ms: ms === undefined ? undefined : Math.round(ms * 10) / 10,
      neo4jMs: state ? Math.round(state.neo4jMs * 10) / 10 : undefined,
      statements: state?.statements,
      readAhead: state?.readAhead,
    };
    // A 503 from /readyz, or from /graphql while starting, is an answer (not ready yet), not a
    // failure worth a warning per poll.
    if (res.statusCode >= 500 && path !== '/readyz' && !refusedWhileStarting(res)) logger.warn(line, 'request failed');
    else logger.info(line, 'request');
  });
}

/** The log line of every request that Express serves (logWhenFinished). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    logWhenFinished(logger, req, res, requestStateOf(res), req.originalUrl.split('?')[0] ?? '');
    next();
  };
}
