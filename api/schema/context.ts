/** What every resolver receives: the database door, this request's loaders, its id and logger. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../core/db/index.js';
import type { Logger } from '../../core/logger.js';
import type { Credentials } from '../auth/api-keys.js';
import { createLoaders, type Loaders } from '../loaders/index.js';

export interface FaultlineContext {
  db: Database;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
  /** What the request's Authorization header carried; mutations need `valid`. */
  auth: Credentials;
}

export interface ContextOptions {
  db: Database;
  logger: Logger;
  requestId?: string;
  auth?: Credentials;
}

/** A fresh context per request: loaders must never be shared between requests. */
export function createContext(options: ContextOptions): FaultlineContext {
  const requestId = options.requestId ?? randomUUID();
  return {
    db: options.db,
    loaders: createLoaders(options.db),
    requestId,
    logger: options.logger.child({ requestId }),
    auth: options.auth ?? { presented: false, valid: false },
  };
}
