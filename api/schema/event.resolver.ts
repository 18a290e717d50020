import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EventRecord } from '../../core/domain/records.js';
import { badInput } from '../errors/index.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { listEvents } from '../services/listing.service.js';
import { eventDateRange } from '../services/node.service.js';
import type { NodeValue } from '../../core/domain/values.js';
import { EventsArgs } from './args.js';
import { EventConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Event } from './event.type.js';
import { DateSpan } from './fuzzy-date.type.js';
import { Place } from './place.type.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: `Events, filtered and sorted, as a cursor connection; \`first\` is at most ${LIMITS.pageSize}.`,
  })
  events(@Args(() => EventsArgs) args: EventsArgs, @Ctx() ctx: FaultlineContext) {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    const filter = args.filter ?? {};
    if (filter.from && filter.to && filter.from > filter.to) {
      throw badInput('filter.to', `"filter.to" (${filter.to}) is before "filter.from" (${filter.from}).`);
    }
    return listEvents(ctx.db, filter, args.sort ?? 'DATE_DESC', first, args.after ?? null);
  }

  @Query(() => DateSpan, {
    nullable: true,
    description:
      'First and last calendar day covered by any dated event (open periods count up to their start); null when no event has a date.',
  })
  dateRange(@Ctx() ctx: FaultlineContext) {
    return eventDateRange(ctx.db);
  }

  @FieldResolver(() => Place, { nullable: true })
  async place(@Root() event: EventRecord, @Ctx() ctx: FaultlineContext): Promise<NodeValue | null> {
    if (!event.place) return null;
    const node = await ctx.loaders.nodeById.load(event.place);
    return node?.type === 'Place' ? node : null;
  }
}
