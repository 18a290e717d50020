/**
 * A generic reader for parsed seed data: typed field access that reports every problem with its
 * path and line, unknown keys with "did you mean" hints, dates, slugs and enums. The record
 * shapes that use it are in shape.ts.
 */
import { type FuzzyDate, parseFuzzyDate } from '../../core/domain/fuzzy-date.js';
import { ID_PATTERN } from '../../core/domain/records.js';
import { type Path, type ValidationError, validationError } from './errors.js';

/** Where a file's values are; `line` finds the line of a path (or of its nearest ancestor). */
export interface Locator {
  file: string;
  /** Folder that `textFile` is relative to; null when the document was not read from a file. */
  baseDir: string | null;
  line(path: Path): number | null;
}

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

/** The closest allowed word, for "did you mean" hints on typos. */
export function closest(word: string, allowed: readonly string[]): string | null {
  const lower = word.toLowerCase();
  if (lower.length >= 4) {
    const prefixed = allowed.filter((a) => a.toLowerCase().startsWith(lower));
    if (prefixed.length === 1) return prefixed[0] ?? null;
  }
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of allowed) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

/** Collects errors while reading one item; every reader returns undefined after reporting. */
export class Reader {
  constructor(
    readonly at: Locator,
    readonly errors: ValidationError[],
  ) {}

  fail(path: Path, value: unknown, detail: string): undefined {
    this.errors.push(validationError(this.at.file, path, this.at.line(path), value, detail));
    return undefined;
  }

  /** Reports keys outside `allowed`, with a suggestion when one is close. */
  unknownKeys(obj: Obj, path: Path, allowed: readonly string[], what: string): void {
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key)) continue;
      const guess = closest(key, allowed);
      this.fail(
        [...path, key],
        undefined,
        `is not a field of ${what}${guess ? ` (did you mean "${guess}"?)` : ''}; expected one of ${allowed.join(', ')}`,
      );
    }
  }

  text(obj: Obj, path: Path, key: string, required: boolean): string | null | undefined {
    const value = obj[key];
    const p = [...path, key];
    if (value === undefined || value === null) {
      return required ? this.fail(p, undefined, 'is missing; it is required') : null;
    }
    if (typeof value !== 'string') {
      return this.fail(p, value, `is a ${typeName(value)}; expected text (put it in quotes if it is meant as text)`);
    }
    if (required && value.trim() === '') return this.fail(p, value, 'is empty; expected text');
    return value;
  }

  slug(obj: Obj, path: Path, key: string, required: boolean, what: string): string | null | undefined {
    const value = this.text(obj, path, key, required);
    if (typeof value !== 'string') return value;
    if (!ID_PATTERN.test(value)) {
      return this.fail(
        [...path, key],
        value,
        `is not ${what}: expected a slug of lower-case letters, digits and single hyphens, such as "iraqi-parliament"`,
      );
    }
    return value;
  }

  choice<T extends string>(
    obj: Obj,
    path: Path,
    key: string,
    allowed: readonly T[],
    required: boolean,
  ): T | null | undefined {
    const value = obj[key];
    const p = [...path, key];
    if (value === undefined || value === null) {
      return required ? this.fail(p, undefined, `is missing; expected one of ${allowed.join(', ')}`) : null;
    }
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    const guess = typeof value === 'string' ? closest(value, allowed) : null;
    return this.fail(
      p,
      value,
      `is not allowed${guess ? ` (did you mean ${guess}?)` : ''}; expected one of ${allowed.join(', ')}`,
    );
  }

  bool(obj: Obj, path: Path, key: string): boolean | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'boolean') return value;
    return this.fail([...path, key], value, 'is not true or false');
  }

  count(obj: Obj, path: Path, key: string): number | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    return this.fail([...path, key], value, 'is not a whole number of zero or more');
  }

  /** A latitude or longitude: a number from -limit to limit. */
  coordinate(obj: Obj, path: Path, key: string, limit: number): number | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit) return value;
    return this.fail([...path, key], value, `is not a number from -${limit} to ${limit}`);
  }

  textList(obj: Obj, path: Path, key: string): string[] | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value))
      return this.fail(
        [...path, key],
        value,
        'is not a list; expected a list of text, such as [Sudani, Iraqi premier]',
      );
    const out: string[] = [];
    let ok = true;
    value.forEach((item, i) => {
      if (typeof item === 'string' && item.trim() !== '') out.push(item);
      else {
        ok = false;
        this.fail([...path, key, i], item, 'is not text');
      }
    });
    return ok ? out : undefined;
  }

  date(obj: Obj, path: Path, key: string): FuzzyDate | null | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return null;
    const parsed = parseFuzzyDate(value);
    if ('problem' in parsed) return this.fail([...path, key], value, `is not a valid date: ${parsed.problem}`);
    return parsed.date;
  }

  item(value: unknown, path: Path, keys: readonly string[], what: string): Obj | undefined {
    if (!isObject(value))
      return this.fail(path, value, `is not a mapping; expected ${what} with fields ${keys.join(', ')}`);
    this.unknownKeys(value, path, keys, what);
    return value;
  }
}

export function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'mapping' : typeof value;
}
