/**
 * First pass: checks one file's parsed YAML field by field (types, enums, required fields,
 * unknown keys, dates, slugs) and turns it into records with omitted optionals normalised.
 * Cross-file rules (references, quotes, derivations) are in rules.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type FuzzyDate, parseFuzzyDate } from '../../core/domain/fuzzy-date.js';
import {
  type EventRecord,
  type EvidenceRecord,
  ID_PATTERN,
  type PartyRecord,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
  type SourceRecord,
} from '../../core/domain/records.js';
import {
  EVENT_TYPES,
  EVIDENCE_STATUSES,
  ORGANISATION_KINDS,
  PARTY_TYPES,
  PLACE_KINDS,
  RELATIONSHIP_TYPES,
  RESOLUTION_KINDS,
  type RelationshipType,
} from '../../core/domain/vocabulary.js';
import { type Path, type ValidationError, validationError } from './errors.js';

/** Where a file's values are; `line` finds the line of a path (or of its nearest ancestor). */
export interface Locator {
  file: string;
  /** Folder that `textFile` is relative to; null when the document was not read from a file. */
  baseDir: string | null;
  line(path: Path): number | null;
}

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

const KEYS = {
  sources: ['id', 'title', 'published', 'updated', 'outlet', 'url', 'text', 'textFile'],
  places: ['id', 'name', 'kind', 'aliases', 'within'],
  parties: ['id', 'type', 'name', 'aliases', 'description', 'country', 'kind', 'unknown'],
  events: ['id', 'type', 'name', 'summary', 'date', 'place', 'method', 'resolutionKind', 'binding', 'fatalities'],
  relationships: ['type', 'from', 'to', 'key', 'status', 'role', 'date', 'evidence', 'derivedFrom', 'note'],
  evidence: ['source', 'quote'],
} as const;

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
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
class Reader {
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

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'mapping' : typeof value;
}

function source(r: Reader, raw: unknown, p: Path): SourceRecord | undefined {
  const o = r.item(raw, p, KEYS.sources, 'a source');
  if (!o) return undefined;
  const before = r.errors.length;
  const id = r.slug(o, p, 'id', true, 'a source id');
  const title = r.text(o, p, 'title', true);
  const published = r.date(o, p, 'published');
  const updated = r.text(o, p, 'updated', false);
  const outlet = r.text(o, p, 'outlet', false);
  const url = r.text(o, p, 'url', false);
  let text: string | undefined;
  const hasText = o.text !== undefined && o.text !== null;
  const hasFile = o.textFile !== undefined && o.textFile !== null;
  if (hasText && hasFile) {
    r.fail([...p, 'textFile'], o.textFile, 'is given together with text; give one of them');
  } else if (hasText) {
    text = r.text(o, p, 'text', true) ?? undefined;
  } else if (hasFile) {
    const file = r.text(o, p, 'textFile', true);
    if (typeof file === 'string') text = readTextFile(r, [...p, 'textFile'], file);
  } else {
    r.fail(p, undefined, 'has no text; give `textFile:` (relative to this YAML file) or `text:`');
  }
  if (typeof id !== 'string') return undefined;
  const record: SourceRecord = {
    id,
    title: title ?? '',
    published: published ?? null,
    updated: updated ?? null,
    outlet: outlet ?? null,
    url: url ?? null,
    text: text ?? '',
  };
  return mark(record, r.errors.length > before, text === undefined);
}

/**
 * A record with errors is still returned when its id is readable, marked broken, so its id stays
 * known and one mistake does not also break every reference to it. It is never written.
 */
interface Marks {
  broken?: boolean;
  /** The node's type (or a source's text) could not be read: skip checks that need it. */
  incomplete?: boolean;
}

function mark<T extends object>(record: T, broken: boolean, incomplete = false): T {
  if (broken) Object.assign(record, { broken: true } satisfies Marks);
  if (incomplete) Object.assign(record, { incomplete: true } satisfies Marks);
  return record;
}

export function isBroken(record: object): boolean {
  return (record as Marks).broken === true;
}

export function isIncomplete(record: object): boolean {
  return (record as Marks).incomplete === true;
}

function readTextFile(r: Reader, p: Path, file: string): string | undefined {
  const base = r.at.baseDir;
  if (base === null)
    return r.fail(p, file, 'cannot be read: this document was not read from a file; give `text:` inline');
  const full = path.resolve(base, file);
  try {
    return readFileSync(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return r.fail(
      p,
      file,
      code === 'ENOENT' ? `does not exist (looked for ${full})` : `cannot be read (${code ?? String(error)})`,
    );
  }
}

function place(r: Reader, raw: unknown, p: Path): PlaceRecord | undefined {
  const o = r.item(raw, p, KEYS.places, 'a place');
  if (!o) return undefined;
  const before = r.errors.length;
  const id = r.slug(o, p, 'id', true, 'a place id');
  const name = r.text(o, p, 'name', true);
  const kind = r.choice(o, p, 'kind', PLACE_KINDS, true);
  const aliases = r.textList(o, p, 'aliases');
  const within = r.slug(o, p, 'within', false, 'a place id');
  if (typeof id !== 'string') return undefined;
  return mark(
    { id, name: name ?? '', kind: kind ?? 'OTHER', aliases: aliases ?? [], within: within ?? null },
    r.errors.length > before,
  );
}

function party(r: Reader, raw: unknown, p: Path): PartyRecord | undefined {
  const o = r.item(raw, p, KEYS.parties, 'a party');
  if (!o) return undefined;
  const before = r.errors.length;
  const id = r.slug(o, p, 'id', true, 'a party id');
  const type = r.choice(o, p, 'type', PARTY_TYPES, true);
  const name = r.text(o, p, 'name', true);
  const aliases = r.textList(o, p, 'aliases');
  const description = r.text(o, p, 'description', false);
  const country = r.slug(o, p, 'country', false, 'a place id');
  const kind = r.choice(o, p, 'kind', ORGANISATION_KINDS, false);
  if (kind && type === 'Person') r.fail([...p, 'kind'], kind, 'is given for a Person; kind is for organisations only');
  const unknown = r.bool(o, p, 'unknown');
  if (typeof id !== 'string') return undefined;
  const record: PartyRecord = {
    id,
    type: type ?? 'Organisation',
    name: name ?? '',
    aliases: aliases ?? [],
    description: description ?? null,
    country: country ?? null,
    kind: kind ?? null,
    unknown: unknown ?? false,
  };
  return mark(record, r.errors.length > before, !type);
}

function event(r: Reader, raw: unknown, p: Path): EventRecord | undefined {
  const o = r.item(raw, p, KEYS.events, 'an event');
  if (!o) return undefined;
  const before = r.errors.length;
  const id = r.slug(o, p, 'id', true, 'an event id');
  const type = r.choice(o, p, 'type', EVENT_TYPES, true);
  const name = r.text(o, p, 'name', true);
  const summary = r.text(o, p, 'summary', false);
  const date = r.date(o, p, 'date');
  const placeId = r.slug(o, p, 'place', false, 'a place id');
  const method = r.text(o, p, 'method', false);
  const resolutionKind = r.choice(o, p, 'resolutionKind', RESOLUTION_KINDS, false);
  const binding = r.bool(o, p, 'binding');
  const fatalities = r.count(o, p, 'fatalities');
  if (type && type !== 'Resolution') {
    if (resolutionKind)
      r.fail(
        [...p, 'resolutionKind'],
        resolutionKind,
        `is given for a ${type}; resolutionKind is for resolutions only`,
      );
    if (typeof binding === 'boolean')
      r.fail([...p, 'binding'], binding, `is given for a ${type}; binding is for resolutions only`);
  }
  if (typeof id !== 'string') return undefined;
  const record: EventRecord = {
    id,
    type: type ?? 'Statement',
    name: name ?? '',
    summary: summary ?? null,
    date: date ?? null,
    place: placeId ?? null,
    method: method ?? null,
    resolutionKind: resolutionKind ?? null,
    binding: binding ?? null,
    fatalities: fatalities ?? null,
  };
  return mark(record, r.errors.length > before, !type);
}

function evidenceList(r: Reader, o: Obj, p: Path): EvidenceRecord[] | undefined {
  const value = o.evidence;
  const lp = [...p, 'evidence'];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return r.fail(lp, value, 'is not a list; expected a list of { source, quote }');
  const out: EvidenceRecord[] = [];
  let ok = true;
  value.forEach((raw, i) => {
    const ip = [...lp, i];
    const item = r.item(raw, ip, KEYS.evidence, 'an evidence item');
    if (!item) {
      ok = false;
      return;
    }
    const src = r.slug(item, ip, 'source', true, 'a source id');
    const quote = r.text(item, ip, 'quote', true);
    if (typeof src === 'string' && typeof quote === 'string') out.push({ source: src, quote });
    else ok = false;
  });
  return ok ? out : undefined;
}

function relationship(r: Reader, raw: unknown, p: Path): RelationshipRecord | undefined {
  const o = r.item(raw, p, KEYS.relationships, 'a relationship');
  if (!o) return undefined;
  const before = r.errors.length;
  const type = r.choice<RelationshipType>(o, p, 'type', RELATIONSHIP_TYPES, true);
  const from = r.slug(o, p, 'from', true, 'a node id');
  const to = r.slug(o, p, 'to', true, 'a node id');
  const key = r.slug(o, p, 'key', false, 'a key');
  const status = r.choice(o, p, 'status', EVIDENCE_STATUSES, false) ?? 'STATED';
  const role = r.text(o, p, 'role', false);
  const date = r.date(o, p, 'date');
  const evidence = evidenceList(r, o, p);
  const derivedFrom = r.textList(o, p, 'derivedFrom');
  const note = r.text(o, p, 'note', false);
  if (status === 'STATED' && derivedFrom && derivedFrom.length > 0) {
    r.fail(
      [...p, 'derivedFrom'],
      derivedFrom,
      'is given for a STATED relationship; add `status: DERIVED` or remove derivedFrom',
    );
  }
  if (!type || typeof from !== 'string' || typeof to !== 'string') return undefined;
  const id = relationshipId(from, type, to, key ?? null);
  const record: RelationshipRecord = {
    id,
    type,
    from,
    to,
    status,
    role: role ?? null,
    date: date ?? null,
    evidence: evidence ?? [],
    derivedFrom: derivedFrom ?? [],
    note: note ?? null,
  };
  return mark(record, r.errors.length > before);
}

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
