import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findJava, initialHeap, type Neo4jExit, neo4jConf, type RunningNeo4j } from '../../neo4j-local/launcher.js';
import { Neo4jSupervisor } from '../../neo4j-local/supervisor.js';

describe('the generated neo4j.conf', () => {
  const conf = neo4jConf('/tmp/fl-home', { boltPort: 7711, pageCache: '64m' });
  const settings = new Map(
    conf
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('=') as [string, string]),
  );

  it('listens for Bolt on 127.0.0.1 only, on the chosen port', () => {
    expect(settings.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(settings.get('server.bolt.listen_address')).toBe('127.0.0.1:7711');
    expect(settings.get('server.http.enabled')).toBe('false');
  });

  it('keeps data and logs inside the home folder and uses the given page cache', () => {
    expect(settings.get('server.directories.data')).toBe('/tmp/fl-home/data');
    expect(settings.get('server.directories.logs')).toBe('/tmp/fl-home/logs');
    expect(settings.get('server.memory.pagecache.size')).toBe('64m');
  });

  it('turns off routing so a second instance cannot clash on 7688', () => {
    expect(settings.get('dbms.routing.enabled')).toBe('false');
  });

  it('bounds the transaction logs a local database keeps', () => {
    expect(settings.get('db.tx_log.rotation.retention_policy')).toBe('1G size');
  });
});

describe('the initial heap of the local Neo4j', () => {
  it('starts at 64 MiB and grows on demand, so an idle server stays small', () => {
    expect(initialHeap('512m')).toBe('64m');
    expect(initialHeap('2g')).toBe('64m');
  });

  it('never exceeds the maximum heap, which the JVM would refuse', () => {
    expect(initialHeap('32m')).toBe('32m');
    expect(initialHeap('40000k')).toBe('40000k');
  });
});

describe('the Java check before starting Neo4j', () => {
  const saved = { JAVA_HOME: process.env.JAVA_HOME, PATH: process.env.PATH };
  // A fake `java` that prints what an unsupported Java 25 prints, so the test runs on any machine.
  const fakeBin = mkdtempSync(path.join(tmpdir(), 'faultline-fake-java-'));
  writeFileSync(
    path.join(fakeBin, 'java'),
    "#!/bin/sh\necho 'openjdk version \"25\" 2025-09-16' >&2\necho 'OpenJDK Runtime Environment (build 25+36)' >&2\n",
  );
  chmodSync(path.join(fakeBin, 'java'), 0o755);

  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  afterAll(() => rmSync(fakeBin, { recursive: true, force: true }));

  it('names Java and what to do when there is none', async () => {
    process.env.JAVA_HOME = '/nonexistent/jdk';
    await expect(findJava()).rejects.toThrow(
      /Java was not found \(tried \/nonexistent\/jdk\/bin\/java\).*Java 17 or 21/,
    );
  });

  it('refuses a Java on the PATH that Neo4j 5.26 does not run on, naming its version', async () => {
    delete process.env.JAVA_HOME;
    process.env.PATH = `${fakeBin}${path.delimiter}${saved.PATH ?? ''}`;
    await expect(findJava()).rejects.toThrow(/Java 25 found at java, but Neo4j .* runs on Java 17 or 21/);
  });

  it('refuses the same Java when JAVA_HOME points at it', async () => {
    const home = path.dirname(fakeBin);
    const jdk = mkdtempSync(path.join(home, 'faultline-fake-jdk-'));
    try {
      const bin = path.join(jdk, 'bin');
      mkdirSync(bin);
      copyFileSync(path.join(fakeBin, 'java'), path.join(bin, 'java'));
      process.env.JAVA_HOME = jdk;
      await expect(findJava()).rejects.toThrow(/Java 25 found at .*\/bin\/java, but .* runs on Java 17 or 21/);
    } finally {
      rmSync(jdk, { recursive: true, force: true });
    }
  });
});

/** A stand-in for a running server: the test ends its process or makes it print lines. */
function fakeServer(pid: number) {
  let exit: (e: Neo4jExit) => void = () => {};
  const exited = new Promise<Neo4jExit>((resolve) => {
    exit = resolve;
  });
  const listeners = new Set<(line: string) => void>();
  const stops: { discard?: boolean }[] = [];
  const server: RunningNeo4j = {
    uri: 'bolt://127.0.0.1:1',
    pid,
    home: '/tmp/fake',
    consoleLog: '/tmp/fake/logs/console.log',
    exited,
    onOutput(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop(options) {
      stops.push(options ?? {});
      exit({ code: 0, signal: null });
    },
  };
  return {
    server,
    stops,
    die: () => exit({ code: null, signal: 'SIGKILL' }),
    print: (line: string) => {
      for (const l of listeners) l(line);
    },
  };
}

describe('the supervisor of the local Neo4j', () => {
  const quiet = pino({ level: 'silent' });
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
    expect(check()).toBe(true);
  };

  it('restarts a server whose process died, reports it, and stops the new one when stopped', async () => {
    const servers = [fakeServer(1), fakeServer(2)];
    let next = 0;
    const states: string[] = [];
    const supervisor = await Neo4jSupervisor.start({
      start: async () => (servers[next++] as ReturnType<typeof fakeServer>).server,
      logger: quiet,
      backoffMs: () => 1,
      onState: (state) => states.push(state),
    });
    servers[0]?.die();
    await until(() => supervisor.current.pid === 2 && states.includes('running'));
    expect(states).toEqual(['restarting', 'running']);
    await supervisor.stop();
    expect(servers[1]?.stops).toEqual([{}]);
  });

  it('kills and restarts a server that prints a database panic', async () => {
    const servers = [fakeServer(1), fakeServer(2)];
    let next = 0;
    const supervisor = await Neo4jSupervisor.start({
      start: async () => (servers[next++] as ReturnType<typeof fakeServer>).server,
      logger: quiet,
      backoffMs: () => 1,
    });
    servers[0]?.print('Exception in thread "neo4j.Scheduler" java.lang.OutOfMemoryError: Java heap space');
    await until(() => supervisor.current.pid === 2);
    expect(servers[0]?.stops).toEqual([{ discard: true }]);
    await supervisor.stop();
  });

  it('restarts a live server that refuses every probe', async () => {
    const servers = [fakeServer(1), fakeServer(2)];
    let next = 0;
    const supervisor = await Neo4jSupervisor.start({
      start: async () => (servers[next++] as ReturnType<typeof fakeServer>).server,
      logger: quiet,
      backoffMs: () => 1,
      probe: async () => supervisor.current.pid !== 1,
      probeIntervalMs: 5,
      probeFailures: 3,
    });
    await until(() => supervisor.current.pid === 2);
    await supervisor.stop();
  });

  it('gives up loudly after repeated failed restarts', async () => {
    const first = fakeServer(1);
    let starts = 0;
    const states: [string, string][] = [];
    await Neo4jSupervisor.start({
      start: async () => {
        starts += 1;
        if (starts === 1) return first.server;
        throw new Error('Neo4j exited during start-up (code 1)');
      },
      logger: quiet,
      backoffMs: () => 1,
      maxRestarts: 3,
      onState: (state, reason) => states.push([state, reason]),
    });
    first.die();
    await until(() => states.some(([s]) => s === 'failed'));
    expect(starts).toBe(4);
    expect(states.at(-1)?.[1]).toMatch(/gave up restarting Neo4j after 3 restarts.*exited during start-up/);
  });

  it('stops a server that was still starting when Faultline stopped', async () => {
    const servers = [fakeServer(1), fakeServer(2)];
    let next = 0;
    let release: () => void = () => {};
    const supervisor = await Neo4jSupervisor.start({
      start: async () => {
        const s = servers[next++] as ReturnType<typeof fakeServer>;
        if (s.server.pid === 2) await new Promise<void>((r) => (release = r));
        return s.server;
      },
      logger: quiet,
      backoffMs: () => 1,
    });
    servers[0]?.die();
    await until(() => next === 2);
    const stopped = supervisor.stop();
    release();
    await stopped;
    expect(servers[1]?.stops).toHaveLength(1);
  });
});
