/**
 * The graph as plain records: what the seed files hold once validated, what `load` writes,
 * what `export` reads back, and what the API returns. One document usually covers one source.
 */
import type { FuzzyDate } from './fuzzy-date.js';
import type {
  EventType,
  EvidenceStatus,
  OrganisationKind,
  PartyType,
  PlaceKind,
  RelationshipType,
  ResolutionKind,
} from './vocabulary.js';

export interface SourceRecord {
  id: string;
  title: string;
  /** Day of publication (or coarser when that is all that is known). */
  published: FuzzyDate | null;
  /** Free text such as "2024-01-27 19:07" when the document says it was updated. */
  updated: string | null;
  /** Null when the outlet is unknown: never guessed. */
  outlet: string | null;
  url: string | null;
  /** The full text; every evidence quote is an exact substring of it. */
  text: string;
}

export interface PlaceRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** Id of the enclosing place (a city's country), when the text gives it. */
  within: string | null;
  /** WGS 84 coordinates, when a dataset gives them (ACLED does); omitted otherwise. */
  latitude?: number | null;
  longitude?: number | null;
  /** Administrative areas the place lies in, largest first (ACLED's admin1–admin3); omitted when unknown. */
  admin1?: string | null;
  admin2?: string | null;
  admin3?: string | null;
}

export interface PartyRecord {
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
  description: string | null;
  /** Place id of the party's country, when the text gives one. */
  country: string | null;
  /** Organisations only. */
  kind: OrganisationKind | null;
  /** True for a party the source leaves unidentified ("unidentified militants"). */
  unknown: boolean;
}

export interface EventRecord {
  id: string;
  type: EventType;
  name: string;
  summary: string | null;
  date: FuzzyDate | null;
  /** Place id where the event happened, when the text gives one. */
  place: string | null;
  /** Attacks and strikes: the means ("rocket", "drone", "airstrike"), when stated. */
  method: string | null;
  /** Resolutions only: resolution, petition or motion. */
  resolutionKind: ResolutionKind | null;
  /** Resolutions only: true binding, false non-binding, null when not stated. */
  binding: boolean | null;
  /** Casualty count, when stated as a number. */
  fatalities: number | null;
  /** True when a dataset says civilians were the target (ACLED's civilian_targeting); omitted otherwise. */
  civilianTargeting?: boolean | null;
  /** A dataset's tags for the event (ACLED's `tags`, e.g. "crowd size=no report"); omitted when none. */
  tags?: string[];
  /** Reach of the reporting sources (ACLED's source_scale: Local, National, International, …); omitted when unknown. */
  sourceScale?: string | null;
}

export interface EvidenceRecord {
  source: string;
  /** Verbatim substring of the source's text. */
  quote: string;
  /**
   * Where the quote first starts in the source's text, in UTF-16 code units (as JavaScript's
   * indexOf counts), when it was stored with the relationship; otherwise worked out on reading.
   */
  offset?: number;
}

export interface RelationshipRecord {
  /** `${from}:${type}:${to}` or, for a second edge of the same triple, `${from}:${type}:${to}:${key}`. */
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  status: EvidenceStatus;
  /** REPRESENTS and PARTICIPATED_IN: the office or role, as the text words it. */
  role: string | null;
  /** When the relationship held, with its precision (a time span is a PERIOD). */
  date: FuzzyDate | null;
  /** Stated relationships: at least one item. */
  evidence: EvidenceRecord[];
  /** Derived relationships: ids of the relationships they were derived from. */
  derivedFrom: string[];
  /** Reviewer's note on how a derived relationship follows from its bases. */
  note: string | null;
}

export interface GraphDocument {
  sources: SourceRecord[];
  places: PlaceRecord[];
  parties: PartyRecord[];
  events: EventRecord[];
  relationships: RelationshipRecord[];
}

export function emptyDocument(): GraphDocument {
  return { sources: [], places: [], parties: [], events: [], relationships: [] };
}

/** The id a relationship gets from its endpoints and type (and optional key). */
export function relationshipId(from: string, type: RelationshipType, to: string, key?: string | null): string {
  return key ? `${from}:${type}:${to}:${key}` : `${from}:${type}:${to}`;
}

/** Relationship type encoded in a relationship id, so lookups by id can use the type's index. */
export function typeOfRelationshipId(id: string): string | undefined {
  return id.split(':')[1];
}

/** A stated relationship: its evidence, nothing it is derived from, its id from its endpoints and type. */
export function statedRelationship(fields: {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: EvidenceRecord[];
  key?: string | null;
  role?: string | null;
  date?: FuzzyDate | null;
  note?: string | null;
}): RelationshipRecord {
  const { type, from, to } = fields;
  return {
    id: relationshipId(from, type, to, fields.key),
    type,
    from,
    to,
    status: 'STATED',
    role: fields.role ?? null,
    date: fields.date ?? null,
    evidence: fields.evidence,
    derivedFrom: [],
    note: fields.note ?? null,
  };
}

/** A derived relationship: no evidence of its own, the relationships it follows from, and why. */
export function derivedRelationship(fields: {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  derivedFrom: string[];
  note: string;
  date: FuzzyDate | null;
}): RelationshipRecord {
  const { id, type, from, to, derivedFrom, note, date } = fields;
  return { id, type, from, to, status: 'DERIVED', role: null, date, evidence: [], derivedFrom, note };
}

/** Node ids are readable slugs: lower-case letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
