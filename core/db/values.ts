/**
 * Converts values coming out of the driver into plain JSON-friendly values, in one place. Lists and
 * maps are converted in place: they are fresh objects of one result, and copying every one of them
 * was a good part of the garbage a large answer made.
 */
import neo4j from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * A DATE as YYYY-MM-DD without the driver's `toString`, which runs every part through its Integer
 * arithmetic; null for the years that format needs a sign or more digits for (the driver handles those).
 */
function isoDate(date: { year: unknown; month: unknown; day: unknown }): string | null {
  const { year, month, day } = date;
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number') return null;
  if (year < 1000 || year > 9999) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Neo4j integers become numbers (they are ids and counts here, far below 2^53); temporals become ISO strings. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value as Plain[];
  }
  // A map as the driver unpacks it is a plain object: no need to ask whether it is one of its classes.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (neo4j.isDate(value)) return isoDate(value as { year: unknown; month: unknown; day: unknown }) ?? String(value);
  if (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) {
    return toPlain((value as { properties: unknown }).properties);
  }
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(map: Record<string, unknown>): Record<string, Plain> {
  for (const k in map) map[k] = toPlain(map[k]);
  return map as Record<string, Plain>;
}
