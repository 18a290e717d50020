import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { NodeValue } from '../../core/domain/values.js';
import { badInput } from '../errors/index.js';
import { type ActorPartyValue, actorNetwork, tieById } from '../services/actor-network.service.js';
import { evidenceQueriesOf } from '../services/actor-network-evidence.js';
import type { TieValue } from '../services/actor-network-ties.js';
import { checkRange, checkWindow } from '../services/limits.js';
import { ACTOR_PAGE_MAX, ActorNetworkArgs, EvidenceArgs, TieArgs } from './actor-network.args.js';
import { evidencePage } from './actor-network.evidence.js';
import { ActorNetwork, ActorParty, Tie } from './actor-network.type.js';
import { RelationshipConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Party } from './party.type.js';

/** A party by id through the request's loader (answered at once when already known). */
export function partyOf(ctx: FaultlineContext, id: string): NodeValue | Promise<NodeValue> {
  const known = ctx.loaders.knownNodes.get(id);
  if (known) return known;
  return ctx.loaders.nodeById.load(id).then((node) => {
    if (!node) throw new Error(`party ${id} of a tie is missing`);
    return node;
  });
}

/** Checks a window's bounds; names the later one when they are the wrong way round. */
@Resolver(() => ActorNetwork)
export class ActorNetworkResolver {
  @Query(() => ActorNetwork, {
    description: `The actor-level network: party-to-party ties aggregated from events and stated relationships in a time window, one page at a time (at most ${ACTOR_PAGE_MAX} ties) with the size of the whole. Computed once per graph version and window, then served from memory.`,
  })
  async actorNetwork(@Args(() => ActorNetworkArgs) args: ActorNetworkArgs, @Ctx() ctx: FaultlineContext) {
    const first = checkRange('first', args.first ?? 200, 0, ACTOR_PAGE_MAX);
    const minWeight = args.minWeight ?? 0;
    if (!Number.isFinite(minWeight) || minWeight < 0) throw badInput('minWeight', '"minWeight" must be 0 or more.');
    if ((args.focus?.length ?? 0) > 1000) throw badInput('focus', '"focus" names at most 1000 parties.');
    const kind = args.kind ?? 'OPPOSITION';
    return actorNetwork(ctx.db, {
      kind,
      window: checkWindow(args.from, args.to),
      focus: args.focus ?? null,
      minWeight,
      first,
      after: args.after ?? null,
      orderBy: args.orderBy ?? 'WEIGHT_DESC',
    });
  }

  @Query(() => Tie, {
    nullable: true,
    description: 'One actor-level tie over all time, by id; null when there is none.',
  })
  tie(@Args(() => TieArgs) args: TieArgs, @Ctx() ctx: FaultlineContext) {
    return tieById(ctx.db, args.id);
  }
}

@Resolver(() => Tie)
export class TieResolver {
  @FieldResolver(() => Party, { description: 'The party the tie starts from.' })
  from(@Root() tie: TieValue, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, tie.fromId);
  }

  @FieldResolver(() => Party, { description: 'The party the tie points to.' })
  to(@Root() tie: TieValue, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, tie.toId);
  }

  @FieldResolver(() => RelationshipConnection, {
    description:
      'The relationships behind the tie (for events: who carried them out and whom they targeted), most recent first, with their quotes.',
  })
  evidence(@Root() tie: TieValue, @Args(() => EvidenceArgs) args: EvidenceArgs, @Ctx() ctx: FaultlineContext) {
    return evidencePage(ctx, evidenceQueriesOf(tie), args.first, args.after);
  }
}

@Resolver(() => ActorParty)
export class ActorPartyResolver {
  @FieldResolver(() => Party, { description: 'The party with all its fields.' })
  party(@Root() p: ActorPartyValue, @Ctx() ctx: FaultlineContext) {
    return partyOf(ctx, p.id);
  }
}
