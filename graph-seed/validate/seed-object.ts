/** A GraphDocument written out in the seed format's own shape (the inverse of shape.ts). */
import { type FuzzyDate, formatFuzzyDate } from '../../core/domain/fuzzy-date.js';
import {
  type EventRecord,
  type GraphDocument,
  type PartyRecord,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
  type SourceRecord,
} from '../../core/domain/records.js';

/** The `key:` that gives a relationship its id, or null when the id is the plain from:TYPE:to. */
export function relationshipKey(r: RelationshipRecord): string | null {
  const plain = relationshipId(r.from, r.type, r.to);
  if (r.id === plain) return null;
  return r.id.startsWith(`${plain}:`) ? r.id.slice(plain.length + 1) : null;
}

const date = (d: FuzzyDate | null) => (d === null ? null : formatFuzzyDate(d));

/** One source in the seed format's shape, with inline `text`. */
export function sourceToSeed(s: SourceRecord): Record<string, unknown> {
  return {
    id: s.id,
    title: s.title,
    published: date(s.published),
    updated: s.updated,
    outlet: s.outlet,
    url: s.url,
    text: s.text,
  };
}

/** The optional fields that hold a value (absent ones are not written, so older files export unchanged). */
function given(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

export function placeToSeed(p: PlaceRecord): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: [...p.aliases],
    within: p.within,
    ...given({ latitude: p.latitude, longitude: p.longitude, admin1: p.admin1, admin2: p.admin2, admin3: p.admin3 }),
  };
}

export function partyToSeed(p: PartyRecord): Record<string, unknown> {
  return {
    id: p.id,
    type: p.type,
    name: p.name,
    aliases: [...p.aliases],
    description: p.description,
    country: p.country,
    kind: p.kind,
    unknown: p.unknown,
  };
}

export function eventToSeed(e: EventRecord): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    summary: e.summary,
    date: date(e.date),
    place: e.place,
    method: e.method,
    resolutionKind: e.resolutionKind,
    binding: e.binding,
    fatalities: e.fatalities,
    ...given({
      civilianTargeting: e.civilianTargeting,
      tags: e.tags ? [...e.tags] : undefined,
      sourceScale: e.sourceScale,
    }),
  };
}

export function relationshipToSeed(r: RelationshipRecord): Record<string, unknown> {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    key: relationshipKey(r),
    status: r.status,
    role: r.role,
    date: date(r.date),
    evidence: r.evidence.map((e) => ({ source: e.source, quote: e.quote })),
    derivedFrom: [...r.derivedFrom],
    note: r.note,
  };
}

/**
 * Plain objects in the seed format, every field present in a fixed order, sources with inline
 * `text`. Used to serialise exports and to validate documents built in memory (imports, synth).
 */
export function documentToSeedObject(doc: GraphDocument): Record<string, unknown[]> {
  return {
    sources: doc.sources.map(sourceToSeed),
    places: doc.places.map(placeToSeed),
    parties: doc.parties.map(partyToSeed),
    events: doc.events.map(eventToSeed),
    relationships: doc.relationships.map(relationshipToSeed),
  };
}
