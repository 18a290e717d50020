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

/**
 * A fresh context per request: loaders must never be shared between requests. The loaders (each
 * made on first use) and the request's child logger are built only when a resolver asks for them.
 */
export function createContext(options: ContextOptions): FaultlineContext {
  const requestId = options.requestId ?? randomUUID();
  let loaders: Loaders | undefined;
  let logger: Logger | undefined;
  return {
    db: options.db,
    requestId,
    auth: options.auth ?? { presented: false, valid: false },
    get loaders() {
      loaders ??= createLoaders(options.db);
      return loaders;
    },
    get logger() {
      logger ??= options.logger.child({ requestId });
      return logger;
    },
  };
}
