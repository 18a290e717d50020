import { describe, expect, it } from 'vitest';
import { initialHeap, neo4jConf } from '../../neo4j-local/launcher.js';

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
