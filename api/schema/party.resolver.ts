import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { RelationshipSliceRow } from '../../core/cypher/index.js';
import { type EventRole, PARTY_EVENTS_CAP } from '../../core/domain/index.js';
import type { PartyRecord } from '../../core/domain/records.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';
import { primeFolded, withSlice } from '../loaders/index.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { connectionOf, listParties } from '../services/listing.service.js';
import { PartiesArgs, PartyEventsArgs } from './args.js';
import { EventConnection, PartyConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { EventRoleEnum } from './enums.js';
import { Event } from './event.type.js';
import { eventsPageSlice, eventsSlice, listingFold, REPRESENTS_CAP, representsSlice } from './fold.js';
import { Party } from './party.type.js';
import { Place } from './place.type.js';
import { Relationship } from './relationship.type.js';
import { selects } from './selection.js';

@Resolver(() => Party)
export class PartyResolver {
  @Query(() => PartyConnection, {
    description: `People and organisations, filtered and sorted, as a cursor connection; \`first\` is at most ${LIMITS.pageSize}.`,
  })
  async parties(
    @Args(() => PartiesArgs) args: PartiesArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    const fold = listingFold(info);
    const { connection, folded } = await listParties(
      ctx.db,
      args.filter ?? {},
      args.sort ?? 'NAME_ASC',
      first,
      args.after ?? null,
      { withTotal: selects(info, ['totalCount']), fold },
    );
    for (const f of folded) primeFolded(ctx.loaders, f, fold);
    return connection;
  }

  @FieldResolver(() => Place, { nullable: true })
  async country(@Root() party: PartyRecord, @Ctx() ctx: FaultlineContext): Promise<NodeValue | null> {
    if (!party.country) return null;
    const node = ctx.loaders.knownNodes.get(party.country) ?? (await ctx.loaders.nodeById.load(party.country));
    return node?.type === 'Place' ? node : null;
  }

  @FieldResolver(() => [Event], {
    description: `Events the party is connected to, latest first (at most ${PARTY_EVENTS_CAP}); \`role\` keeps those where it played that part. \`eventsPage\` pages through all of them with their total.`,
  })
  async events(
    @Root() party: PartyRecord,
    @Arg('role', () => EventRoleEnum, {
      nullable: true,
      description: 'Only events in which the party played this part.',
    })
    role: EventRole | null,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeValue[]> {
    const slice = eventsSlice(role ?? null, info, info.fieldNodes);
    const page = await ctx.loaders.partyEvents.load({ id: party.id, slice });
    return page.events.map((e) => e.event);
  }

  @FieldResolver(() => EventConnection, {
    description: `Events the party is connected to, latest first (undated last), as a cursor connection with their total; \`first\` is at most ${LIMITS.pageSize}.`,
  })
  async eventsPage(
    @Root() party: PartyRecord,
    @Args(() => PartyEventsArgs) args: PartyEventsArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const slice = eventsPageSlice(args, info, info.fieldNodes);
    const page = await ctx.loaders.partyEvents.load({ id: party.id, slice });
    const rows = page.events.map((e) => ({ position: { key: e.sortKey, id: e.event.id }, node: e.event }));
    return connectionOf(rows, slice.limit - 1, page.total, slice.after !== null);
  }

  @FieldResolver(() => [Relationship], {
    description: `Whom the party speaks for or holds office in: its outgoing REPRESENTS relationships, with role and date, most recent first (at most ${REPRESENTS_CAP}).`,
  })
  represents(
    @Root() party: PartyRecord,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): RelationshipValue[] | Promise<RelationshipValue[]> {
    return withSlice(ctx.loaders, party.id, representsSlice('OUT', info, info.fieldNodes), relsOf);
  }

  @FieldResolver(() => [Relationship], {
    description: `Who speaks for or holds office in the party: its incoming REPRESENTS relationships, with role and date, most recent first (at most ${REPRESENTS_CAP}).`,
  })
  representedBy(
    @Root() party: PartyRecord,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): RelationshipValue[] | Promise<RelationshipValue[]> {
    return withSlice(ctx.loaders, party.id, representsSlice('IN', info, info.fieldNodes), relsOf);
  }
}

const relsOf = (page: RelationshipSliceRow) => page.rels.map((r) => r.rel);
