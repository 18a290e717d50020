import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { EventRecord } from '../../core/domain/records.js';
import type { NodeValue } from '../../core/domain/values.js';
import { badInput } from '../errors/index.js';
import { primeFolded } from '../loaders/index.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { listEvents } from '../services/listing.service.js';
import { eventDateRange } from '../services/node.service.js';
import { EventsArgs } from './args.js';
import { EventConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Event } from './event.type.js';
import { listingFold } from './fold.js';
import { DateSpan } from './fuzzy-date.type.js';
import { Place } from './place.type.js';
import { selects } from './selection.js';

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, {
    description: `Events, filtered and sorted, as a cursor connection; \`first\` is at most ${LIMITS.pageSize}.`,
  })
  async events(
    @Args(() => EventsArgs) args: EventsArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    const filter = args.filter ?? {};
    if (filter.from && filter.to && filter.from > filter.to) {
      throw badInput('filter.to', `"filter.to" (${filter.to}) is before "filter.from" (${filter.from}).`);
    }
    const fold = listingFold(info);
    const { connection, folded } = await listEvents(
      ctx.db,
      filter,
      args.sort ?? 'DATE_DESC',
      first,
      args.after ?? null,
      {
        withTotal: selects(info, ['totalCount']),
        fold,
      },
    );
    for (const f of folded) primeFolded(ctx.loaders, f, fold);
    return connection;
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
    const node = ctx.loaders.knownNodes.get(event.place) ?? (await ctx.loaders.nodeById.load(event.place));
    return node?.type === 'Place' ? node : null;
  }
}
