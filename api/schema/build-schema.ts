/** Builds Faultline's GraphQL schema from the decorated classes; the server and tools share this. */
import 'reflect-metadata';
import { type GraphQLSchema, type GraphQLTypeResolver, isAbstractType } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { NodeValue } from '../../core/domain/values.js';
import { ActorNetworkResolver, ActorPartyResolver, TieResolver } from './actor-network.resolver.js';
import {
  AnalysisResolver,
  BalanceResolver,
  CentralityScoreResolver,
  ChangesResolver,
  SignedTieResolver,
} from './analysis.resolver.js';
import { callFieldResolversDirectly } from './direct-resolvers.js';
import { EventResolver } from './event.resolver.js';
import { Attack, Conflict, Meeting, Resolution, Statement, Strike, Transition } from './event.type.js';
import { FuzzyDateResolver } from './fuzzy-date.resolver.js';
import { MUTATION_RESOLVERS } from './mutation/index.js';
import { NetworkResolver } from './network.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { resolveNodeType } from './node.type.js';
import { PartyResolver } from './party.resolver.js';
import { Organisation, Person } from './party.type.js';
import { PlaceResolver } from './place.resolver.js';
import { Place } from './place.type.js';
import { EvidenceResolver, RelationshipResolver } from './relationship.resolver.js';
import { SearchResolver } from './search.resolver.js';
import { SourceResolver } from './source.resolver.js';
import { Source } from './source.type.js';

/*
 * Every @ObjectType here sets `simpleResolvers: true`: a field without a
 * @FieldResolver is then read by graphql-js's default resolver, where type-graphql would wrap
 * each one in a function that allocates per value (about 100,000 of them in a large network).
 */

/** The read side's resolvers, in a stable order. */
export const READ_RESOLVERS = [
  NodeResolver,
  PartyResolver,
  EventResolver,
  PlaceResolver,
  FuzzyDateResolver,
  RelationshipResolver,
  EvidenceResolver,
  SourceResolver,
  SearchResolver,
  NetworkResolver,
  ActorNetworkResolver,
  TieResolver,
  ActorPartyResolver,
  AnalysisResolver,
  BalanceResolver,
  SignedTieResolver,
  CentralityScoreResolver,
  ChangesResolver,
] as const;

export interface BuildSchemaOptions {
  /** More resolver classes beyond the reads and the mutations. */
  extraResolvers?: NonEmptyArray<Function> | Function[];
}

/** Every resolver class of the schema the server serves (reads and mutations), and any extra ones. */
export function schemaResolvers(extra: readonly Function[] = []): NonEmptyArray<Function> {
  return [...READ_RESOLVERS, ...MUTATION_RESOLVERS, ...extra] as unknown as NonEmptyArray<Function>;
}

/** The schema as type-graphql builds it from `resolvers`, its resolvers called through type-graphql's wrapper. */
export function buildDecoratedSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // Concrete types reached only through interfaces must be listed, or they are left out.
    orphanedTypes: [
      Person,
      Organisation,
      Attack,
      Strike,
      Conflict,
      Resolution,
      Meeting,
      Statement,
      Transition,
      Place,
      Source,
    ],
    validate: false,
  });
}

/** The schema the server serves: every query and every mutation. */
export async function buildFaultlineSchema(options: BuildSchemaOptions = {}): Promise<GraphQLSchema> {
  const resolvers = schemaResolvers(options.extraResolvers ?? []);
  const schema = withSyncTypeResolution(await buildDecoratedSchema(resolvers));
  callFieldResolversDirectly(schema, resolvers);
  return schema;
}

/** The interfaces whose value says its concrete type (`NodeValue.type`), and how to read it. */
const TYPE_RESOLVERS: Readonly<Record<string, GraphQLTypeResolver<NodeValue, unknown>>> = {
  Node: resolveNodeType,
  Party: resolveNodeType,
  Event: resolveNodeType,
};

/**
 * type-graphql wraps every `resolveType` in an async function, so graphql-js completes each
 * value of an interface type (every fromNode, toNode and listed node) through a promise. The
 * values carry their type, so it is read synchronously instead; an abstract type missing from
 * TYPE_RESOLVERS is an error here rather than a silent slow path.
 */
function withSyncTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    const resolve = TYPE_RESOLVERS[type.name];
    if (!resolve) throw new Error(`abstract type ${type.name} has no synchronous type resolver in TYPE_RESOLVERS`);
    type.resolveType = resolve as GraphQLTypeResolver<unknown, unknown>;
  }
  return schema;
}
