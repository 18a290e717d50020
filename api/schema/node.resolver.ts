import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { RelationshipSliceRow } from '../../core/cypher/index.js';
import { isEmptyFold } from '../../core/cypher/index.js';
import { isEvent, isParty, type NodeValue, type RelationshipValue } from '../../core/domain/values.js';
import { withSlice } from '../loaders/index.js';
import { LIMITS } from '../services/limits.js';
import { type ConnectionValue, connectionOf } from '../services/listing.service.js';
import { RelationshipsArgs } from './args.js';
import { RelationshipConnection } from './connection.type.js';
import type { FaultlineContext } from './context.js';
import { Event } from './event.type.js';
import { type RelationshipsArgValues, relationshipsSlice, rootNodeFold } from './fold.js';
import { Node } from './node.type.js';
import { Party } from './party.type.js';

/**
 * A node by id for a root field: with what its selection asks for folded into the same statement
 * when there is anything to fold (api/schema/fold.ts), through the batching node loader otherwise.
 */
export async function rootNode(ctx: FaultlineContext, info: GraphQLResolveInfo, id: string): Promise<NodeValue | null> {
  const fold = rootNodeFold(info);
  if (isEmptyFold(fold)) return ctx.loaders.nodeById.load(id);
  const folded = await ctx.loaders.foldedNode(fold).load(id);
  return folded?.node ?? null;
}

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by id; null when there is none.' })
  node(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeValue | null> {
    return rootNode(ctx, info, id);
  }

  @Query(() => Party, {
    nullable: true,
    description: 'A person or organisation by id; null when no party has that id.',
  })
  async party(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeValue | null> {
    const node = await rootNode(ctx, info, id);
    return isParty(node) ? node : null;
  }

  @Query(() => Event, { nullable: true, description: 'An event by id; null when no event has that id.' })
  async event(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeValue | null> {
    const node = await rootNode(ctx, info, id);
    return isEvent(node) ? node : null;
  }

  @FieldResolver(() => RelationshipConnection, {
    description: `The node's relationships, most recent first (a relationship's own date, else its event's; undated last), ${LIMITS.pageSize} per page at most, with their total.`,
  })
  relationships(
    @Root() node: NodeValue,
    @Args(() => RelationshipsArgs) args: RelationshipsArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return relationshipsOf(node, args, ctx, info);
  }
}

/**
 * `Node.relationships`. graphql-js calls this directly (direct-resolvers.ts WITH_ARGUMENTS):
 * it runs once per parent of a listing, and a slice the root statement folded in is answered
 * without a promise.
 */
export function relationshipsOf(
  node: NodeValue,
  args: RelationshipsArgValues,
  ctx: FaultlineContext,
  info: GraphQLResolveInfo,
): ConnectionValue<RelationshipValue> | Promise<ConnectionValue<RelationshipValue>> {
  const slice = relationshipsSlice(args, info, info.fieldNodes);
  const first = slice ? slice.limit - 1 : 0;
  if (slice === null) return connectionOf([], first, 0, args.after != null);
  const toConnection = (page: RelationshipSliceRow) =>
    connectionOf(
      page.rels.map((r) => ({ position: { key: r.sortKey, id: r.rel.id }, node: r.rel })),
      first,
      page.total,
      slice.after !== null,
    );
  return withSlice(ctx.loaders, node.id, slice, toConnection);
}
