/**
 * Creating and updating nodes. Each write is one write transaction that checks what it refers
 * to, then reuses the bulk MERGE statement (core/cypher) and the property mapping (core/storage).
 */

import { mergeNodesStatement } from '../../../core/cypher/graph-write.cypher.js';
import { evidenceOfChangingSourceStatement, nodesByIdStatement } from '../../../core/cypher/write.cypher.js';
import type { Database, Run } from '../../../core/db/index.js';
import type { EventRecord, PartyRecord, PlaceRecord, SourceRecord } from '../../../core/domain/records.js';
import { type PlaceValue, placeValue, type SourceValue, sourceValue } from '../../../core/domain/values.js';
import { NODE_TYPES, type NodeType } from '../../../core/domain/vocabulary.js';
import {
  eventFromProps,
  eventToProps,
  type Props,
  partyFromProps,
  partyToProps,
  placeFromProps,
  placeToProps,
  type StoredProps,
  sourceFromProps,
  sourceToProps,
} from '../../../core/storage/properties.js';
import { badInput, conflict, notFound } from '../../errors/index.js';

/** Fields of a record an update may change; undefined means "leave as it is", null clears. */
export type Patch<R> = { [K in keyof R]?: R[K] | undefined };

/** The concrete node type among a node's labels. */
export function nodeTypeOfLabels(labels: readonly string[]): NodeType | undefined {
  return NODE_TYPES.find((t) => labels.includes(t));
}

function applyPatch<R extends object>(current: R, patch: Patch<R>): R {
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

/** A reference from one input field to a node that must exist and be a Place. */
interface PlaceRef {
  field: string;
  id: string | null | undefined;
}

async function checkPlaceRefs(run: Run, refs: PlaceRef[], selfId: string): Promise<void> {
  const wanted = refs.filter((r): r is { field: string; id: string } => typeof r.id === 'string');
  if (wanted.length === 0) return;
  const found = new Map(
    (await run(nodesByIdStatement(wanted.map((r) => r.id)))).map((n) => [n.id, nodeTypeOfLabels(n.labels)]),
  );
  for (const ref of wanted) {
    if (ref.id === selfId) throw badInput(ref.field, `"${ref.id}" cannot refer to itself.`);
    const type = found.get(ref.id);
    if (type === undefined) throw badInput(ref.field, `No place with id "${ref.id}".`);
    if (type !== 'Place') throw badInput(ref.field, `"${ref.id}" is a ${type}, not a Place.`);
  }
}

function checkParty(p: PartyRecord, given: readonly string[]): void {
  if (given.includes('kind') && p.kind !== null && p.type !== 'Organisation') {
    throw badInput('kind', 'Only organisations have a kind.');
  }
}

function checkEvent(e: EventRecord, given: readonly string[]): void {
  if (given.includes('resolutionKind') && e.resolutionKind !== null && e.type !== 'Resolution') {
    throw badInput('resolutionKind', 'Only Resolution events have a resolutionKind.');
  }
  if (given.includes('binding') && e.binding !== null && e.type !== 'Resolution') {
    throw badInput('binding', 'Only Resolution events are binding or not.');
  }
}

function givenKeys(patch: object): string[] {
  return Object.entries(patch)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k]) => k);
}

interface Kind<R extends { id: string }> {
  /** Label every node of this family carries, and the word used in messages. */
  label: 'Party' | 'Event' | 'Place' | 'Source';
  noun: string;
  typeOf(record: R): NodeType;
  toProps(record: R): Props;
  fromProps(props: StoredProps): R;
  placeRefs(record: R): PlaceRef[];
  check(record: R, given: readonly string[]): void;
}

const PARTY: Kind<PartyRecord> = {
  label: 'Party',
  noun: 'party',
  typeOf: (r) => r.type,
  toProps: partyToProps,
  fromProps: partyFromProps,
  placeRefs: (r) => [{ field: 'country', id: r.country }],
  check: checkParty,
};

const EVENT: Kind<EventRecord> = {
  label: 'Event',
  noun: 'event',
  typeOf: (r) => r.type,
  toProps: eventToProps,
  fromProps: eventFromProps,
  placeRefs: (r) => [{ field: 'place', id: r.place }],
  check: checkEvent,
};

const PLACE: Kind<PlaceRecord> = {
  label: 'Place',
  noun: 'place',
  typeOf: () => 'Place',
  toProps: placeToProps,
  fromProps: placeFromProps,
  placeRefs: (r) => [{ field: 'within', id: r.within }],
  check: () => {},
};

const SOURCE: Kind<SourceRecord> = {
  label: 'Source',
  noun: 'source',
  typeOf: () => 'Source',
  toProps: sourceToProps,
  fromProps: sourceFromProps,
  placeRefs: () => [],
  check: (s, given) => {
    if (given.includes('text') && s.text.trim() === '') throw badInput('text', 'A source needs its text.');
  },
};

/**
 * Relationships whose quotes from `sourceId` are not in `text`, its new text (the statement also
 * forgets the stored offsets of every relationship citing it: the caller's transaction keeps that
 * only if it accepts the text).
 */
async function quotesMissingFrom(run: Run, sourceId: string, text: string): Promise<string[]> {
  const broken: string[] = [];
  for (const row of await run(evidenceOfChangingSourceStatement(sourceId))) {
    if (row.sources.some((s, i) => s === sourceId && !text.includes(row.quotes[i] ?? ''))) broken.push(row.id);
  }
  return broken;
}

/** Creates and updates parties, events, places and sources. */
export class NodeWriteService {
  constructor(private readonly db: Database) {}

  private async create<R extends { id: string }>(kind: Kind<R>, record: R): Promise<R> {
    kind.check(record, givenKeys(record));
    await this.db.writeTransaction(async (run) => {
      const [existing] = await run(nodesByIdStatement([record.id]));
      if (existing) {
        const type = nodeTypeOfLabels(existing.labels) ?? 'node';
        throw conflict(`A ${type} with id "${record.id}" already exists.`, { field: 'id' });
      }
      await checkPlaceRefs(run, kind.placeRefs(record), record.id);
      const [result] = await run(
        mergeNodesStatement(kind.typeOf(record), [{ id: record.id, props: kind.toProps(record) }]),
      );
      // Another request created the same id between our check and our MERGE.
      if (result?.created !== 1) throw conflict(`A node with id "${record.id}" already exists.`, { field: 'id' });
    });
    return record;
  }

  private async update<R extends { id: string }>(
    kind: Kind<R>,
    id: string,
    patch: NoInfer<Patch<R>>,
    extraCheck?: (run: Run, current: R, next: R) => Promise<void>,
  ): Promise<R> {
    return this.db.writeTransaction(async (run) => {
      // Locked before it is read, so two concurrent updates of different fields both land.
      const [row] = await run(nodesByIdStatement([id], { lock: true }));
      if (!row?.labels.includes(kind.label)) throw notFound(`No ${kind.noun} with id "${id}".`, { id });
      const current = kind.fromProps(row.props);
      const next = applyPatch(current, patch);
      next.id = id;
      const given = givenKeys(patch);
      kind.check(next, given);
      await checkPlaceRefs(
        run,
        kind.placeRefs(next).filter((ref) => given.includes(ref.field)),
        id,
      );
      await extraCheck?.(run, current, next);
      await run(mergeNodesStatement(kind.typeOf(next), [{ id, props: kind.toProps(next) }]));
      return next;
    });
  }

  createParty(record: PartyRecord): Promise<PartyRecord> {
    return this.create(PARTY, record);
  }

  updateParty(id: string, patch: Patch<Omit<PartyRecord, 'id' | 'type'>>): Promise<PartyRecord> {
    return this.update(PARTY, id, patch);
  }

  createEvent(record: EventRecord): Promise<EventRecord> {
    return this.create(EVENT, record);
  }

  updateEvent(id: string, patch: Patch<Omit<EventRecord, 'id' | 'type'>>): Promise<EventRecord> {
    return this.update(EVENT, id, patch);
  }

  async createPlace(record: PlaceRecord): Promise<PlaceValue> {
    // create returns the caller's record: the value is a copy of it.
    return placeValue({ ...(await this.create(PLACE, record)) });
  }

  async updatePlace(id: string, patch: Patch<Omit<PlaceRecord, 'id'>>): Promise<PlaceValue> {
    return placeValue(await this.update(PLACE, id, patch));
  }

  async createSource(record: SourceRecord): Promise<SourceValue> {
    return sourceValue({ ...(await this.create(SOURCE, record)) });
  }

  /** Refuses (CONFLICT) a new text that no longer contains a quote some relationship cites. */
  async updateSource(id: string, patch: Patch<Omit<SourceRecord, 'id'>>): Promise<SourceValue> {
    const saved = await this.update(SOURCE, id, patch, async (run, current, next) => {
      if (next.text === current.text) return;
      const broken = await quotesMissingFrom(run, id, next.text);
      if (broken.length > 0) {
        throw conflict(
          `The new text no longer contains the quotes cited by ${broken.length} relationship(s): ${broken.slice(0, 5).join(', ')}${broken.length > 5 ? ', …' : ''}. Retract or re-quote them first.`,
          { field: 'text', relationships: broken },
        );
      }
    });
    return sourceValue(saved);
  }
}
