import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { decodeCursor } from '../services/cursor.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { connectionOf } from '../services/listing.service.js';
import { isEvent, isParty, type NodeValue } from '../../core/domain/values.js';
import { RelationshipsArgs } from './args.js';
import { RelationshipConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Event } from './event.type.js';
import { Node } from './node.type.js';
import { Party } from './party.type.js';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
  ): Promise<NodeValue | null> {
    return ctx.loaders.nodeById.load(id);
  }

  @Query(() => Party, {
    nullable: true,
    description: 'A person or organisation by id; null when no party has that id.',
  })
  async party(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
  ): Promise<NodeValue | null> {
    const node = await ctx.loaders.nodeById.load(id);
    return isParty(node) ? node : null;
  }

  @Query(() => Event, { nullable: true, description: 'An event by id; null when no event has that id.' })
  async event(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
  ): Promise<NodeValue | null> {
    const node = await ctx.loaders.nodeById.load(id);
    return isEvent(node) ? node : null;
  }

  @FieldResolver(() => RelationshipConnection, {
    description: `The node's relationships, ordered by relationship id, ${LIMITS.pageSize} per page at most.`,
  })
  async relationships(
    @Root() node: NodeValue,
    @Args(() => RelationshipsArgs) args: RelationshipsArgs,
    @Ctx() ctx: FaultlineContext,
  ) {
    const first = checkRange('first', args.first ?? 20, 0, LIMITS.pageSize);
    const after = args.after == null ? null : decodeCursor(args.after, 'after');
    const page = await ctx.loaders.relationshipPage.load({
      id: node.id,
      types: args.types ?? null,
      direction: args.direction ?? 'BOTH',
      after: after?.id ?? null,
      limit: first + 1,
    });
    const rows = page.relationships.map((r) => ({ position: { key: r.id, id: r.id }, node: r }));
    return connectionOf(rows, first, page.total, after !== null);
  }
}
