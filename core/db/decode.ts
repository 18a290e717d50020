/**
 * Readers for the columns of a plain row. A statement's decoder uses them to turn the driver's
 * row into the row type the statement declares; a column of the wrong shape is a DecodeError that
 * names the column, never a silently coerced value.
 */
import type { Plain } from './values.js';

export type Row = Record<string, Plain>;

/** A column did not hold what the statement declares: a bug in the statement or its decoder. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

function fail(key: string, expected: string, value: unknown): never {
  throw new DecodeError(`column ${key}: expected ${expected}, got ${JSON.stringify(value)?.slice(0, 80)}`);
}

/** A string column. */
export function text(row: Row, key: string): string {
  return textOf(row[key], key);
}

/** A string column that may be null. */
export function optText(row: Row, key: string): string | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : fail(key, 'a string or null', v);
}

/** A number column; null reads as `fallback` when one is given (counts of nothing). */
export function num(row: Row, key: string, fallback?: number): number {
  const v = row[key];
  if ((v === null || v === undefined) && fallback !== undefined) return fallback;
  return typeof v === 'number' ? v : fail(key, 'a number', v);
}

/** A number column that may be null. */
export function optNum(row: Row, key: string): number | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? v : fail(key, 'a number or null', v);
}

/** A boolean column. */
export function flag(row: Row, key: string): boolean {
  return flagOf(row[key], key);
}

/** A list column; null reads as an empty list (collect() of nothing, OPTIONAL MATCH). */
export function list(row: Row, key: string): Plain[] {
  return listOf(row[key], key);
}

/** A list-of-strings column. */
export function texts(row: Row, key: string): string[] {
  return textsOf(row[key], key);
}

/** A map column (a node's or relationship's properties). */
export function map(row: Row, key: string): Record<string, Plain> {
  return mapOf(row[key], key);
}

/** A map column that may be null. */
export function optMap(row: Row, key: string): Record<string, Plain> | null {
  const v = row[key];
  if (v === null || v === undefined) return null;
  return typeof v === 'object' && !Array.isArray(v) ? v : fail(key, 'a map or null', v);
}

/*
 * The checks themselves, on a value that may not be a column (an item of a list column, a part of
 * one); the column readers above apply them to `row[key]`. Decoders meet thousands of such values
 * in one answer, so no row is made around each, and the name of an item (`rels[3]`) is only
 * written out when it is wrong.
 */

const itemName = (name: string, index: number | undefined) => (index === undefined ? name : `${name}[${index}]`);

/** A list value; null reads as an empty list. */
export function listOf(value: Plain | undefined, name: string, index?: number): Plain[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : fail(itemName(name, index), 'a list', value);
}

/** A string value. */
export function textOf(value: Plain | undefined, name: string, index?: number): string {
  return typeof value === 'string' ? value : fail(itemName(name, index), 'a string', value);
}

/** A list-of-strings value; null reads as an empty list. */
export function textsOf(value: Plain | undefined, name: string): string[] {
  const values = listOf(value, name);
  for (let i = 0; i < values.length; i++) textOf(values[i], name, i);
  return values as string[];
}

/** A boolean value. */
export function flagOf(value: Plain | undefined, name: string): boolean {
  return typeof value === 'boolean' ? value : fail(name, 'a boolean', value);
}

/** A map value (a node's or relationship's properties). */
export function mapOf(value: Plain | undefined, name: string): Record<string, Plain> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : fail(name, 'a map', value);
}
