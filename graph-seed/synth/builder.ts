/**
 * Hands the generated records to a sink as soon as they are final, so a graph of a million
 * relationships never has to be held: an event's relationships go out with the event, a source
 * once its last event is written. Relationships between parties (support, membership,
 * condemnation) may gain evidence until the end, so they are kept, as are the parties themselves.
 */
import { exactDate, type FuzzyDate } from '../../core/domain/fuzzy-date.js';
import type {
  EventRecord,
  PartyRecord,
  PlaceRecord,
  RelationshipRecord,
  SourceRecord,
} from '../../core/domain/records.js';
import { relationshipId, statedRelationship } from '../../core/domain/records.js';
import type { RelationshipType } from '../../core/domain/vocabulary.js';
import { slugify } from '../import/slug.js';

/** Where generated records go, in an order a stream can load: every endpoint before its relationships. */
export interface SynthSink {
  source(record: SourceRecord): void;
  place(record: PlaceRecord): void;
  party(record: PartyRecord): void;
  event(record: EventRecord): void;
  relationship(record: RelationshipRecord): void;
}

/** Events per synthetic source document. */
export const EVENTS_PER_SOURCE = 50;

/** Keeps ids unique and every stated relationship tied to a sentence of its source. */
export class Builder {
  private readonly ids = new Set<string>();
  /** Relationships between parties and places: they outlive any one event. */
  readonly lasting = new Map<string, RelationshipRecord>();
  /** Relationships of the event being generated. */
  private current = new Map<string, RelationshipRecord>();
  private currentEvent: string | null = null;
  /** Sentences of each source not yet written, in the order they are written. */
  private readonly texts: string[][];
  private nextSharedSource = 0;

  constructor(
    readonly sink: SynthSink,
    sourceCount: number,
  ) {
    this.texts = Array.from({ length: sourceCount }, () => []);
  }

  get sourceCount(): number {
    return this.texts.length;
  }

  id(name: string): string {
    const base = slugify(name);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** A source for a relationship not tied to an event: spread evenly over all sources. */
  sharedSource(): number {
    const k = this.nextSharedSource;
    this.nextSharedSource = (k + 1) % this.texts.length;
    return k;
  }

  /** Starts collecting the relationships of one event. */
  beginEvent(id: string): void {
    this.currentEvent = id;
  }

  /** Writes the event, then its relationships (endpoints first). */
  endEvent(event: EventRecord): void {
    this.sink.event(event);
    for (const r of this.current.values()) this.sink.relationship(r);
    this.current = new Map();
    this.currentEvent = null;
  }

  /** Writes source `k` (its text is complete); `lastDate` is the date of its last event. */
  endSource(k: number, lastDate: FuzzyDate | null): void {
    const title = `Synthetic dispatch ${k + 1}`;
    this.sink.source({
      id: `synthetic-source-${k + 1}`,
      title,
      published: lastDate?.start ? exactDate(lastDate.start) : null,
      updated: null,
      outlet: 'Faultline synthetic generator',
      url: null,
      text: `${title}\n\n${(this.texts[k] ?? []).join('\n')}\n`,
    });
    this.texts[k] = [];
  }

  /** Writes the relationships kept to the end, then `derived` (which may rest on any of them). */
  finish(derived: Iterable<RelationshipRecord>): void {
    for (const r of this.lasting.values()) this.sink.relationship(r);
    for (const r of derived) this.sink.relationship(r);
  }

  /** Writes `sentence` into source `k` and states the relationship with `quote` (a part of it). */
  stated(
    type: RelationshipType,
    from: string,
    to: string,
    k: number,
    sentence: string,
    options: { quote?: string; date?: FuzzyDate | null; role?: string | null } = {},
  ): string {
    const quote = options.quote ?? sentence;
    if (!sentence.includes(quote)) throw new Error(`quote "${quote}" is not part of "${sentence}"`);
    this.texts[k]?.push(sentence);
    const id = relationshipId(from, type, to);
    const evidence = { source: `synthetic-source-${k + 1}`, quote };
    const ofEvent = this.currentEvent !== null && (from === this.currentEvent || to === this.currentEvent);
    const into = ofEvent ? this.current : this.lasting;
    const existing = into.get(id);
    if (existing) {
      if (!existing.evidence.some((e) => e.source === evidence.source && e.quote === quote))
        existing.evidence.push(evidence);
      return id;
    }
    into.set(id, statedRelationship({ type, from, to, role: options.role, date: options.date, evidence: [evidence] }));
    return id;
  }
}
