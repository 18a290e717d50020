/**
 * Neo4j's own offline bulk importer (`neo4j-admin database import full`, class
 * `org.neo4j.cli.AdminTool` in the same Maven jars as the server) for the local server's home.
 * It writes the store files directly, so it is far faster than any transactional load, but only
 * into a database that is stopped: here the local `neo4j` database of a home whose server is not
 * running. It replaces that database (`--overwrite-destination`).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { neo4jConf } from './conf.js';
import { LauncherError } from './errors.js';
import { ensureJars, LIB_DIR } from './jars.js';
import { findJava, JVM_FLAGS } from './java.js';
import { alive, pidFileOf } from './pid-file.js';

const ADMIN_CLASS = 'org.neo4j.cli.AdminTool';

export interface AdminImportOptions {
  /** Home of the local server (FAULTLINE_NEO4J_HOME); its server must not be running. */
  home: string;
  /** Bolt port written into neo4j.conf (as the launcher would). */
  boltPort: number;
  pageCache: string;
  /** JVM heap of the import tool. */
  heap?: string;
  /** Node files with their own header line (`id:ID,:LABEL,...`). */
  nodes: string[];
  /** Relationship files with their own header line (`:START_ID,:END_ID,:TYPE,...`). */
  relationships: string[];
  /** Separator of array values inside a field. */
  arrayDelimiter: string;
  /** Database name (default `neo4j`, the one the Community server serves). */
  database?: string;
  progress?: (line: string) => void;
}

export interface AdminImportResult {
  seconds: number;
  /** The tool's report (its last lines). */
  report: string;
}

/** True when a server started from `home` is still running (its pid file names a live process). */
export function homeServerRunning(home: string): boolean {
  const pidFile = pidFileOf(home);
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim().split(/\s+/)[0]);
  return Number.isInteger(pid) && pid > 0 && alive(pid);
}

/** Runs `neo4j-admin database import full` into the home's database; throws LauncherError on failure. */
export async function adminImport(options: AdminImportOptions): Promise<AdminImportResult> {
  const progress = options.progress ?? (() => {});
  await ensureJars(progress);
  const java = await findJava();
  const confDir = path.join(options.home, 'conf');
  for (const dir of ['conf', 'data', 'logs', 'run', 'import', 'plugins']) {
    mkdirSync(path.join(options.home, dir), { recursive: true });
  }
  writeFileSync(
    path.join(confDir, 'neo4j.conf'),
    neo4jConf(options.home, { boltPort: options.boltPort, pageCache: options.pageCache }),
  );
  const args = [
    `-Xmx${options.heap ?? '1g'}`,
    ...JVM_FLAGS,
    '-cp',
    `${LIB_DIR}/*`,
    ADMIN_CLASS,
    'database',
    'import',
    'full',
    ...options.nodes.map((f) => `--nodes=${f}`),
    ...options.relationships.map((f) => `--relationships=${f}`),
    `--array-delimiter=${options.arrayDelimiter}`,
    '--multiline-fields=true',
    '--overwrite-destination=true',
    '--skip-bad-relationships=false',
    '--bad-tolerance=0',
    '--threads=2',
    options.database ?? 'neo4j',
  ];
  const started = performance.now();
  const env = { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: confDir };
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(java, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        output.push(line);
        if (output.length > 200) output.shift();
        if (/^\s*(\d+%|IMPORT DONE|Imported)/.test(line)) progress(line.trim());
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const report = output.slice(-25).join('\n');
  if (code !== 0) throw new LauncherError(`neo4j-admin database import failed (exit ${code}):\n${report}`);
  return { seconds, report };
}
