/** What api/ offers to the rest of Faultline and to programs built on it. */
export { type ApiLimits, type Config, ConfigError, loadConfig } from './config.js';
export { Database, DatabaseUnavailableError, type Statement } from './db/index.js';
export { createLogger, type Logger } from './logger.js';
export { buildFaultlineSchema } from './schema/build-schema.js';
export { startServer } from './server.js';
