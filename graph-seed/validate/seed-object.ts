/** A GraphDocument written out in the seed format's own shape (the inverse of shape.ts). */
import { formatFuzzyDate } from '../../core/domain/fuzzy-date.js';
import { type GraphDocument, type RelationshipRecord, relationshipId } from '../../core/domain/records.js';

/** The `key:` that gives a relationship its id, or null when the id is the plain from:TYPE:to. */
export function relationshipKey(r: RelationshipRecord): string | null {
  const plain = relationshipId(r.from, r.type, r.to);
  if (r.id === plain) return null;
  return r.id.startsWith(`${plain}:`) ? r.id.slice(plain.length + 1) : null;
}

/**
 * Plain objects in the seed format, every field present in a fixed order, sources with inline
 * `text`. Used to serialise exports and to validate documents built in memory (imports, synth).
 */
export function documentToSeedObject(doc: GraphDocument): Record<string, unknown[]> {
  const date = (d: Parameters<typeof formatFuzzyDate>[0] | null) => (d === null ? null : formatFuzzyDate(d));
  return {
    sources: doc.sources.map((s) => ({
      id: s.id,
      title: s.title,
      published: date(s.published),
      updated: s.updated,
      outlet: s.outlet,
      url: s.url,
      text: s.text,
    })),
    places: doc.places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      aliases: [...p.aliases],
      within: p.within,
    })),
    parties: doc.parties.map((p) => ({
      id: p.id,
      type: p.type,
      name: p.name,
      aliases: [...p.aliases],
      description: p.description,
      country: p.country,
      kind: p.kind,
      unknown: p.unknown,
    })),
    events: doc.events.map((e) => ({
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
    })),
    relationships: doc.relationships.map((r) => ({
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
    })),
  };
}
