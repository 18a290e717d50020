/**
 * The database door's errors: the driver's failures mapped to Faultline's own classes, and the
 * stack a failed statement's error carries (database.ts).
 */
import { Neo4jError } from 'neo4j-driver';

/** Neo4j could not be reached (down, restarting, or refusing connections). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** A uniqueness or existence constraint rejected the write. */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

/** The statement ran longer than the configured transaction timeout. */
export class TransactionTimeoutError extends Error {
  override name = 'TransactionTimeoutError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Maps a driver error to Faultline's error classes; unknown errors pass through unchanged. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) {
    if (
      error instanceof Error &&
      /ECONNREFUSED|ECONNRESET|connect ETIMEDOUT|Connection acquisition timed out/.test(error.message)
    ) {
      return new DatabaseUnavailableError(`Neo4j is unreachable: ${error.message}`);
    }
    return error;
  }
  const code = error.code;
  if (
    UNAVAILABLE_CODES.has(code) ||
    /Connection acquisition timed out|Could not perform discovery/.test(error.message)
  ) {
    return new DatabaseUnavailableError(`Neo4j is unavailable (${code})`);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new DatabaseUnavailableError('Neo4j refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message);
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new TransactionTimeoutError('The query ran longer than the transaction timeout');
  }
  return error;
}

/**
 * Calls `start` (which makes a driver result at once) with V8 capturing no stack frames. The driver
 * formats a stack trace for every result it makes, in case the statement fails (its error then
 * shows where the statement was run from): that was 4% of the CPU of a small request here, for an
 * answer that almost never fails. Used for single statements (an auto-commit read, a write through
 * executeQuery, the read that names the last commit), whose failed error gets the stack of the
 * awaiting callers from withCallerStack instead. Only the synchronous call is affected; the limit
 * is restored before anything else runs.
 */
export function withoutDriverStacks<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A statement's Neo4j error with the stack of the call that ran it, above `at`; other errors as they are. */
export function withCallerStack(error: unknown, at: (...args: never[]) => unknown): unknown {
  if (error instanceof Neo4jError) Error.captureStackTrace(error, at);
  return error;
}
