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
 * One request's context. Its loaders (each made on first use) and its child logger are built only
 * when a resolver asks for them, by getters on the prototype: Apollo Server hands resolvers a
 * shallow copy of the context (Object.assign onto an object of the same prototype), which copies
 * own properties by reading them, so getters of the object itself would all run for every
 * request, and the copy would hold their values.
 */
class RequestContext implements FaultlineContext {
  private madeLoaders: Loaders | undefined = undefined;
  private madeLogger: Logger | undefined = undefined;

  constructor(
    readonly db: Database,
    readonly requestId: string,
    readonly auth: Credentials,
    private readonly parentLogger: Logger,
  ) {}

  get loaders(): Loaders {
    this.madeLoaders ??= createLoaders(this.db);
    return this.madeLoaders;
  }

  get logger(): Logger {
    this.madeLogger ??= this.parentLogger.child({ requestId: this.requestId });
    return this.madeLogger;
  }
}

/** A fresh context per request: loaders must never be shared between requests. */
export function createContext(options: ContextOptions): FaultlineContext {
  return new RequestContext(
    options.db,
    options.requestId ?? randomUUID(),
    options.auth ?? { presented: false, valid: false },
    options.logger,
  );
}
