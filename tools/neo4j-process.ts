/** Reading a running local Neo4j server's process from /proc (Linux), for the load benchmarks. */
import { readdirSync, readFileSync } from 'node:fs';

/** The pid of the Neo4j server whose command line names `home` (FAULTLINE_NEO4J_HOME), or null. */
export function serverPid(home: string): number | null {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--home-dir=${home}`)) return Number(pid);
    } catch {}
  }
  return null;
}

/** CPU time (user and system) the process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident memory of the process, in KB. */
export function rssKb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
}
