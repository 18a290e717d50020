/**
 * A synthetic graph with the shape of real conflict news, for load tests and demos: parties in
 * alliances that support each other and oppose some other alliances, a few very active parties
 * and many quiet ones, events with the relationships a reporter would state, and sources whose
 * text holds every quoted sentence. The same seed always gives the same document.
 *
 * The stages are in world.ts (places, parties, alliances), structure.ts (lasting ties) and
 * events.ts; builder.ts hands records to a sink as soon as they are final, so `synthesizeTo`
 * can stream a graph far larger than memory would hold as one document.
 */
import { emptyDocument, type GraphDocument } from '../../core/domain/records.js';
import { Builder, EVENTS_PER_SOURCE, type SynthSink } from './builder.js';
import { makeEvents } from './events.js';
import { Random } from './random.js';
import { makeStructure } from './structure.js';
import { makeWorld } from './world.js';

export type { SynthSink } from './builder.js';

export interface SynthOptions {
  parties: number;
  events: number;
  seed: number;
}

function validate(options: SynthOptions): void {
  for (const key of ['parties', 'events', 'seed'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0)
      throw new Error(`${key} must be a whole number of 0 or more`);
  }
  if (options.events > 0 && options.parties < 2)
    throw new Error('events need at least 2 parties: one to act and one to be acted on');
}

/** Generates the graph into `sink`: places, parties, then each event with its relationships, sources as they complete. */
export function synthesizeTo(options: SynthOptions, sink: SynthSink): void {
  validate(options);
  const random = new Random(options.seed);
  const b = new Builder(sink, Math.max(1, Math.ceil(options.events / EVENTS_PER_SOURCE)));
  const world = makeWorld(random, b, options.parties);
  makeStructure(random, b, world);
  for (const party of world.parties) sink.party(party);
  const { derived, lastDate } = makeEvents(random, b, world, options.events);
  // The last source holds the remainder of the events (and, with no events, every shared sentence).
  b.endSource(b.sourceCount - 1, lastDate);
  b.finish(derived);
}

/** Generates a synthetic graph of exactly `parties` parties and `events` events, in memory. */
export function synthesize(options: SynthOptions): GraphDocument {
  const doc = emptyDocument();
  synthesizeTo(options, {
    source: (r) => doc.sources.push(r),
    place: (r) => doc.places.push(r),
    party: (r) => doc.parties.push(r),
    event: (r) => doc.events.push(r),
    relationship: (r) => doc.relationships.push(r),
  });
  return doc;
}
