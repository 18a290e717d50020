/** neo4j-local: a real Neo4j Community server from Maven Central jars, started and stopped for Faultline. */
export { freePort, LauncherError, NEO4J_VERSION, type RunningNeo4j, startLocalNeo4j } from './launcher.js';
export { answers, type OpenNeo4j, type OpenNeo4jOptions, openNeo4j } from './open.js';
