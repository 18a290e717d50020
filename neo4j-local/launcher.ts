/**
 * Starts and stops a real Neo4j Community 5.26 server from the jars that Maven fetches from
 * Maven Central (see pom.xml beside this file). No Docker, no tarball: the server's own entry
 * point runs with a generated neo4j.conf, Bolt on 127.0.0.1 only. The seams live beside it:
 * `java.ts` (which Java, which flags), `jars.ts` (fetching the server), `conf.ts` (neo4j.conf),
 * `pid-file.ts` (servers left behind), `ports.ts`.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { neo4jConf } from './conf.js';
import { LauncherError } from './errors.js';
import { ensureJars, LIB_DIR, NEO4J_VERSION } from './jars.js';
import { findJava, initialHeap, JVM_FLAGS } from './java.js';
import { MAIN_CLASS, pidFileOf, stopStale, writePidFile } from './pid-file.js';
import { answers } from './ports.js';

export { neo4jConf } from './conf.js';
export { LauncherError } from './errors.js';
export { ensureJars, LAUNCHER_DIR, NEO4J_VERSION } from './jars.js';
export { findJava, initialHeap } from './java.js';
export { freePort } from './ports.js';

const run = promisify(execFile);
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

export interface LocalNeo4jOptions {
  /** Folder for conf/, data/, logs/, run/; created when missing. */
  home: string;
  boltPort: number;
  password: string;
  heap?: string;
  pageCache?: string;
  /** Called with one-line progress messages (jar download, start-up). */
  progress?: (line: string) => void;
  /** How long to wait for Bolt to answer. */
  startTimeoutMs?: number;
}

/** How the server's process ended. */
export interface Neo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  home: string;
  /** The server's console log (stdout and stderr), truncated on every start. */
  consoleLog: string;
  /** Settles when the process ends, for whatever reason. */
  exited: Promise<Neo4jExit>;
  /** Calls `listener` with every line the server prints; returns the unsubscribe function. */
  onOutput(listener: (line: string) => void): () => void;
  /**
   * Stops the server: cleanly (SIGTERM, then SIGKILL after a grace period), or at once with
   * `{ discard: true }` for throwaway test servers whose data is deleted anyway.
   */
  stop(options?: { discard?: boolean }): Promise<void>;
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The Java already checked by this process, so a supervised restart does not check it again. */
let checkedJava: { key: string; java: Promise<string> } | undefined;

function javaOnce(): Promise<string> {
  const key = `${process.env.JAVA_HOME ?? ''}\u0000${process.env.PATH ?? ''}`;
  if (checkedJava?.key !== key) {
    const java = findJava();
    checkedJava = { key, java };
    java.catch(() => {
      checkedJava = undefined;
    });
  }
  return checkedJava.java;
}

/** Starts a local Neo4j, waits until Bolt answers, and returns a handle to stop it. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const progress = options.progress ?? (() => {});
  const home = path.resolve(options.home);
  const java = await javaOnce();
  await ensureJars(progress);
  for (const d of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    mkdirSync(path.join(home, d), { recursive: true });
  }
  const pidFile = pidFileOf(home);
  await stopStale(pidFile);
  if (await answers(options.boltPort)) {
    throw new LauncherError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. Stop what uses it, set FAULTLINE_NEO4J_BOLT_PORT to another port, or set NEO4J_URI to use a running Neo4j.`,
    );
  }
  const confDir = path.join(home, 'conf');
  writeFileSync(
    path.join(confDir, 'neo4j.conf'),
    neo4jConf(home, { boltPort: options.boltPort, pageCache: options.pageCache ?? '128m' }),
  );
  const classpath = `${LIB_DIR}/*`;
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir };
  if (!existsSync(path.join(home, 'data', 'dbms', 'auth.ini'))) {
    try {
      await run(java, ['-cp', classpath, ADMIN_CLASS, 'dbms', 'set-initial-password', options.password], { env });
    } catch (error) {
      throw new LauncherError(`Could not set the initial Neo4j password: ${(error as Error).message}`);
    }
  }

  const heap = options.heap ?? '512m';
  const consoleLog = path.join(home, 'logs', 'console.log');
  // Truncated on every start, so 'Started.' below can only come from this run.
  const out = createWriteStream(consoleLog, { flags: 'w' });
  progress(`Starting Neo4j ${NEO4J_VERSION} on bolt://127.0.0.1:${options.boltPort} (data in ${home})`);
  const started = Date.now();
  const child: ChildProcess = spawn(
    java,
    [
      // A small initial heap keeps the resident size low on a laptop; the heap grows on demand.
      `-Xms${initialHeap(heap)}`,
      `-Xmx${heap}`,
      ...JVM_FLAGS,
      '-cp',
      classpath,
      MAIN_CLASS,
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    stream.pipe(out, { end: false });
    let partial = '';
    stream.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) for (const listener of listeners) listener(line);
    });
  }
  writePidFile(pidFile, child.pid ?? 0);

  let exit: Neo4jExit | undefined;
  const exited = new Promise<Neo4jExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve(exit);
    });
  });
  const lastLog = () => readLog(consoleLog).split('\n').slice(-15).join('\n') || '(no log)';

  const timeout = options.startTimeoutMs ?? 120_000;
  let ready = false;
  while (Date.now() - started < timeout) {
    if (exit !== undefined) {
      throw new LauncherError(
        `Neo4j exited during start-up (code ${exit.code ?? exit.signal}). Last lines of ${consoleLog}:\n${lastLog()}`,
      );
    }
    if (readLog(consoleLog).includes('Started.') && (await answers(options.boltPort))) {
      ready = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async (stopOptions?: { discard?: boolean }): Promise<void> => {
    if (exit === undefined) {
      child.kill(stopOptions?.discard ? 'SIGKILL' : 'SIGTERM');
      const grace = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(grace);
    }
    out.end();
  };
  if (!ready) {
    await stop();
    throw new LauncherError(
      `Neo4j did not answer on Bolt within ${timeout / 1000} s. Last lines of ${consoleLog}:\n${lastLog()}`,
    );
  }
  progress(`Neo4j ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    pid: child.pid ?? 0,
    home,
    consoleLog,
    exited,
    onOutput(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
