import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { EvidenceValue, NodeValue, RelationshipValue, SourceValue } from '../services/values.js';
import type { FaultlineContext } from './context.js';
import { Node } from './node.type.js';
import { Evidence, Relationship } from './relationship.type.js';
import { Source } from './source.type.js';

async function endpoint(ctx: FaultlineContext, id: string, rel: RelationshipValue): Promise<NodeValue> {
  const node = await ctx.loaders.nodeById.load(id);
  // Relationships cannot outlive their endpoints in Neo4j; this only fires if a node vanished mid-request.
  if (!node) throw new GraphQLError(`Endpoint ${id} of relationship ${rel.id} no longer exists.`);
  return node;
}

async function sourceOf(ctx: FaultlineContext, evidence: EvidenceValue): Promise<SourceValue> {
  const node = await ctx.loaders.nodeById.load(evidence.source);
  if (node?.type !== 'Source')
    throw new GraphQLError(`Evidence cites source ${evidence.source}, which does not exist.`);
  return node;
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Query(() => Relationship, {
    nullable: true,
    description: 'A relationship by id (`from:TYPE:to`); null when there is none.',
  })
  relationship(
    @Arg('id', () => ID, { description: 'The id to look up.' }) id: string,
    @Ctx() ctx: FaultlineContext,
  ): Promise<RelationshipValue | null> {
    return ctx.loaders.relationshipById.load(id);
  }

  @FieldResolver(() => Node)
  fromNode(@Root() rel: RelationshipValue, @Ctx() ctx: FaultlineContext): Promise<NodeValue> {
    return endpoint(ctx, rel.from, rel);
  }

  @FieldResolver(() => Node)
  toNode(@Root() rel: RelationshipValue, @Ctx() ctx: FaultlineContext): Promise<NodeValue> {
    return endpoint(ctx, rel.to, rel);
  }

  @FieldResolver(() => [Evidence])
  evidence(@Root() rel: RelationshipValue): EvidenceValue[] {
    return rel.evidence;
  }

  @FieldResolver(() => [Relationship])
  async derivedFrom(@Root() rel: RelationshipValue, @Ctx() ctx: FaultlineContext): Promise<RelationshipValue[]> {
    if (rel.derivedFrom.length === 0) return [];
    const found = await ctx.loaders.relationshipById.loadMany(rel.derivedFrom);
    return found.filter((r): r is RelationshipValue => r !== null && !(r instanceof Error));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): Promise<SourceValue> {
    return sourceOf(ctx, evidence);
  }

  @FieldResolver(() => Int)
  async offset(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): Promise<number> {
    const source = await sourceOf(ctx, evidence);
    return source.text.indexOf(evidence.quote);
  }
}
