import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { EvidenceValue, NodeValue, RelationshipValue, SourceValue } from '../../core/domain/values.js';
import { perObject } from '../../core/memo.js';
import { notFound } from '../errors/index.js';
import { wholeSource } from '../loaders/index.js';
import type { FaultlineContext } from './context.js';
import { Node } from './node.type.js';
import { Evidence, Relationship } from './relationship.type.js';
import { Source } from './source.type.js';

// These answer synchronously when the value is already known (a graph's own nodes, sources fetched
// ahead by the graph queries), and through the loaders otherwise: a promise per field is what
// large answers spent most of their time on.

/** The end `id` when a statement returned it in part with `rel` (a projected slice's other end, a derivation's ends). */
function partialEnd(ctx: FaultlineContext, id: string, rel: RelationshipValue): NodeValue | undefined {
  return ctx.loaders.partialEnds.get(rel)?.find((n) => n.id === id);
}

function endpoint(ctx: FaultlineContext, id: string, rel: RelationshipValue): NodeValue | Promise<NodeValue> {
  const known = ctx.loaders.knownNodes.get(id) ?? partialEnd(ctx, id, rel);
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

/**
 * The source evidence cites: whole when known, else as a statement returned it for this evidence
 * (perhaps without its text, which Source.text then reads), else through the loader.
 */
function sourceOf(ctx: FaultlineContext, evidence: EvidenceValue): SourceValue | Promise<SourceValue> {
  const known = ctx.loaders.knownNodes.get(evidence.source) ?? ctx.loaders.citedSources.get(evidence.source)?.source;
  if (known) return asSource(evidence, known);
  return ctx.loaders.nodeById.load(evidence.source).then((node) => asSource(evidence, node));
}

/** Where each quote starts in each source's text, worked out once per request. */
const offsets = new WeakMap<SourceValue, Map<string, number>>();

function offsetIn(source: SourceValue, quote: string): number {
  return perObject(offsets, source, quote, () => source.text.indexOf(quote));
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
    const partial = ctx.loaders.partialBases.get(rel);
    if (partial) return partial as RelationshipValue[];
    const known = rel.derivedFrom.map((id) => ctx.loaders.knownRelationships.get(id));
    if (known.every((r) => r !== undefined)) return known as RelationshipValue[];
    return ctx.loaders.relationshipById.loadMany(rel.derivedFrom).then((found) => derivationOf(rel, found));
  }
}

/**
 * The relationships a derived one follows from, all of them or an error: a chain shortened
 * silently would tell the analyst less than it seems to (a failed load is re-thrown as it is; a
 * missing base is reported by id).
 */
function derivationOf(rel: RelationshipValue, found: (RelationshipValue | Error | null)[]): RelationshipValue[] {
  const failed = found.find((r): r is Error => r instanceof Error);
  if (failed) throw failed;
  const missing = rel.derivedFrom.filter((_, i) => found[i] === null);
  if (missing.length > 0) {
    throw notFound(
      `derivedFrom of ${rel.id}: the relationship(s) ${missing.join(', ')} it was derived from are missing.`,
      {
        field: 'derivedFrom',
        missing,
      },
    );
  }
  return found as RelationshipValue[];
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Source)
  source(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): SourceValue | Promise<SourceValue> {
    return sourceOf(ctx, evidence);
  }

  @FieldResolver(() => Int)
  offset(@Root() evidence: EvidenceValue, @Ctx() ctx: FaultlineContext): number | Promise<number> {
    // Stored with the relationship, or worked out by the statement that read the evidence.
    if (evidence.offset !== undefined) return evidence.offset;
    const found = ctx.loaders.citedSources.get(evidence.source)?.offsets.get(evidence.quote);
    if (found !== undefined) return found;
    const source = sourceOf(ctx, evidence);
    const whole =
      source instanceof Promise ? source.then((s) => wholeSource(ctx.loaders, s)) : wholeSource(ctx.loaders, source);
    if (whole instanceof Promise) return whole.then((s) => offsetIn(s, evidence.quote));
    return offsetIn(whole, evidence.quote);
  }
}
