import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type EventRole, PARTY_EVENTS_CAP } from '../../core/domain/index.js';
import type { PartyRecord } from '../../core/domain/records.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { listParties } from '../services/listing.service.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';
import { PartiesArgs } from './args.js';
import { PartyConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { EventRoleEnum } from './enums.js';
import { Event } from './event.type.js';
import { Party } from './party.type.js';
import { Place } from './place.type.js';
import { Relationship } from './relationship.type.js';

/** Most REPRESENTS relationships listed per party and direction. */
const REPRESENTS_CAP = 100;

@Resolver(() => Party)
export class PartyResolver {
  @Query(() => PartyConnection, {
    description: `People and organisations, filtered and sorted, as a cursor connection; \`first\` is at most ${LIMITS.pageSize}.`,
  })
  parties(@Args(() => PartiesArgs) args: PartiesArgs, @Ctx() ctx: FaultlineContext) {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    return listParties(ctx.db, args.filter ?? {}, args.sort ?? 'NAME_ASC', first, args.after ?? null);
  }

  @FieldResolver(() => Place, { nullable: true })
  async country(@Root() party: PartyRecord, @Ctx() ctx: FaultlineContext): Promise<NodeValue | null> {
    if (!party.country) return null;
    const node = await ctx.loaders.nodeById.load(party.country);
    return node?.type === 'Place' ? node : null;
  }

  @FieldResolver(() => [Event], {
    description: `Events the party is connected to, latest first (at most ${PARTY_EVENTS_CAP}); \`role\` keeps those where it played that part.`,
  })
  events(
    @Root() party: PartyRecord,
    @Arg('role', () => EventRoleEnum, {
      nullable: true,
      description: 'Only events in which the party played this part.',
    })
    role: EventRole | null,
    @Ctx() ctx: FaultlineContext,
  ): Promise<NodeValue[]> {
    return ctx.loaders.partyEvents.load({ id: party.id, role: role ?? null });
  }

  @FieldResolver(() => [Relationship], {
    description: `Whom the party speaks for or holds office in: its outgoing REPRESENTS relationships, with role and date (at most ${REPRESENTS_CAP}).`,
  })
  async represents(@Root() party: PartyRecord, @Ctx() ctx: FaultlineContext): Promise<RelationshipValue[]> {
    const page = await ctx.loaders.relationshipPage.load({
      id: party.id,
      types: ['REPRESENTS'],
      direction: 'OUT',
      after: null,
      limit: REPRESENTS_CAP,
    });
    return page.relationships;
  }

  @FieldResolver(() => [Relationship], {
    description: `Who speaks for or holds office in the party: its incoming REPRESENTS relationships, with role and date (at most ${REPRESENTS_CAP}).`,
  })
  async representedBy(@Root() party: PartyRecord, @Ctx() ctx: FaultlineContext): Promise<RelationshipValue[]> {
    const page = await ctx.loaders.relationshipPage.load({
      id: party.id,
      types: ['REPRESENTS'],
      direction: 'IN',
      after: null,
      limit: REPRESENTS_CAP,
    });
    return page.relationships;
  }
}
