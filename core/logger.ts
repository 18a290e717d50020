/** Structured logs (pino), quiet by default: LOG_LEVEL=info or debug to see more. */
import { type Logger, pino } from 'pino';

export type { Logger };

export function createLogger(level: string, name = 'faultline'): Logger {
  return pino({ name, level, base: { service: name } });
}
