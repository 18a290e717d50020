/**
 * The pid file in the server's home, "<neo4j pid> <launcher pid>": how a launcher finds a server
 * left behind by a killed one, and refuses to share a data folder with a live one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LauncherError } from './errors.js';

/** The Neo4j entry point's class, which identifies its process in /proc. */
export const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/** Where the pid file of the server with this home lives. */
export function pidFileOf(home: string): string {
  return path.join(home, 'run', 'faultline-neo4j.pid');
}

/** Records the server's pid and this process's, the launcher that owns it. */
export function writePidFile(pidFile: string, pid: number): void {
  writeFileSync(pidFile, `${pid} ${process.pid}`);
}

export function alive(pid: number): boolean {
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
export async function stopStale(pidFile: string): Promise<void> {
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
