/**
 * How records are stored in Neo4j, both ways. `load` writes with the `*ToProps` functions;
 * `export` and the API read with the `*FromProps` functions, so the mapping lives in one place.
 *
 * Dates are stored as: `<p>` (value as written), `<p>Precision`, `<p>From`/`<p>To` (partial
 * bounds), and `<p>Start`/`<p>End` (Neo4j DATEs of the first and last day covered, for range
 * filters and indexes). Evidence is stored as two parallel lists on the relationship.
 */
import { coveredDays, DATE_PRECISIONS, type DatePrecision, type FuzzyDate } from '../domain/fuzzy-date.js';
import type {
  EventRecord,
  EvidenceRecord,
  PartyRecord,
  PlaceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../domain/records.js';
import {
  EVENT_TYPES,
  type EventType,
  type OrganisationKind,
  PARTY_TYPES,
  type PartyType,
  type PlaceKind,
  type RelationshipType,
  type ResolutionKind,
} from '../domain/vocabulary.js';

/** Property values as they go to the driver (DATEs are passed as ISO strings and converted in Cypher). */
export type Props = Record<string, string | number | boolean | string[] | number[] | null>;
/** Property values as they come back from the driver through api/db's toPlain. */
export type StoredProps = Record<string, unknown>;

/** Date properties, by prefix; `<p>Start`/`<p>End` are set by Cypher with date(). */
export function dateToProps(prefix: string, date: FuzzyDate | null): Props {
  const days = date ? coveredDays(date) : { first: null, last: null };
  return {
    [prefix]: date?.value ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
    [`${prefix}From`]: date?.start ?? null,
    [`${prefix}To`]: date?.end ?? null,
    [`${prefix}Start`]: days.first,
    [`${prefix}End`]: days.last,
  };
}

/** Names of the properties that hold Neo4j DATE values (converted with date() on write). */
export const DATE_VALUE_PROPS = ['dateStart', 'dateEnd', 'publishedStart', 'publishedEnd'] as const;

export function dateFromProps(prefix: string, p: StoredProps): FuzzyDate | null {
  const value = p[prefix];
  const precision = p[`${prefix}Precision`];
  if (typeof value !== 'string' || typeof precision !== 'string') return null;
  if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) return null;
  return {
    precision: precision as DatePrecision,
    value,
    start: str(p[`${prefix}From`]),
    end: str(p[`${prefix}To`]),
  };
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function sourceToProps(s: SourceRecord): Props {
  return {
    id: s.id,
    name: s.title,
    title: s.title,
    updated: s.updated,
    outlet: s.outlet,
    url: s.url,
    text: s.text,
    ...dateToProps('published', s.published),
  };
}

/** The stored properties sourceFromProps reads besides `text`: a source read without its text. */
export const SOURCE_PROPS_WITHOUT_TEXT = [
  'id',
  'title',
  'updated',
  'outlet',
  'url',
  'published',
  'publishedPrecision',
  'publishedFrom',
  'publishedTo',
] as const;

export function sourceFromProps(p: StoredProps): SourceRecord {
  return {
    id: String(p.id),
    title: String(p.title ?? ''),
    published: dateFromProps('published', p),
    updated: str(p.updated),
    outlet: str(p.outlet),
    url: str(p.url),
    text: String(p.text ?? ''),
  };
}

/** Only the optional fields that hold a value, so records without them store (and export) exactly as before. */
function present(fields: Props): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  }
  return out;
}

export function placeToProps(pl: PlaceRecord): Props {
  return {
    id: pl.id,
    name: pl.name,
    kind: pl.kind,
    aliases: pl.aliases,
    within: pl.within,
    ...present({
      latitude: pl.latitude ?? null,
      longitude: pl.longitude ?? null,
      admin1: pl.admin1 ?? null,
      admin2: pl.admin2 ?? null,
      admin3: pl.admin3 ?? null,
    }),
  };
}

/** Adds the optional fields found in `p` to `record` (absent ones stay absent). */
function withOptional<T extends object>(record: T, p: StoredProps, numbers: string[], texts: string[]): T {
  const out = record as Record<string, unknown>;
  for (const k of numbers) if (typeof p[k] === 'number') out[k] = p[k];
  for (const k of texts) if (typeof p[k] === 'string') out[k] = p[k];
  return record;
}

export function placeFromProps(p: StoredProps): PlaceRecord {
  const place: PlaceRecord = {
    id: String(p.id),
    name: String(p.name ?? ''),
    kind: (str(p.kind) ?? 'OTHER') as PlaceKind,
    aliases: strings(p.aliases),
    within: str(p.within),
  };
  return withOptional(place, p, ['latitude', 'longitude'], ['admin1', 'admin2', 'admin3']);
}

/**
 * The normalised name parties and events are listed by: stored beside the name and indexed
 * (schema.cypher.ts), so a listing by name reads the index in order instead of sorting every node
 * on `toLower(name)`. Derived from the name on every write; never read back into a record.
 */
export function nameKey(name: string | null | undefined): string {
  return (name ?? '').toLowerCase();
}

export function partyToProps(pa: PartyRecord): Props {
  return {
    id: pa.id,
    type: pa.type,
    name: pa.name,
    nameKey: nameKey(pa.name),
    aliases: pa.aliases,
    description: pa.description,
    country: pa.country,
    kind: pa.kind,
    unknown: pa.unknown,
  };
}

export function partyFromProps(p: StoredProps): PartyRecord {
  const type = str(p.type);
  return {
    id: String(p.id),
    type: (PARTY_TYPES as readonly string[]).includes(type ?? '') ? (type as PartyType) : 'Organisation',
    name: String(p.name ?? ''),
    aliases: strings(p.aliases),
    description: str(p.description),
    country: str(p.country),
    kind: str(p.kind) as OrganisationKind | null,
    unknown: p.unknown === true,
  };
}

export function eventToProps(e: EventRecord): Props {
  const props: Props = {
    id: e.id,
    type: e.type,
    name: e.name,
    nameKey: nameKey(e.name),
    summary: e.summary,
    place: e.place,
    method: e.method,
    resolutionKind: e.resolutionKind,
    binding: e.binding,
    fatalities: e.fatalities,
  };
  // Added in place rather than spread between other keys, which is slow on Node 20 (see
  // placeValue in core/domain/values.ts); a load writes this for every event.
  return Object.assign(
    props,
    present({
      civilianTargeting: e.civilianTargeting ?? null,
      tags: e.tags ?? null,
      sourceScale: e.sourceScale ?? null,
    }),
    dateToProps('date', e.date),
  );
}

export function eventFromProps(p: StoredProps): EventRecord {
  const type = str(p.type);
  const event: EventRecord = {
    id: String(p.id),
    type: (EVENT_TYPES as readonly string[]).includes(type ?? '') ? (type as EventType) : 'Statement',
    name: String(p.name ?? ''),
    summary: str(p.summary),
    date: dateFromProps('date', p),
    place: str(p.place),
    method: str(p.method),
    resolutionKind: str(p.resolutionKind) as ResolutionKind | null,
    binding: typeof p.binding === 'boolean' ? p.binding : null,
    fatalities: typeof p.fatalities === 'number' ? p.fatalities : null,
  };
  if (typeof p.civilianTargeting === 'boolean') event.civilianTargeting = p.civilianTargeting;
  if (strings(p.tags).length > 0) event.tags = strings(p.tags);
  return withOptional(event, p, [], ['sourceScale']);
}

/**
 * Where each quote of `evidence` starts in its source's text (`textOf` gives the texts the writer
 * holds), or null unless every one is known: the offsets are stored as a list parallel to the
 * quotes, whole or not at all (a relationship without them has them worked out on reading).
 */
export function evidenceOffsets(
  evidence: readonly EvidenceRecord[],
  textOf: (sourceId: string) => string | undefined,
): number[] | null {
  const offsets: number[] = [];
  for (const e of evidence) {
    const at = textOf(e.source)?.indexOf(e.quote) ?? -1;
    if (at < 0) return null;
    offsets.push(at);
  }
  return offsets;
}

/**
 * A relationship's stored properties. `textOf` gives the text of each source the writer holds, to
 * store each quote's offset; without it (or without every cited text) `evidenceOffsets` is null,
 * which also clears offsets an earlier write stored for other quotes.
 */
export function relationshipToProps(r: RelationshipRecord, textOf?: (sourceId: string) => string | undefined): Props {
  return {
    id: r.id,
    status: r.status,
    role: r.role,
    note: r.note,
    evidenceSources: r.evidence.map((e) => e.source),
    evidenceQuotes: r.evidence.map((e) => e.quote),
    evidenceOffsets: textOf ? evidenceOffsets(r.evidence, textOf) : null,
    derivedFrom: r.derivedFrom,
    ...dateToProps('date', r.date),
  };
}

/** `type`, `from` and `to` come from the relationship's type and endpoints, not its properties. */
export function relationshipFromProps(
  p: StoredProps,
  type: RelationshipType,
  from: string,
  to: string,
): RelationshipRecord {
  const sources = strings(p.evidenceSources);
  const quotes = strings(p.evidenceQuotes);
  const offsets =
    Array.isArray(p.evidenceOffsets) && p.evidenceOffsets.length === sources.length ? p.evidenceOffsets : null;
  const evidence: EvidenceRecord[] = sources.map((source, i) => {
    const offset = offsets?.[i];
    return typeof offset === 'number' ? { source, quote: quotes[i] ?? '', offset } : { source, quote: quotes[i] ?? '' };
  });
  return {
    id: String(p.id),
    type,
    from,
    to,
    status: p.status === 'DERIVED' ? 'DERIVED' : 'STATED',
    role: str(p.role),
    date: dateFromProps('date', p),
    evidence,
    derivedFrom: strings(p.derivedFrom),
    note: str(p.note),
  };
}
