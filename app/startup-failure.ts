/** The one line `npm start` prints when start-up work fails: the cause, and the setting to change. */
import type { Config } from '../core/config.js';
import { ConstraintViolationError, DatabaseUnavailableError, TransactionTimeoutError } from '../core/db/index.js';

/** Start-up work (schema and seed) ran longer than FAULTLINE_STARTUP_TIMEOUT_MS. */
export class StartupTimeoutError extends Error {
  override name = 'StartupTimeoutError';
}

/** Runs `work`, or fails with StartupTimeoutError once `ms` have passed (the work is then abandoned). */
export async function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StartupTimeoutError(`start-up work took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work(), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** One line, no stack trace: what went wrong during start-up and what to change. */
export function startupFailureLine(error: unknown, config: Config | undefined): string {
  const timeout = config?.startupTimeoutMs ?? 1_800_000;
  const first = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]?.trim() ?? '';
  if (error instanceof TransactionTimeoutError || error instanceof StartupTimeoutError) {
    return `Faultline could not start: applying the schema and seeding took longer than FAULTLINE_STARTUP_TIMEOUT_MS (${timeout} ms); raise it, or set FAULTLINE_SEED_ON_START=false and load the seed with npm run seed.`;
  }
  if (error instanceof DatabaseUnavailableError) {
    return `Faultline could not start: ${first(error)}; check NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD (or FAULTLINE_NEO4J_* for the local server).`;
  }
  if (error instanceof ConstraintViolationError) {
    return `Faultline could not start: the database holds data that breaks Faultline's schema (${first(error)}); point FAULTLINE_NEO4J_HOME or NEO4J_URI at a Faultline database.`;
  }
  const name = error instanceof Error ? error.name : 'Error';
  return `Faultline could not start: ${name}: ${first(error)}.`;
}
