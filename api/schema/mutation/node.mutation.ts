/**
 * Create and update mutations for parties, events, places and sources. Thin: check the caller,
 * turn inputs into records, call the write service.
 */
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { EventRecord, PartyRecord, PlaceRecord, SourceRecord } from '../../../core/domain/records.js';
import { requireWriter } from '../../auth/require-writer.js';
import { badInput } from '../../errors/index.js';
import { NodeWriteService, type Patch } from '../../services/write/index.js';
import type { FaultlineContext } from '../context.js';
import { Event } from '../event.type.js';
import { Party } from '../party.type.js';
import { Place } from '../place.type.js';
import { Source } from '../source.type.js';
import { given } from './common.js';
import { CreateEventInput, UpdateEventInput } from './event.input.js';
import { toFuzzyDate } from './fuzzy-date.input.js';
import { CreatePartyInput, UpdatePartyInput } from './party.input.js';
import { CreatePlaceInput, UpdatePlaceInput } from './place.input.js';
import { CreateSourceInput, UpdateSourceInput } from './source.input.js';
import { validatedInput } from './validate-input.js';

/** Required fields cannot be cleared with null on update. */
function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badInput(field, `${field} cannot be cleared.`);
  return value;
}

@Resolver()
export class NodeMutationResolver {
  @Mutation(() => Party, {
    description: 'Creates a person or organisation; CONFLICT when the id is taken. Needs an API key.',
  })
  async createParty(
    @Arg('input', () => CreatePartyInput, validatedInput('The party to create.')) input: CreatePartyInput,
    @Ctx() ctx: FaultlineContext,
  ): Promise<PartyRecord> {
    requireWriter(ctx);
    return new NodeWriteService(ctx.db).createParty({
      id: input.id,
      type: input.type,
      name: input.name,
      aliases: input.aliases ?? [],
      description: input.description ?? null,
      country: input.country ?? null,
      kind: input.kind ?? null,
      unknown: input.unknown ?? false,
    });
  }

  @Mutation(() => Party, { description: 'Changes a party; NOT_FOUND when no party has the id. Needs an API key.' })
  async updateParty(
    @Arg('id', () => ID, { description: 'Id of the party to change.' }) id: string,
    @Arg(
      'input',
      () => UpdatePartyInput,
      validatedInput('The fields of the party to change; fields left out stay as they are.'),
    )
    input: UpdatePartyInput,
    @Ctx() ctx: FaultlineContext,
  ): Promise<PartyRecord> {
    requireWriter(ctx);
    const patch: Patch<Omit<PartyRecord, 'id' | 'type'>> = {
      ...given(input),
      name: notNull(input.name, 'name'),
      unknown: notNull(input.unknown, 'unknown'),
      aliases: input.aliases === null ? [] : input.aliases,
    };
    return new NodeWriteService(ctx.db).updateParty(id, patch);
  }

  @Mutation(() => Event, { description: 'Creates an event; CONFLICT when the id is taken. Needs an API key.' })
  async createEvent(
    @Arg('input', () => CreateEventInput, validatedInput('The event to create.')) input: CreateEventInput,
    @Ctx() ctx: FaultlineContext,
  ): Promise<EventRecord> {
    requireWriter(ctx);
    return new NodeWriteService(ctx.db).createEvent({
      id: input.id,
      type: input.type,
      name: input.name,
      summary: input.summary ?? null,
      date: toFuzzyDate(input.date, 'date') ?? null,
      place: input.place ?? null,
      method: input.method ?? null,
      resolutionKind: input.resolutionKind ?? null,
      binding: input.binding ?? null,
      fatalities: input.fatalities ?? null,
    });
  }

  @Mutation(() => Event, { description: 'Changes an event; NOT_FOUND when no event has the id. Needs an API key.' })
  async updateEvent(
    @Arg('id', () => ID, { description: 'Id of the event to change.' }) id: string,
    @Arg(
      'input',
      () => UpdateEventInput,
      validatedInput('The fields of the event to change; fields left out stay as they are.'),
    )
    input: UpdateEventInput,
    @Ctx() ctx: FaultlineContext,
  ): Promise<EventRecord> {
    requireWriter(ctx);
    const patch: Patch<Omit<EventRecord, 'id' | 'type'>> = {
      ...given(input),
      name: notNull(input.name, 'name'),
      date: toFuzzyDate(input.date, 'date'),
    };
    return new NodeWriteService(ctx.db).updateEvent(id, patch);
  }

  @Mutation(() => Place, { description: 'Creates a place; CONFLICT when the id is taken. Needs an API key.' })
  async createPlace(
    @Arg('input', () => CreatePlaceInput, validatedInput('The place to create.')) input: CreatePlaceInput,
    @Ctx() ctx: FaultlineContext,
  ) {
    requireWriter(ctx);
    return new NodeWriteService(ctx.db).createPlace({
      id: input.id,
      name: input.name,
      kind: input.kind,
      aliases: input.aliases ?? [],
      within: input.within ?? null,
    });
  }

  @Mutation(() => Place, { description: 'Changes a place; NOT_FOUND when no place has the id. Needs an API key.' })
  async updatePlace(
    @Arg('id', () => ID, { description: 'Id of the place to change.' }) id: string,
    @Arg(
      'input',
      () => UpdatePlaceInput,
      validatedInput('The fields of the place to change; fields left out stay as they are.'),
    )
    input: UpdatePlaceInput,
    @Ctx() ctx: FaultlineContext,
  ) {
    requireWriter(ctx);
    const patch: Patch<Omit<PlaceRecord, 'id'>> = {
      ...given(input),
      name: notNull(input.name, 'name'),
      kind: notNull(input.kind, 'kind'),
      aliases: input.aliases === null ? [] : input.aliases,
    };
    return new NodeWriteService(ctx.db).updatePlace(id, patch);
  }

  @Mutation(() => Source, {
    description: 'Creates a source document; CONFLICT when the id is taken. Needs an API key.',
  })
  async createSource(
    @Arg('input', () => CreateSourceInput, validatedInput('The source to create.')) input: CreateSourceInput,
    @Ctx() ctx: FaultlineContext,
  ) {
    requireWriter(ctx);
    return new NodeWriteService(ctx.db).createSource({
      id: input.id,
      title: input.title,
      text: input.text,
      published: toFuzzyDate(input.published, 'published') ?? null,
      updated: input.updated ?? null,
      outlet: input.outlet ?? null,
      url: input.url ?? null,
    });
  }

  @Mutation(() => Source, {
    description: 'Changes a source; CONFLICT when a new text drops a quote that evidence cites. Needs an API key.',
  })
  async updateSource(
    @Arg('id', () => ID, { description: 'Id of the source to change.' }) id: string,
    @Arg(
      'input',
      () => UpdateSourceInput,
      validatedInput('The fields of the source to change; fields left out stay as they are.'),
    )
    input: UpdateSourceInput,
    @Ctx() ctx: FaultlineContext,
  ) {
    requireWriter(ctx);
    const patch: Patch<Omit<SourceRecord, 'id'>> = {
      ...given(input),
      title: notNull(input.title, 'title'),
      text: notNull(input.text, 'text'),
      published: toFuzzyDate(input.published, 'published'),
    };
    return new NodeWriteService(ctx.db).updateSource(id, patch);
  }
}
