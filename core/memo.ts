/**
 * `make()` once per object and key, kept while the object lives (a WeakMap of Maps): what is worked
 * out from an object the process keeps using, such as a plan object the API keeps from one request
 * to the next (a fold's statement parts and texts) or a source within one request (where its quotes
 * start). Beyond `limit` keys for one object, its keys are dropped and made again when asked.
 */
export function perObject<O extends object, T>(
  cache: WeakMap<O, Map<string, T>>,
  object: O,
  key: string,
  make: () => T,
  limit = Number.POSITIVE_INFINITY,
): T {
  let byKey = cache.get(object);
  if (!byKey) {
    byKey = new Map();
    cache.set(object, byKey);
  }
  let value = byKey.get(key);
  if (value === undefined) {
    value = make();
    if (byKey.size >= limit) byKey.clear();
    byKey.set(key, value);
  }
  return value;
}

/**
 * Sets `key` to `value` as the newest entry of `map` (a Map keeps its keys in the order they were
 * set), then drops the oldest entries beyond `limit`: a cache that forgets what was used longest ago.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= limit) break;
    map.delete(oldest);
  }
}
