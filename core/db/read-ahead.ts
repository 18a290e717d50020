/**
 * Reads started before they are asked for (Database.readingAhead), and how a read finds the one
 * started for it: the same Cypher text and the same parameters, value for value.
 */
import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Statement } from './database.js';

/** A read's records and the milliseconds from its start to its last record. */
export interface Ran {
  records: Neo4jRecord[];
  ms: number;
}

/** One read under way; taken by the first read of the same statement, then gone. */
export interface AheadRead {
  cypher: string;
  /** statementKey of the statement started. */
  key: string;
  result: Promise<Ran>;
}

const keys = new WeakMap<Statement<unknown>, string>();

/**
 * A statement's Cypher and parameters as one string (paramsKey), equal for statements that run
 * alike; worked out once per statement object: a statement kept to be read ahead again, or one
 * asked for both when its read is matched and when what a request read is remembered.
 */
export function statementKey(statement: Statement<unknown>): string {
  let key = keys.get(statement);
  if (key === undefined) {
    key = `${statement.cypher}\u0000${paramsKey(statement.params)}`;
    keys.set(statement, key);
  }
  return key;
}

/**
 * The parameters as one string, equal for equal values: JSON, where a value that is not a plain
 * object, array or JSON scalar (a driver Integer, a BigInt, a Date, a driver temporal value) is
 * written with its type, so that it never equals a string or a map that prints alike (Integer 1 is
 * not `{ low: 1, high: 0 }`, 5n is not "5n"). Statements build their parameters in a fixed order,
 * so the same request makes the same string.
 */
export function paramsKey(params: Statement<unknown>['params']): string {
  return JSON.stringify(params ?? {}, typed);
}

function typed(this: Record<string, unknown>, key: string, value: unknown): unknown {
  // `value` is what toJSON made of it, if it has one; the holder has the value itself.
  const original = this[key];
  if (typeof original === 'bigint') return { '\u0000bigint': original.toString() };
  if (original === null || typeof original !== 'object' || Array.isArray(original)) return value;
  const prototype = Object.getPrototypeOf(original);
  if (prototype === Object.prototype || prototype === null) return value;
  return { [`\u0000${(original as object).constructor?.name ?? 'object'}`]: String(original) };
}

/** The read under way for `statement`, removed from `ahead`; undefined when none is. */
export function takeAhead(ahead: AheadRead[], statement: Statement<unknown>): Promise<Ran> | undefined {
  for (let i = 0; i < ahead.length; i++) {
    const read = ahead[i] as AheadRead;
    // The text first: a statement of another text is not worth its key.
    if (read.cypher !== statement.cypher || read.key !== statementKey(statement)) continue;
    ahead.splice(i, 1);
    return read.result;
  }
  return undefined;
}
