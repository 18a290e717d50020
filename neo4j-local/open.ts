/**
 * `openNeo4j(config)`: the one start-up path shared by `npm start`, the seed CLI and
 * `npm run neo4j`. With NEO4J_URI it starts nothing; without, it starts the local Neo4j (or reuses
 * one that already answers on the configured port) with its home resolved against the project root,
 * and with `supervise` keeps it running (see supervisor.ts).
 */
import type { Config } from '../core/config.js';
import type { Logger } from '../core/logger.js';
import { projectPath } from '../core/project-root.js';
import { type RunningNeo4j, startLocalNeo4j } from './launcher.js';
import { answers } from './ports.js';
import { Neo4jSupervisor, type SupervisorOptions } from './supervisor.js';

export { answers } from './ports.js';

export interface OpenNeo4j {
  /** The Bolt URI to connect to. */
  uri: string;
  /** The local server this call started, if any (after a supervised restart, the new one). */
  readonly local: RunningNeo4j | null;
  /** Stops the local server this call started (a restarted one included); a no-op otherwise. */
  stop(): Promise<void>;
}

export interface OpenNeo4jOptions {
  progress?: (line: string) => void;
  /** Use a local Neo4j that already answers on the configured port instead of refusing to start. */
  reuseRunning?: boolean;
  /** Restart the local server when it dies or panics; see Neo4jSupervisor. */
  supervise?: Omit<SupervisorOptions, 'start'> & { logger: Logger };
}

/** Starts (or finds) the Neo4j that `config` asks for; see the module comment. */
export async function openNeo4j(config: Config, options: OpenNeo4jOptions = {}): Promise<OpenNeo4j> {
  const progress = options.progress ?? (() => {});
  if (!config.startLocalNeo4j) {
    progress(`Using Neo4j at ${config.neo4j.uri} (NEO4J_URI); no local server is started.`);
    return { uri: config.neo4j.uri, local: null, stop: async () => {} };
  }
  if (options.reuseRunning && (await answers(config.local.boltPort))) {
    progress(`Using the Neo4j already answering on ${config.neo4j.uri}`);
    return { uri: config.neo4j.uri, local: null, stop: async () => {} };
  }
  const start = () =>
    startLocalNeo4j({
      home: projectPath(config.local.home),
      boltPort: config.local.boltPort,
      password: config.neo4j.password,
      heap: config.local.heap,
      pageCache: config.local.pageCache,
      progress,
    });
  if (!options.supervise) {
    const local = await start();
    return { uri: local.uri, local, stop: () => local.stop() };
  }
  const supervisor = await Neo4jSupervisor.start({ ...options.supervise, start });
  return {
    uri: supervisor.current.uri,
    get local() {
      return supervisor.current;
    },
    stop: () => supervisor.stop(),
  };
}
