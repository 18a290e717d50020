/** What api/ offers: the GraphQL schema and the HTTP server that serves it with the explorer. */

export { Readiness } from './http/readiness.js';
export { STARTUP_HOLD } from './http/starting.js';
export { buildFaultlineSchema } from './schema/build-schema.js';
export { DEFAULT_WEB_DIR, type RunningServer, type ServerDeps, startServer } from './server.js';
export { prewarm } from './services/prewarm.js';
