/**
 * `openNeo4j(config)`: the one start-up path shared by `npm start`, the seed CLI and
 * `npm run neo4j`. With NEO4J_URI it starts nothing; without, it starts the local Neo4j (or reuses
 * one that already answers on the configured port) with its home resolved against the project root.
 */
import net from 'node:net';
import type { Config } from '../core/config.js';
import { projectPath } from '../core/project-root.js';
import { type RunningNeo4j, startLocalNeo4j } from './launcher.js';

export interface OpenNeo4j {
  /** The Bolt URI to connect to. */
  uri: string;
  /** The local server this call started, if any (not one it found already running). */
  local: RunningNeo4j | null;
  /** Stops the local server this call started; a no-op otherwise. */
  stop(): Promise<void>;
}

export interface OpenNeo4jOptions {
  progress?: (line: string) => void;
  /** Use a local Neo4j that already answers on the configured port instead of refusing to start. */
  reuseRunning?: boolean;
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function answers(port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(timeoutMs);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
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
  const local = await startLocalNeo4j({
    home: projectPath(config.local.home),
    boltPort: config.local.boltPort,
    password: config.neo4j.password,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    progress,
  });
  return { uri: local.uri, local, stop: () => local.stop() };
}
