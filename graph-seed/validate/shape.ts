/**
 * First pass: checks one file's parsed YAML (or one bulk line) record by record, with the record
 * shapes of shape-records.ts, and returns the records it could read. Cross-file rules
 * (references, quotes, derivations) are in rules.ts.
 */
import type {
  EventRecord,
  PartyRecord,
  PlaceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../core/domain/records.js';
import type { Path, ValidationError } from './errors.js';
import { isObject, type Locator, Reader } from './reader.js';
import { event, isBroken, party, place, relationship, source } from './shape-records.js';

export { closest, type Locator } from './reader.js';
export { isBroken, isIncomplete } from './shape-records.js';

/** A record with the place it came from, so later rules can point at it. */
export interface Located<T> {
  record: T;
  at: Locator;
  /** Path of the item, e.g. ['relationships', 3]. */
  path: Path;
}

export interface ShapedFile {
  sources: Located<SourceRecord>[];
  places: Located<PlaceRecord>[];
  parties: Located<PartyRecord>[];
  events: Located<EventRecord>[];
  relationships: Located<RelationshipRecord>[];
}

const SECTIONS = ['sources', 'places', 'parties', 'events', 'relationships'] as const;

/** Checks one file's parsed content; pushes errors and returns the records it could read. */
export function shapeFile(raw: unknown, at: Locator, errors: ValidationError[]): ShapedFile {
  const out: ShapedFile = { sources: [], places: [], parties: [], events: [], relationships: [] };
  if (raw === null || raw === undefined) return out;
  const r = new Reader(at, errors);
  if (!isObject(raw)) {
    r.fail([], raw, `is not a mapping; expected a file with the sections ${SECTIONS.join(', ')}`);
    return out;
  }
  r.unknownKeys(raw, [], SECTIONS, 'a seed file');
  const readers = { sources: source, places: place, parties: party, events: event, relationships: relationship };
  for (const section of SECTIONS) {
    const list = raw[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      r.fail([section], list, 'is not a list');
      continue;
    }
    const read = readers[section] as (r: Reader, raw: unknown, p: Path) => never;
    list.forEach((item, index) => {
      const path = [section, index];
      const record = read(r, item, path);
      if (record) (out[section] as Located<unknown>[]).push({ record, at, path });
    });
  }
  return out;
}

/** The sections of a seed file, and the record kind each holds (as a bulk line names it). */
export const SECTION_OF_RECORD = {
  source: 'sources',
  place: 'places',
  party: 'parties',
  event: 'events',
  relationship: 'relationships',
} as const;

export type RecordKind = keyof typeof SECTION_OF_RECORD;

/** Checks one record of `kind` (one line of a bulk file); pushes errors and returns it when readable. */
export function shapeRecord(
  kind: RecordKind,
  raw: unknown,
  at: Locator,
  errors: ValidationError[],
): SourceRecord | PlaceRecord | PartyRecord | EventRecord | RelationshipRecord | undefined {
  const r = new Reader(at, errors);
  const readers = { source, place, party, event, relationship };
  const record = readers[kind](r, raw, []);
  return record && !isBroken(record) ? record : undefined;
}
