/**
 * Second stage of the ACLED import: checked rows become a document. Places and actors are
 * resolved against what is already known (acled-actors.ts); only what is new goes into the
 * document, so nothing already in the graph is overwritten, relabelled or re-kinded.
 */
import { basename } from 'node:path';
import type { FuzzyDate } from '../../core/domain/fuzzy-date.js';
import {
  derivedRelationship,
  type EventRecord,
  emptyDocument,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
  statedRelationship,
} from '../../core/domain/records.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { Registry } from '../identity/registry.js';
import { AcledActors, type ActorResolution } from './acled-actors.js';
import type { AcledMapping } from './acled-mapping.js';
import type { AcledRow, AcledRows } from './acled-rows.js';
import { cell } from './columns.js';
import { spanOf } from './date-span.js';
import type { ImportResult } from './result.js';
import { slugify } from './slug.js';

export interface AcledBuildOptions {
  /** Cite one Source with this id for the whole file instead of one per row. */
  sourceId?: string;
  /** The parties and places to resolve against (the database's); an empty registry by default. */
  registry?: Registry;
}

export interface AcledImport extends ImportResult {
  /** How every actor name was resolved, in order of first appearance. */
  resolutions: ActorResolution[];
  warnings: string[];
  /** Data rows in the file, and rows rejected (a row with several problems counts once). */
  rowCount: number;
  rejectedRows: number;
  layout: string | null;
}

interface Opposition {
  from: string;
  to: string;
  derivedFrom: string[];
  dates: FuzzyDate[];
  attacks: number;
  battles: number;
}

function actorNames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** How a link to an existing party came about, for the relationship's note; null for a party of its own. */
function resolutionNote(r: ActorResolution): string | null {
  if (r.rule === 'new' || (r.rule === 'exact-name' && r.created)) return null;
  const how = r.matched ? `${r.rule} "${r.matched}"` : r.rule;
  if (r.rule === 'ambiguous')
    return `ACLED actor "${r.name}" matches ${r.candidates.join(', ')}; kept apart as ${r.id}.`;
  return `ACLED actor "${r.name}" resolved to ${r.id} (${how}).`;
}

class PlaceResolver {
  readonly created: PlaceRecord[] = [];
  constructor(private readonly registry: Registry) {}

  private inside(id: string, country: string): boolean {
    let at: string | null = id;
    for (let depth = 0; at !== null && depth < 6; depth++) {
      if (at === country) return true;
      at = this.registry.places.byId.get(at)?.within ?? null;
    }
    return false;
  }

  country(name: string): string {
    const match = this.registry.places.find(name, (p) => p.kind === 'COUNTRY');
    if (match?.ids.length === 1) return match.ids[0] as string;
    return this.add({ id: this.registry.freeId(name, 'country'), name, kind: 'COUNTRY', aliases: [], within: null });
  }

  location(name: string, country: string, row: AcledRow): string {
    const match = this.registry.places.find(name, (p) => p.id !== country && this.inside(p.id, country));
    if (match?.ids.length === 1) return match.ids[0] as string;
    const place: PlaceRecord = {
      id: this.registry.freeId(`${name} ${country}`, 'place'),
      name,
      kind: 'CITY',
      aliases: [],
      within: country,
    };
    const lat = cell(row.row, 'latitude');
    const lon = cell(row.row, 'longitude');
    if (lat !== '' && lon !== '') {
      place.latitude = Number(lat);
      place.longitude = Number(lon);
    }
    for (const k of ['admin1', 'admin2', 'admin3'] as const) {
      const v = cell(row.row, k);
      if (v !== '') place[k] = v;
    }
    return this.add(place);
  }

  private add(place: PlaceRecord): string {
    this.created.push(place);
    this.registry.addPlace(place);
    return place.id;
  }
}

/** Builds the document of the accepted rows; see the module comment. */
export function buildAcledDocument(file: string, read: AcledRows, options: AcledBuildOptions = {}): AcledImport {
  const registry = options.registry ?? new Registry();
  const actors = new AcledActors(registry);
  const places = new PlaceResolver(registry);
  const doc = emptyDocument();
  const relationships: RelationshipRecord[] = [];
  const firstRelationship = new Map<string, string>();
  const oppositions = new Map<string, Opposition>();

  for (const r of read.rows) {
    const countryName = cell(r.row, 'country');
    const countryId = places.country(countryName);
    const location = cell(r.row, 'location');
    const placeId = location === '' ? countryId : places.location(location, countryId, r);
    const sourceId = options.sourceId ?? `acled-${slugify(r.code)}`;
    const fatalities = cell(r.row, 'fatalities');
    const event: EventRecord = {
      id: r.eventId,
      type: r.mapping.type,
      name: `${r.subEventType || r.eventType} in ${location || countryName}, ${r.date.value}`,
      summary: r.notes,
      date: r.date,
      place: placeId,
      method: r.mapping.method,
      resolutionKind: null,
      binding: null,
      fatalities: fatalities === '' ? null : Number(fatalities),
    };
    const targeting = cell(r.row, 'civilian_targeting');
    if (targeting !== '') event.civilianTargeting = /civilian/i.test(targeting);
    const tags = actorNames(cell(r.row, 'tags'));
    if (tags.length > 0) event.tags = tags;
    const scale = cell(r.row, 'source_scale');
    if (scale !== '') event.sourceScale = scale;
    doc.events.push(event);
    registry.claim(event.id, event.type);
    if (!options.sourceId) {
      const timestamp = Number(cell(r.row, 'timestamp'));
      doc.sources.push({
        id: sourceId,
        title: `ACLED ${r.code}`,
        published: r.date,
        updated:
          cell(r.row, 'timestamp') !== '' && Number.isFinite(timestamp)
            ? new Date(timestamp * 1000).toISOString().slice(0, 16).replace('T', ' ')
            : null,
        outlet: cell(r.row, 'source') || null,
        url: null,
        text: r.notes,
      });
      registry.claim(sourceId, 'Source');
    }

    const seen = new Set<string>();
    const link = (type: RelationshipType, from: string, to: string, note: string | null): string => {
      const id = relationshipId(from, type, to);
      if (!seen.has(id)) {
        seen.add(id);
        relationships.push(
          statedRelationship({ type, from, to, date: r.date, evidence: [{ source: sourceId, quote: r.notes }], note }),
        );
        for (const end of [from, to]) if (!firstRelationship.has(end)) firstRelationship.set(end, id);
      }
      return id;
    };
    const toEvent = (type: AcledMapping['actor1' | 'actor2'], actor: ActorResolution) =>
      type === 'TARGETED'
        ? link('TARGETED', r.eventId, actor.id, resolutionNote(actor))
        : link(type, actor.id, r.eventId, resolutionNote(actor));

    const a1 = actors.resolve(cell(r.row, 'actor1'), cell(r.row, 'inter1'));
    const link1 = toEvent(r.mapping.actor1, a1);
    for (const name of actorNames(cell(r.row, 'assoc_actor_1'))) {
      const a = actors.resolve(name, '');
      link('PARTICIPATED_IN', a.id, r.eventId, resolutionNote(a));
    }
    const actor2 = cell(r.row, 'actor2');
    if (actor2 === '') continue;
    const a2 = actors.resolve(actor2, cell(r.row, 'inter2'));
    const link2 = toEvent(r.mapping.actor2, a2);
    for (const name of actorNames(cell(r.row, 'assoc_actor_2'))) toEvent(r.mapping.assoc2, actors.resolve(name, ''));

    // Victims were targeted, not opponents: no opposition is derived to or from them.
    if (r.mapping.opposes === 'none' || a1.id === a2.id || a1.victim || a2.victim) continue;
    const battle = r.mapping.opposes === 'mutual';
    const oppose = (from: string, to: string) => {
      const key = `${from} ${to}`;
      const o = oppositions.get(key) ?? { from, to, derivedFrom: [], dates: [], attacks: 0, battles: 0 };
      o.derivedFrom.push(link1, link2);
      o.dates.push(r.date);
      if (battle) o.battles++;
      else o.attacks++;
      oppositions.set(key, o);
    };
    oppose(a1.id, a2.id);
    if (battle) oppose(a2.id, a1.id);
  }

  const nameOf = (id: string) => registry.parties.byId.get(id)?.name ?? id;
  const exportKey = `acled-${slugify(basename(file).replace(/\.[^.]*$/, ''))}`;
  for (const o of oppositions.values()) {
    const target = nameOf(o.to);
    const parts: string[] = [];
    if (o.attacks > 0)
      parts.push(`carried out ${o.attacks} hostile ${o.attacks === 1 ? 'act' : 'acts'} against ${target}`);
    if (o.battles > 0) parts.push(`fought ${target} in ${o.battles} ${o.battles === 1 ? 'battle' : 'battles'}`);
    const note = `${parts.join(' and ')} (ACLED).`;
    relationships.push(
      derivedRelationship({
        // Keyed by the export, so neither a stated OPPOSES between the same parties (from a curated
        // source) nor the opposition derived from another export is overwritten.
        id: relationshipId(o.from, 'OPPOSES', o.to, exportKey),
        type: 'OPPOSES',
        from: o.from,
        to: o.to,
        date: spanOf(o.dates),
        derivedFrom: o.derivedFrom,
        note: note.charAt(0).toUpperCase() + note.slice(1),
      }),
    );
  }
  for (const p of actors.partOf) {
    const base = firstRelationship.get(p.from) ?? firstRelationship.get(p.to);
    if (!base) continue;
    relationships.push(
      derivedRelationship({
        id: relationshipId(p.from, 'PART_OF', p.to, 'acled'),
        type: 'PART_OF',
        from: p.from,
        to: p.to,
        date: null,
        derivedFrom: [base],
        note: `${p.why} (ACLED naming convention).`,
      }),
    );
  }

  if (options.sourceId && read.rows.length > 0) {
    doc.sources.push({
      id: options.sourceId,
      title: `ACLED export ${basename(file)}`,
      published: null,
      updated: null,
      outlet: 'ACLED',
      url: null,
      text: read.rows.map((r) => r.notes).join('\n\n'),
    });
  }
  doc.places = places.created;
  doc.parties = actors.created;
  doc.relationships = relationships;
  return {
    document: doc,
    rejected: read.rejected,
    resolutions: [...actors.resolutions.values()],
    warnings: actors.warnings,
    rowCount: read.rowCount,
    rejectedRows: new Set(read.rejected.map((r) => r.line)).size,
    layout: read.layout,
  };
}
