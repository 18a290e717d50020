/** neo4j-local: a real Neo4j Community server from Maven Central jars, started, supervised and stopped for Faultline. */
export { type AdminImportOptions, type AdminImportResult, adminImport, homeServerRunning } from './admin-import.js';
export { LauncherError } from './errors.js';
export { NEO4J_VERSION } from './jars.js';
export { type Neo4jExit, type RunningNeo4j, startLocalNeo4j } from './launcher.js';
export { answers, type OpenNeo4j, type OpenNeo4jOptions, openNeo4j } from './open.js';
export { freePort } from './ports.js';
export { Neo4jSupervisor, PANIC_LINE, type SupervisorOptions, type SupervisorState } from './supervisor.js';
