/**
 * The servers under test, each in a process of its own (api-bench.ts forks this file once for
 * Faultline, once for the peer and once for the bare HTTP floor, bare-server.ts), as each runs when
 * deployed. In one process with the benchmark, each server's garbage was collected during the
 * other's timed requests and the statements', and the benchmark's own work took turns with them
 * on one thread.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { startServer } from '../../api/index.js';
import { type Config, loadConfig, type Neo4jConnection } from '../../core/config.js';
import { Database } from '../../core/db/index.js';
import { startBare } from './bare-server.js';
import { startPeer } from './peer.js';

export type ServerKind = 'faultline' | 'peer' | 'bare';

interface Start {
  kind: ServerKind;
  connection: Neo4jConnection;
  webDir: string;
}

export interface ServerProcess {
  url: string;
  pid: number;
  close(): Promise<void>;
}

/** Faultline's configuration in the benchmark: the database given, generous abuse limits, no logs. */
export function benchConfig(connection: Neo4jConnection): Config {
  return loadConfig({
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    ...(connection.database ? { NEO4J_DATABASE: connection.database } : {}),
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    FAULTLINE_SEED_ON_START: 'false',
    // Generous limits: the benchmark measures speed, not the abuse limits.
    FAULTLINE_MAX_DEPTH: '100',
    FAULTLINE_MAX_COST: '10000000',
    FAULTLINE_MAX_ALIASES: '10000',
    FAULTLINE_MAX_BATCH: '1000',
    FAULTLINE_BODY_LIMIT_BYTES: '10000000',
    FAULTLINE_TX_TIMEOUT_MS: '120000',
  });
}

/** Forks this file to serve `kind` against `connection`; resolves with its URL once it listens. */
export function startServerProcess(
  kind: ServerKind,
  connection: Neo4jConnection,
  webDir: string,
): Promise<ServerProcess> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // Without its channel the server stops by itself; one that lost it is stopped.
    if (child.connected) child.disconnect();
    else child.kill();
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('message', (answer: { url?: string; error?: string }) => {
      if (answer.url) resolve({ url: answer.url, pid: child.pid ?? 0, close });
      else reject(new Error(`the ${kind} server did not start: ${answer.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`the ${kind} server stopped before it listened (code ${code}, signal ${signal})`)),
    );
    child.send({ kind, connection, webDir } satisfies Start);
  });
}

interface Serving {
  url: string;
  close: () => Promise<void>;
}

/** A server at `url` on top of `under` (its driver or database door): closing stops the server, then what is under it. */
function servingOn(url: string, server: { close(): Promise<void> }, under: { close(): Promise<void> }): Serving {
  return {
    url,
    close: async () => {
      await server.close();
      await under.close();
    },
  };
}

async function serve(start: Start): Promise<Serving> {
  if (start.kind === 'peer') {
    const { uri, username, password } = start.connection;
    const driver = neo4j.driver(uri, neo4j.auth.basic(username, password));
    const peer = await startPeer(driver);
    return servingOn(peer.url, peer, driver);
  }
  if (start.kind === 'bare') {
    // Faultline's database door, as the benchmark's own process has one: runRead uses its driver.
    const door = new Database(start.connection);
    const bare = await startBare(door);
    return servingOn(bare.url, bare, door);
  }
  const db = new Database(start.connection, { transactionTimeoutMs: 900_000, acquisitionTimeoutMs: 120_000 });
  const server = await startServer({
    config: benchConfig(start.connection),
    db,
    logger: pino({ level: 'silent' }),
    webDir: start.webDir,
  });
  return servingOn(new URL('/graphql', server.url).href, server, db);
}

// Forked: serve what the benchmark asks for, and stop when it goes away.
if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.once('message', (start: Start) => {
    serve(start).then(
      (running) => {
        process.send?.({ url: running.url });
        process.on('disconnect', () => {
          void running.close().finally(() => process.exit(0));
        });
      },
      (error: unknown) => {
        process.send?.({ error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  });
}
