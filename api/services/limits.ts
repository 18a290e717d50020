/** Caps on what one request may ask for; each is documented in the field it bounds. */
import { badInput } from '../errors/index.js';

export const LIMITS = {
  /** Connection page size (parties, events, relationships). */
  pageSize: 100,
  search: 50,
  neighbourhoodDepth: 3,
  neighbourhoodNodes: 1000,
  pathLength: 10,
  /** Paths returned by `path(all: true)`. */
  paths: 50,
  networkEdges: 5000,
  /** Words in a search text. */
  searchWords: 100,
  /** Characters in one word of a search text. */
  searchWordLength: 200,
} as const;

/** The most each field's `first`/`limit` accepts, by field name, for the cost check (api/limits). */
export const SIZE_CAPS: Readonly<Record<string, number>> = {
  search: LIMITS.search,
  parties: LIMITS.pageSize,
  events: LIMITS.pageSize,
  relationships: LIMITS.pageSize,
  neighbourhood: LIMITS.neighbourhoodNodes,
  network: LIMITS.networkEdges,
};

/** Checks a whole-number argument against [min, max]; names the argument in the error. */
export function checkRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `"${field}" must be between ${min} and ${max}, got ${value}.`);
  }
  return value;
}

/**
 * Checks search text before it becomes a Lucene query: at most LIMITS.searchWords words of at
 * most LIMITS.searchWordLength characters (each word becomes two Lucene clauses, and Lucene
 * refuses more than 1024), no control characters. Lucene's syntax characters are allowed and
 * matched as themselves: luceneQuery escapes them.
 */
export function checkSearchText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) {
    throw badInput('text', '"text" must not contain control characters.');
  }
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length > LIMITS.searchWords) {
    throw badInput('text', `"text" may hold at most ${LIMITS.searchWords} words (searchWords), got ${words.length}.`);
  }
  const long = words.find((w) => w.length > LIMITS.searchWordLength);
  if (long !== undefined) {
    throw badInput(
      'text',
      `"text" holds a word of ${long.length} characters; the limit is ${LIMITS.searchWordLength} (searchWordLength).`,
    );
  }
  return text;
}

/** A time window whose end is not before its start (`field` names the end in the error). */
export function checkWindow(from: string | null | undefined, to: string | null | undefined, field = 'to') {
  if (from && to && from > to) throw badInput(field, `"to" (${to}) is before "from" (${from}).`);
  return { from: from ?? null, to: to ?? null };
}
