import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findJava, initialHeap, neo4jConf } from '../../neo4j-local/launcher.js';

const TEMURIN_25 = '/usr/lib/jvm/temurin-25-jdk-amd64';

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
  const saved = process.env.JAVA_HOME;
  afterEach(() => {
    if (saved === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = saved;
  });

  it('names Java and what to do when there is none', async () => {
    process.env.JAVA_HOME = '/nonexistent/jdk';
    await expect(findJava()).rejects.toThrow(
      /Java was not found \(tried \/nonexistent\/jdk\/bin\/java\).*Java 17 or 21/,
    );
  });

  it.runIf(existsSync(TEMURIN_25))('refuses a Java that Neo4j 5.26 does not run on, naming its version', async () => {
    process.env.JAVA_HOME = TEMURIN_25;
    await expect(findJava()).rejects.toThrow(/Java 25 found .* runs on Java 17 or 21/);
  });
});
