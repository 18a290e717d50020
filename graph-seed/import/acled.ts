/**
 * ACLED import: each row of an ACLED export becomes one event, its actors become parties (one
 * node per actor name across the file), and its notes become the evidence. The mapping of
 * event types is in acled-mapping.ts and documented in graph-seed/IMPORT.md.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { exactDate, type FuzzyDate, partialDateProblem } from '../../core/domain/fuzzy-date.js';
import {
  derivedRelationship,
  type EventRecord,
  emptyDocument,
  ID_PATTERN,
  type PartyRecord,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
  type SourceRecord,
} from '../../core/domain/records.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import {
  ACLED_EVENT_TYPES,
  type AcledMapping,
  kindOfInter,
  mapAcledEvent,
  parseAcledDate,
  precisionOfTimePrecision,
} from './acled-mapping.js';
import { cell, countCell, problemsAsRejected, RowCheck, required } from './columns.js';
import type { CsvInput } from './csv.js';
import { type CsvRow, parseCsvTable } from './csv-parse.js';
import { spanOf } from './date-span.js';
import type { ImportResult, RejectedRow } from './result.js';
import { slugify } from './slug.js';

export interface AcledOptions {
  /**
   * Cite one Source with this id for the whole file (its text is every row's notes, one per
   * paragraph) instead of one Source per row.
   */
  sourceId?: string;
}

const REQUIRED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'location',
  'notes',
] as const;

/** One accepted row, before the graph is assembled. */
interface AcledRow {
  line: number;
  eventId: string;
  code: string;
  date: FuzzyDate;
  mapping: AcledMapping;
  row: CsvRow;
  notes: string;
}

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * ACLED's time_precision says how well the source pinned the date: 1 the day itself; 2 a
 * week or weekend, coded as a day in it; 3 only the month. Faultline keeps what is known.
 */
function acledDate(day: string, precision: 'DAY' | 'MONTH' | 'PERIOD'): FuzzyDate {
  if (precision === 'DAY') return exactDate(day);
  if (precision === 'MONTH') return exactDate(day.slice(0, 7));
  return { precision: 'PERIOD', value: `week around ${day}`, start: shiftDay(day, -3), end: shiftDay(day, 3) };
}

function readRow(row: CsvRow, check: RowCheck): Omit<AcledRow, 'eventId'> | null {
  const code = check.read(() => required(row, 'event_id_cnty', 'ACLED event id such as IRQ12345'), '');
  const dateText = check.read(() => required(row, 'event_date', 'a date such as 2024-01-27 or 27 January 2024'), '');
  let day: string | null = null;
  if (dateText !== '') {
    day = parseAcledDate(dateText);
    const problem = day === null ? 'expected a date such as 2024-01-27 or 27 January 2024' : partialDateProblem(day);
    if (problem) {
      check.fail('event_date', dateText, problem);
      day = null;
    }
  }
  const year = cell(row, 'year');
  if (day !== null && year !== '' && year !== day.slice(0, 4)) {
    check.fail('year', year, `year ${year} does not match event_date ${dateText}`);
  }
  const precisionText = cell(row, 'time_precision');
  const precision = precisionOfTimePrecision(precisionText);
  if (!precision) check.fail('time_precision', precisionText, 'expected 1 (day), 2 (week) or 3 (month)');
  const mapping = mapAcledEvent(cell(row, 'event_type'), cell(row, 'sub_event_type'));
  if (!mapping) check.fail('event_type', cell(row, 'event_type'), `expected one of ${ACLED_EVENT_TYPES.join(', ')}`);
  check.read(() => required(row, 'actor1', 'the name of the main actor'), '');
  check.read(() => required(row, 'country', 'the country the event took place in'), '');
  check.read(() => countCell(row, 'fatalities'), null);
  // Notes are the only text an ACLED row has: they are the evidence, so they must be there.
  const notes = (row.values.notes ?? '').trim();
  if (notes === '') check.fail('notes', '', 'notes are empty; they are the evidence for every relationship of the row');
  if (!check.ok || day === null || !precision || !mapping) return null;
  return { line: row.line, code, date: acledDate(day, precision), mapping, row, notes };
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

interface Opposition {
  from: string;
  to: string;
  derivedFrom: string[];
  dates: FuzzyDate[];
  attacks: number;
  battles: number;
}

/** Imports an ACLED export already read into memory. */
export function importAcledText(input: CsvInput, options: AcledOptions = {}): ImportResult {
  const { file } = input;
  if (options.sourceId !== undefined && !ID_PATTERN.test(options.sourceId)) {
    throw new Error(`sourceId "${options.sourceId}" is not a slug (lower-case letters, digits and single hyphens)`);
  }
  const table = parseCsvTable(input.text);
  const rejected: RejectedRow[] = problemsAsRejected(file, table, table.problems);
  const missing = REQUIRED_COLUMNS.filter((c) => !table.columns.includes(c));
  if (missing.length > 0 || table.columns.length === 0) {
    rejected.unshift({
      file,
      path: 'header',
      line: 1,
      value: table.columns.join(','),
      message: `not an ACLED export: missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
    });
    return { document: emptyDocument(), rejected };
  }

  const rows: AcledRow[] = [];
  const seenCodes = new Map<string, number>();
  for (const row of table.rows) {
    const check = new RowCheck();
    const read = readRow(row, check);
    const eventId = `acled-event-${slugify(read?.code ?? cell(row, 'event_id_cnty'))}`;
    const earlier = seenCodes.get(eventId);
    if (read && earlier !== undefined)
      check.fail('event_id_cnty', read.code, `event ${read.code} already appears on line ${earlier}`);
    if (!read || !check.ok) {
      rejected.push(...check.rejected(file, row.line));
      continue;
    }
    seenCodes.set(eventId, row.line);
    rows.push({ ...read, eventId });
  }

  const doc = emptyDocument();
  const places = new Map<string, PlaceRecord>();
  const parties = new Map<string, PartyRecord>();
  const partyOwner = new Map<string, string>(); // party id → the actor name that claimed it
  const oppositions = new Map<string, Opposition>();
  const accepted: AcledRow[] = [];
  const relationships: RelationshipRecord[] = [];

  const placeId = (name: string, within: string | null) => (within ? `${slugify(name)}-${within}` : slugify(name));

  for (const r of rows) {
    const countryName = cell(r.row, 'country');
    const countryId = placeId(countryName, null);
    const location = cell(r.row, 'location');
    const cityId = location === '' ? null : placeId(location, countryId);
    const actor1 = cell(r.row, 'actor1');
    const actor2 = cell(r.row, 'actor2');
    const actorsHere = [
      actor1,
      actor2,
      ...actorNames(cell(r.row, 'assoc_actor_1')),
      ...actorNames(cell(r.row, 'assoc_actor_2')),
    ].filter((a) => a !== '');
    // Ids share one space: an actor whose slug is a place's id, or two names with one slug, would
    // merge unrelated nodes, so the row is refused instead.
    const clash = actorsHere
      .map((name) => ({ name, id: slugify(name) }))
      .find(
        ({ name, id }) =>
          id === countryId || id === cityId || places.has(id) || (partyOwner.has(id) && partyOwner.get(id) !== name),
      );
    const placeClash = [countryId, cityId].find((id) => id !== null && partyOwner.has(id));
    if (clash || placeClash) {
      rejected.push({
        file,
        path: clash ? 'actor1' : 'location',
        line: r.line,
        value: clash?.name ?? placeClash,
        message: clash
          ? `actor "${clash.name}" would get id "${clash.id}", which is already taken${partyOwner.has(clash.id) ? ` by actor "${partyOwner.get(clash.id)}"` : ' by a place'}`
          : `place id "${placeClash}" is already taken by an actor`,
      });
      continue;
    }
    accepted.push(r);

    if (!places.has(countryId))
      places.set(countryId, { id: countryId, name: countryName, kind: 'COUNTRY', aliases: [], within: null });
    if (cityId && !places.has(cityId))
      places.set(cityId, { id: cityId, name: location, kind: 'CITY', aliases: [], within: countryId });

    const partyFor = (name: string, inter: string): string => {
      const id = slugify(name);
      const existing = parties.get(id);
      if (existing) {
        existing.kind ??= kindOfInter(inter);
        return id;
      }
      parties.set(id, {
        id,
        type: 'Organisation',
        name,
        aliases: [],
        description: null,
        country: null,
        kind: kindOfInter(inter),
        unknown: /^unidentified\b/i.test(name),
      });
      partyOwner.set(id, name);
      return id;
    };

    const sourceId = options.sourceId ?? `acled-${slugify(r.code)}`;
    const evidence = () => [{ source: sourceId, quote: r.notes }];
    const fatalities = cell(r.row, 'fatalities');
    const subEvent = cell(r.row, 'sub_event_type') || cell(r.row, 'event_type');
    const event: EventRecord = {
      id: r.eventId,
      type: r.mapping.type,
      name: `${subEvent} in ${location || countryName}, ${r.date.value}`,
      summary: r.notes,
      date: r.date,
      place: cityId ?? countryId,
      method: r.mapping.method,
      resolutionKind: null,
      binding: null,
      fatalities: fatalities === '' ? null : Number(fatalities),
    };
    doc.events.push(event);
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
    }

    const seen = new Set<string>();
    const link = (type: RelationshipType, from: string, to: string): string => {
      const id = relationshipId(from, type, to);
      if (!seen.has(id)) {
        seen.add(id);
        relationships.push({
          id,
          type,
          from,
          to,
          status: 'STATED',
          role: null,
          date: r.date,
          evidence: evidence(),
          derivedFrom: [],
          note: null,
        });
      }
      return id;
    };
    const toEvent = (type: AcledMapping['actor1' | 'actor2'], party: string) =>
      type === 'TARGETED' ? link('TARGETED', r.eventId, party) : link(type, party, r.eventId);

    const a1 = partyFor(actor1, cell(r.row, 'inter1'));
    const link1 = toEvent(r.mapping.actor1, a1);
    for (const name of actorNames(cell(r.row, 'assoc_actor_1'))) link('PARTICIPATED_IN', partyFor(name, ''), r.eventId);
    if (actor2 === '') continue;
    const a2 = partyFor(actor2, cell(r.row, 'inter2'));
    const link2 = toEvent(r.mapping.actor2, a2);
    for (const name of actorNames(cell(r.row, 'assoc_actor_2'))) toEvent(r.mapping.assoc2, partyFor(name, ''));

    if (r.mapping.opposes === 'none' || a1 === a2) continue;
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
    oppose(a1, a2);
    if (battle) oppose(a2, a1);
  }

  for (const o of oppositions.values()) {
    const target = parties.get(o.to)?.name ?? o.to;
    const parts: string[] = [];
    if (o.attacks > 0)
      parts.push(`carried out ${o.attacks} hostile ${o.attacks === 1 ? 'act' : 'acts'} against ${target}`);
    if (o.battles > 0) parts.push(`fought ${target} in ${o.battles} ${o.battles === 1 ? 'battle' : 'battles'}`);
    const note = `${parts.join(' and ')} (ACLED).`;
    relationships.push(
      derivedRelationship({
        id: relationshipId(o.from, 'OPPOSES', o.to),
        type: 'OPPOSES',
        from: o.from,
        to: o.to,
        date: spanOf(o.dates),
        derivedFrom: o.derivedFrom,
        note: note.charAt(0).toUpperCase() + note.slice(1),
      }),
    );
  }

  if (options.sourceId && accepted.length > 0) {
    const source: SourceRecord = {
      id: options.sourceId,
      title: `ACLED export ${basename(file)}`,
      published: null,
      updated: null,
      outlet: 'ACLED',
      url: null,
      text: accepted.map((r) => r.notes).join('\n\n'),
    };
    doc.sources.push(source);
  }
  doc.places = [...places.values()];
  doc.parties = [...parties.values()];
  doc.relationships = relationships;
  rejected.sort((a, b) => a.line - b.line);
  return { document: doc, rejected };
}

/** Reads an ACLED CSV export; see IMPORT.md for how rows become events, parties and evidence. */
export async function importAcled(path: string, options: AcledOptions = {}): Promise<ImportResult> {
  return importAcledText({ file: path, text: await readFile(path, 'utf8') }, options);
}
