export { freePort, LauncherError, NEO4J_VERSION, type RunningNeo4j, startLocalNeo4j } from './launcher.js';
