import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphProjection, GraphTail } from '../../core/cypher/index.js';
import type { NodeValue, RelationshipValue } from '../../core/domain/values.js';
import { badInput } from '../errors/index.js';
import { knowCited, knowDerivations, primeGraph } from '../loaders/index.js';
import { drawnNode, type GraphValue, neighbourhood, network, shortestPaths } from '../services/graph.service.js';
import { checkRange, LIMITS } from '../services/limits.js';
import { PathArgs } from './args.js';
import type { FaultlineContext } from './context.js';
import { Graph } from './graph.type.js';
import { NeighbourhoodArgs, NetworkArgs } from './network.args.js';
import {
  derivationProjection,
  EDGE_FIELD_PROPS,
  GRAPH_NODE_FIELD_PROPS,
  narrowEvidence,
  propsOf,
} from './projection.js';
import { childFields, fieldNamesUnder, selects } from './selection.js';

/** A drawn node with the value it stands for (drawnNode's object, extended in place: see placeValue in core/domain/values.ts). */
function graphNode(node: NodeValue) {
  return Object.assign(drawnNode(node), { node });
}

/** The nodes `edges` will ask for under `path` (the evidence sources, the endpoints), not yet known. */
function nodesAhead(
  ctx: FaultlineContext,
  info: GraphQLResolveInfo,
  path: string[],
  edges: readonly RelationshipValue[],
) {
  const ids = new Set<string>();
  if (selects(info, [...path, 'evidence', 'source']) || selects(info, [...path, 'evidence', 'offset'])) {
    for (const e of edges) for (const ev of e.evidence) ids.add(ev.source);
  }
  if (selects(info, [...path, 'fromNode'])) for (const e of edges) ids.add(e.from);
  if (selects(info, [...path, 'toNode'])) for (const e of edges) ids.add(e.to);
  const { knownNodes, citedSources } = ctx.loaders;
  return [...ids].filter((id) => !knownNodes.has(id) && !citedSources.has(id));
}

/**
 * Primes the loaders with the graph, and fetches ahead what the selection will ask for: the
 * edges' evidence sources and derivedFrom relationships side by side, then what those
 * relationships need. These are the batches the edges' fields would make, in the same round
 * trips, but with every value known before completion starts those fields answer without a
 * promise each (thousands of them in a large network). loadMany never rejects: a failed batch
 * fails again, and is reported, in the field that needs it.
 */
async function toGraph(ctx: FaultlineContext, info: GraphQLResolveInfo, graph: GraphValue) {
  // Values holding only what a drawing shows stay out of the loaders' caches (another field of
  // the same request asking for the full record must not get them).
  primeGraph(
    ctx.loaders,
    graph.projection?.nodeProps ? [] : graph.nodes,
    graph.projection?.edgeProps ? [] : graph.edges,
  );
  // What the statement fetched ahead (tailOf): the loads below then find it known and run nothing.
  if (graph.tail) {
    knowDerivations(ctx.loaders, graph.edges, graph.tail, graph.tail.spec);
    knowCited(ctx.loaders, graph.tail.cited);
  }
  const nodes = nodesAhead(ctx, info, ['edges'], graph.edges);
  const { partialBases, partialEnds } = ctx.loaders;
  const bases = selects(info, ['edges', 'derivedFrom'])
    ? [...new Set(graph.edges.filter((e) => !partialBases.has(e)).flatMap((e) => e.derivedFrom))]
    : [];
  const [, found] = await Promise.all([
    nodes.length > 0 ? ctx.loaders.nodeById.loadMany(nodes) : [],
    bases.length > 0 ? ctx.loaders.relationshipById.loadMany(bases) : [],
  ]);
  const derived = [
    ...graph.edges.flatMap((e) => partialBases.get(e) ?? []),
    ...(found as (RelationshipValue | Error | null)[]).filter(
      (r): r is RelationshipValue => r !== null && !(r instanceof Error),
    ),
  ].filter((r) => !partialEnds.has(r));
  const more = nodesAhead(ctx, info, ['edges', 'derivedFrom'], derived);
  if (more.length > 0) await ctx.loaders.nodeById.loadMany(more);
  return { ...graph, nodes: graph.nodes.map(graphNode) };
}

/**
 * What the selection will ask of the edges (the fields nodesAhead and toGraph look at), to fetch
 * it in the graph's own statement instead of in further round trips.
 */
function tailOf(info: GraphQLResolveInfo, projection: GraphProjection): GraphTail {
  const wants = (path: string[]) => selects(info, ['edges', ...path]);
  const derived = wants(['derivedFrom']);
  return {
    // Edges read whole are cached by toGraph (primeGraph), so their bases are read whole too.
    ...derivationProjection(
      info,
      childFields(info, childFields(info, info.fieldNodes, 'edges'), 'derivedFrom'),
      projection.edgeProps === null,
    ),
    sources: wants(['evidence', 'source']) || wants(['evidence', 'offset']),
    derived,
    derivedEnds: derived && (wants(['derivedFrom', 'fromNode']) || wants(['derivedFrom', 'toNode'])),
    derivedSources:
      derived && (wants(['derivedFrom', 'evidence', 'source']) || wants(['derivedFrom', 'evidence', 'offset'])),
    sourceTexts: wants(['evidence', 'source', 'text']) || wants(['derivedFrom', 'evidence', 'source', 'text']),
  };
}

/**
 * Only the stored properties the selection shows: a node's when it asks for GraphNode's own
 * fields (not `node`, and no edge asks for `fromNode`/`toNode`), an edge's always (its fields
 * each read known properties: projection.ts EDGE_FIELD_PROPS).
 */
function projectionOf(info: GraphQLResolveInfo): GraphProjection {
  const always = { always: ['type'] as const };
  const endsAsked = selects(info, ['edges', 'fromNode']) || selects(info, ['edges', 'toNode']);
  return {
    nodeProps: endsAsked ? null : propsOf(fieldNamesUnder(info, ['nodes']), GRAPH_NODE_FIELD_PROPS, always),
    edgeProps: narrowEvidence(
      propsOf(fieldNamesUnder(info, ['edges']), EDGE_FIELD_PROPS, always),
      fieldNamesUnder(info, ['edges', 'evidence']),
    ),
  };
}

/** What a graph's statement reads: the edges' tail and how much of each record (tailOf, projectionOf). */
function tailAndProjection(info: GraphQLResolveInfo): { tail: GraphTail; projection: GraphProjection } {
  const projection = projectionOf(info);
  return { tail: tailOf(info, projection), projection };
}

@Resolver()
export class NetworkResolver {
  @Query(() => Graph, {
    description: `A named network, one page at a time: its relationships (at most \`limit\`, ${LIMITS.networkEdges} at most), most recent first, then those between the best-connected nodes, and their endpoints; \`totalEdges\` and \`truncated\` say what the page leaves out, \`after: endCursor\` fetches the next page (every relationship comes exactly once). A relationship's time is its own date or, when it has none, its event endpoint's date; \`from\`/\`to\` keep relationships whose time overlaps them (open periods are ongoing); relationships with no time at all are always included.`,
  })
  async network(
    @Args(() => NetworkArgs) args: NetworkArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (args.level === 'ACTOR')
      throw badInput(
        'level',
        'The actor level (party-to-party ties) is served by `actorNetwork`; `network` draws the EVENT level.',
      );
    const limit = checkRange('limit', args.limit ?? 2000, 0, LIMITS.networkEdges);
    if (args.from && args.to && args.from > args.to)
      throw badInput('to', `"to" (${args.to}) is before "from" (${args.from}).`);
    const graph = await network(ctx.db, {
      kind: args.kind ?? 'ALL',
      types: args.types ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      limit,
      after: args.after ?? null,
      ...tailAndProjection(info),
    });
    return toGraph(ctx, info, graph);
  }

  @Query(() => Graph, {
    description: `The nodes within \`depth\` steps of a node (depth 1 to ${LIMITS.neighbourhoodDepth}; at most \`limit\` of them, nearest first) and every relationship among them. NOT_FOUND when no node has the id.`,
  })
  async neighbourhood(
    @Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const depth = checkRange('depth', args.depth ?? 1, 1, LIMITS.neighbourhoodDepth);
    const limit = checkRange('limit', args.limit ?? 200, 0, LIMITS.neighbourhoodNodes);
    // Counting the relationships among the whole neighbourhood costs more than the answer: only when asked.
    const countEdges = selects(info, ['totalEdges']) || selects(info, ['truncated']);
    const graph = await neighbourhood(ctx.db, {
      id: args.id,
      depth,
      types: args.types ?? null,
      limit,
      countEdges,
      ...tailAndProjection(info),
    });
    return toGraph(ctx, info, graph);
  }

  @Query(() => Graph, {
    description: `The shortest path(s) between two nodes, ignoring direction, no longer than \`maxLength\` (1 to ${LIMITS.pathLength}). An empty graph when there is none; NOT_FOUND when either id names no node.`,
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: FaultlineContext, @Info() info: GraphQLResolveInfo) {
    const maxLength = checkRange('maxLength', args.maxLength ?? 6, 1, LIMITS.pathLength);
    const graph = await shortestPaths(ctx.db, {
      from: args.from,
      to: args.to,
      types: args.types ?? null,
      maxLength,
      all: args.all ?? true,
      maxPaths: LIMITS.paths,
      ...tailAndProjection(info),
    });
    return toGraph(ctx, info, graph);
  }
}
