/**
 * The graph's version, and results cached per version.
 *
 * The version is the bookmark Neo4j returns for a read transaction: it names the database's last
 * committed transaction, so it changes with every write, from any process (this API, the seed
 * CLI, another instance, a Neo4j Browser session) and with nothing else. Asking for it costs one
 * trivial read transaction (about a millisecond). A cluster follower that lags answers with the
 * bookmark of the data it holds, which is what its reads see. On a server that returns no
 * bookmark the version is a fresh value each time, so nothing is ever reused: slower, never wrong.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../core/db/index.js';
import { setNewest } from '../../core/memo.js';

/** The database's last committed transaction, as an opaque string. */
export async function graphVersion(db: Database): Promise<string> {
  return (await db.lastCommitted()) ?? `unversioned-${randomUUID()}`;
}

/** Most results kept per database; the oldest goes first. */
const MAX_ENTRIES = 64;

interface VersionCache {
  version: string;
  entries: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<Database, VersionCache>();

/**
 * The value cached under `key` for this version of the graph, computed once by `compute`. A new
 * version empties the cache; a computation that fails is forgotten, so the next request retries.
 */
export function cachedForVersion<T>(db: Database, version: string, key: string, compute: () => Promise<T>): Promise<T> {
  // Per process-wide door: each request reaches the database through its own (Database.observedBy).
  let cache = caches.get(db.shared);
  if (!cache || cache.version !== version) {
    cache = { version, entries: new Map() };
    caches.set(db.shared, cache);
  }
  const entries = cache.entries;
  const hit = entries.get(key);
  if (hit) {
    setNewest(entries, key, hit, MAX_ENTRIES);
    return hit as Promise<T>;
  }
  const made = compute();
  setNewest(entries, key, made, MAX_ENTRIES);
  made.catch(() => {
    if (entries.get(key) === made) entries.delete(key);
  });
  return made;
}

/** Empties the cache of one database (tests, or after a reset done behind the API's back). */
export function clearVersionCache(db: Database): void {
  caches.delete(db.shared);
}
