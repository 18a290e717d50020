/**
 * The record shapes of the seed format, field by field (types, enums, required fields, unknown
 * keys, dates, slugs), read with the generic reader of reader.ts. Omitted optionals are normalised.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type EventRecord,
  type EvidenceRecord,
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
import type { Path } from './errors.js';
import type { Obj, Reader } from './reader.js';

const KEYS = {
  sources: ['id', 'title', 'published', 'updated', 'outlet', 'url', 'text', 'textFile'],
  places: ['id', 'name', 'kind', 'aliases', 'within', 'latitude', 'longitude', 'admin1', 'admin2', 'admin3'],
  parties: ['id', 'type', 'name', 'aliases', 'description', 'country', 'kind', 'unknown'],
  events: [
    'id',
    'type',
    'name',
    'summary',
    'date',
    'place',
    'method',
    'resolutionKind',
    'binding',
    'fatalities',
    'civilianTargeting',
    'tags',
    'sourceScale',
  ],
  relationships: ['type', 'from', 'to', 'key', 'status', 'role', 'date', 'evidence', 'derivedFrom', 'note'],
  evidence: ['source', 'quote'],
} as const;

export function source(r: Reader, raw: unknown, p: Path): SourceRecord | undefined {
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

export function place(r: Reader, raw: unknown, p: Path): PlaceRecord | undefined {
  const o = r.item(raw, p, KEYS.places, 'a place');
  if (!o) return undefined;
  const before = r.errors.length;
  const id = r.slug(o, p, 'id', true, 'a place id');
  const name = r.text(o, p, 'name', true);
  const kind = r.choice(o, p, 'kind', PLACE_KINDS, true);
  const aliases = r.textList(o, p, 'aliases');
  const within = r.slug(o, p, 'within', false, 'a place id');
  const latitude = r.coordinate(o, p, 'latitude', 90);
  const longitude = r.coordinate(o, p, 'longitude', 180);
  const admin = (['admin1', 'admin2', 'admin3'] as const).map((k) => r.text(o, p, k, false));
  if (typeof id !== 'string') return undefined;
  const record: PlaceRecord = {
    id,
    name: name ?? '',
    kind: kind ?? 'OTHER',
    aliases: aliases ?? [],
    within: within ?? null,
  };
  // Optional fields are set only when given, so a seed file without them reads (and exports) as before.
  if (typeof latitude === 'number') record.latitude = latitude;
  if (typeof longitude === 'number') record.longitude = longitude;
  (['admin1', 'admin2', 'admin3'] as const).forEach((k, i) => {
    const v = admin[i];
    if (typeof v === 'string') record[k] = v;
  });
  return mark(record, r.errors.length > before);
}

export function party(r: Reader, raw: unknown, p: Path): PartyRecord | undefined {
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

export function event(r: Reader, raw: unknown, p: Path): EventRecord | undefined {
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
  const civilianTargeting = r.bool(o, p, 'civilianTargeting');
  const tags = r.textList(o, p, 'tags');
  const sourceScale = r.text(o, p, 'sourceScale', false);
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
  if (typeof civilianTargeting === 'boolean') record.civilianTargeting = civilianTargeting;
  if (tags && tags.length > 0) record.tags = tags;
  if (typeof sourceScale === 'string') record.sourceScale = sourceScale;
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

export function relationship(r: Reader, raw: unknown, p: Path): RelationshipRecord | undefined {
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
