/**
 * Starts and stops a real Neo4j Community 5.26 server from the jars that Maven fetches from
 * Maven Central (see pom.xml beside this file). No Docker, no tarball: the server's own entry
 * point runs with a generated neo4j.conf, Bolt on 127.0.0.1 only.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const NEO4J_VERSION = '5.26.30';
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The launcher folder in the source tree, also when this file runs compiled from dist/. */
export const LAUNCHER_DIR = existsSync(path.join(HERE, 'pom.xml'))
  ? HERE
  : path.resolve(HERE, '..', '..', 'neo4j-local');
const LIB_DIR = path.join(LAUNCHER_DIR, 'lib');
const MARKER_JAR = `neo4j-${NEO4J_VERSION}.jar`;
const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';
/** Flags the stock neo4j.conf passes in server.jvm.additional; Java 17 needs them. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

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

export class LauncherError extends Error {
  override name = 'LauncherError';
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  home: string;
  /**
   * Stops the server: cleanly (SIGTERM, then SIGKILL after a grace period), or at once with
   * `{ discard: true }` for throwaway test servers whose data is deleted anyway.
   */
  stop(options?: { discard?: boolean }): Promise<void>;
}

/** Checks Java (17 or 21, which Neo4j 5.26 supports) and returns the java executable to use. */
export async function findJava(): Promise<string> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  let out: string;
  try {
    const r = await run(java, ['-version']);
    out = `${r.stderr}${r.stdout}`;
  } catch {
    throw new LauncherError(
      `Java was not found (tried ${java}). Neo4j ${NEO4J_VERSION} needs Java 17 or 21: install openjdk-17-jre-headless or set JAVA_HOME, or set NEO4J_URI to use your own Neo4j.`,
    );
  }
  const major = Number(/version "(\d+)/.exec(out)?.[1] ?? 0);
  if (major !== 17 && major !== 21) {
    throw new LauncherError(
      `Java ${major || '(unknown version)'} found at ${java}, but Neo4j ${NEO4J_VERSION} runs on Java 17 or 21. Set JAVA_HOME to a Java 17 or 21 JDK.`,
    );
  }
  return java;
}

/** Fetches the server jars with Maven into neo4j-local/lib unless they are already there. */
export async function ensureJars(progress: (line: string) => void = () => {}): Promise<void> {
  if (existsSync(path.join(LIB_DIR, MARKER_JAR))) return;
  try {
    await run('mvn', ['-v']);
  } catch {
    throw new LauncherError(
      'Maven (mvn) was not found. It fetches Neo4j from Maven Central on first start: install maven (3.6 or newer), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  progress(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central (first run only, about 120 MB)...`);
  const started = Date.now();
  // Jars go to a folder of this process's own and are renamed into place at the end, so an
  // interrupted fetch leaves no half-filled lib/, and two launchers fetching at once (the test
  // projects' setups on a fresh machine) cannot corrupt each other's jars.
  const staging = `${LIB_DIR}.fetch-${process.pid}-${Date.now()}`;
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      [
        '-B',
        '-f',
        path.join(LAUNCHER_DIR, 'pom.xml'),
        `-Dfaultline.lib.dir=${staging}`,
        'dependency:copy-dependencies',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let downloaded = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      const n = text.match(/Downloaded from/g)?.length ?? 0;
      if (n > 0) {
        const before = downloaded;
        downloaded += n;
        if (Math.floor(before / 50) !== Math.floor(downloaded / 50)) {
          progress(`  ${downloaded} files downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (code) => {
      if (code === 0) resolve();
      else {
        rmSync(staging, { recursive: true, force: true });
        reject(new LauncherError(`Maven could not fetch Neo4j (exit ${code}):\n${tail}`));
      }
    });
  });
  if (!existsSync(path.join(staging, MARKER_JAR))) {
    rmSync(staging, { recursive: true, force: true });
    throw new LauncherError(`Maven finished but ${MARKER_JAR} is not in ${staging}`);
  }
  if (existsSync(path.join(LIB_DIR, MARKER_JAR))) {
    rmSync(staging, { recursive: true, force: true }); // another launcher finished first
  } else {
    rmSync(LIB_DIR, { recursive: true, force: true });
    renameSync(staging, LIB_DIR);
  }
  progress(`Neo4j jars ready in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** The neo4j.conf Faultline generates; strict validation rejects unknown keys, so keep it exact. */
export function neo4jConf(home: string, opts: { boltPort: number; pageCache: string }): string {
  const dir = (name: string) => path.join(home, name);
  return [
    '# Generated by Faultline (neo4j-local/launcher.ts) on every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${opts.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.routing.enabled=false',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.lib=${LIB_DIR}`,
    `server.memory.pagecache.size=${opts.pageCache}`,
    'db.transaction.timeout=60s',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    'server.logs.debug.enabled=true',
    '',
  ].join('\n');
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The pid file holds "<neo4j pid> <launcher pid>". A server whose launcher is gone (killed
 * before it could stop Neo4j) is stale and is killed; a server whose launcher still runs belongs
 * to another Faultline using the same data folder, which must not be touched.
 */
async function stopStale(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const [pid = 0, owner = 0] = readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return; // Not Linux, or not readable: leave it alone.
  }
  if (!cmdline.includes(MAIN_CLASS)) return; // the pid was reused by another program
  if (owner > 0 && owner !== process.pid && alive(owner)) {
    throw new LauncherError(
      `Another Faultline (pid ${owner}) is already running Neo4j with this data folder (${path.dirname(path.dirname(pidFile))}). Stop it first, or set FAULTLINE_NEO4J_HOME to another folder.`,
    );
  }
  process.kill(pid, 'SIGKILL');
  for (let waited = 0; alive(pid) && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

/** Starts a local Neo4j, waits until Bolt answers, and returns a handle to stop it. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<RunningNeo4j> {
  const progress = options.progress ?? (() => {});
  const home = path.resolve(options.home);
  const java = await findJava();
  await ensureJars(progress);
  for (const d of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    mkdirSync(path.join(home, d), { recursive: true });
  }
  const pidFile = path.join(home, 'run', 'faultline-neo4j.pid');
  await stopStale(pidFile);
  if (await portInUse(options.boltPort)) {
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
  child.stdout?.pipe(out, { end: false });
  child.stderr?.pipe(out, { end: false });
  writeFileSync(pidFile, `${child.pid} ${process.pid}`);

  let exited: number | null | undefined;
  const exitedPromise = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = code;
      resolve();
    });
  });
  const lastLog = () => {
    try {
      return readFileSync(consoleLog, 'utf8').split('\n').slice(-15).join('\n');
    } catch {
      return '(no log)';
    }
  };

  const timeout = options.startTimeoutMs ?? 120_000;
  let ready = false;
  while (Date.now() - started < timeout) {
    if (exited !== undefined) {
      throw new LauncherError(
        `Neo4j exited during start-up (code ${exited}). Last lines of ${consoleLog}:\n${lastLog()}`,
      );
    }
    if (readLog(consoleLog).includes('Started.') && (await portInUse(options.boltPort))) {
      ready = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async (stopOptions?: { discard?: boolean }): Promise<void> => {
    if (exited === undefined) {
      child.kill(stopOptions?.discard ? 'SIGKILL' : 'SIGTERM');
      const grace = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exitedPromise;
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
  return { uri: `bolt://127.0.0.1:${options.boltPort}`, pid: child.pid ?? 0, home, stop };
}

/** 64 MiB, or the whole heap when it is smaller (the JVM refuses -Xms above -Xmx). */
export function initialHeap(heap: string): string {
  const units: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024 };
  const m = /^(\d+)([kmg])$/i.exec(heap);
  if (!m) return heap;
  const mib = Number(m[1]) * (units[(m[2] ?? 'm').toLowerCase()] ?? 1);
  return mib < 64 ? heap : '64m';
}

function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
