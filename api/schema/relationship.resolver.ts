import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { EvidenceValue, NodeValue, RelationshipValue, SourceValue } from '../../core/domain/values.js';
import type { FaultlineContext } from './context.js';
import { Node } from './node.type.js';
import { Evidence, Relationship } from './relationship.type.js';
import { Source } from './source.type.js';

// These answer synchronously when the value is already known (a graph's own nodes, sources fetched
// ahead by the graph queries), and through the loaders otherwise: a promise per field is what
// large answers spent most of their time on.

function endpoint(ctx: FaultlineContext, id: string, rel: RelationshipValue): NodeValue | Promise<NodeValue> {
  const known = ctx.loaders.knownNodes.get(id);
  if (known) return known;
  return ctx.loaders.nodeById.load(id).then((node) => {
    // Relationships cannot outlive their endpoints in Neo4j; this only fires if a node vanished mid-request.
    if (!node) throw new GraphQLError(`Endpoint ${id} of relationship ${rel.id} no longer exists.`);
    return node;
  });
}

function asSource(evidence: EvidenceValue, node: NodeValue | null | undefined): SourceValue {
  if (node?.type !== 'Source')
    throw new GraphQLError(`Evidence cites source ${evidence.source}, which does not exist.`);
  return node;
}

function sourceOf(ctx: FaultlineContext, evidence: EvidenceValue): SourceValue | Promise<SourceValue> {
  const known = ctx.loaders.knownNodes.get(evidence.source);
  if (known) return asSource(evidence, known);
  return ctx.loaders.nodeById.load(evidence.source).then((node) => asSource(evidence, node));
}

/** Where each quote starts in each source's text, worked out once per request. */
const offsets = new WeakMap<SourceValue, Map<string, number>>();

function offsetIn(source: SourceValue, quote: string): number {
  let bySource = offsets.get(source);
  if (!bySource) {
    bySource = new Map();
    offsets.set(source, bySource);
  }
  let offset = bySource.get(quote);
  if (offset === undefined) {
    offset = source.text.indexOf(quote);
    bySource.set(quote, offset);
  }
  return offset;
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
  fromNode(@Root() rel: RelationshipValue, @Ctx() ctx: FaultlineContext): NodeValue | Promise<NodeValue> {
    return endpoint(ctx, rel.from, rel);
  }

  @FieldResolver(() => Node)
  toNode(@Root() rel: RelationshipValue, @Ctx() ctx: FaultlineContext): NodeValue | Promise<NodeValue> {
    return endpoint(ctx, rel.to, rel);
  }

  @FieldResolver(() => [Relationship])
  derivedFrom(
    @Root() rel: RelationshipValue,
    @Ctx() ctx: FaultlineContext,
  ): RelationshipValue[] | Promise<RelationshipValue[]> {
    if (rel.derivedFrom.length === 0) return [];
    const known = rel.derivedFrom.map((id) => ctx.loaders.knownRelationships.get(id));
    if (known.every((r) => r !== undefined)) return known as RelationshipValue[];
    return ctx.loaders.relationshipById
      .loadMany(rel.derivedFrom)
      .then((found) => found.filter((r): r is RelationshipValue => r !== null && !(r instanceof Error)));
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): SourceValue | Promise<SourceValue> {
    return sourceOf(ctx, evidence);
  }

  @FieldResolver(() => Int)
  offset(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): number | Promise<number> {
    const source = sourceOf(ctx, evidence);
    if (source instanceof Promise) return source.then((s) => offsetIn(s, evidence.quote));
    return offsetIn(source, evidence.quote);
  }
}
