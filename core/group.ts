/**
 * `items` grouped by `keyOf`, each group in the order its items came, the groups in the order their
 * first items came; `valueFor` picks what each group holds (the item itself by default). Pushes
 * into each group instead of copying it per item.
 */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  keyOf: (item: T) => K,
  valueFor: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(valueFor(item));
    else groups.set(key, [valueFor(item)]);
  }
  return groups;
}
