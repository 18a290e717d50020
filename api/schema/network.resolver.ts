import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { badInput } from '../errors/index.js';
import { primeGraph } from '../loaders/index.js';
import { type GraphValue, neighbourhood, network, shortestPaths } from '../services/graph.service.js';
import { checkRange, LIMITS } from '../services/limits.js';
import type { NodeValue } from '../services/values.js';
import { NeighbourhoodArgs, NetworkArgs, PathArgs } from './args.js';
import type { FaultlineContext } from './context.js';
import { Graph } from './graph.type.js';

function graphNode(node: NodeValue) {
  let kind: string | null = null;
  if (node.type === 'Organisation' || node.type === 'Place') kind = node.kind;
  else if (node.type === 'Resolution') kind = node.resolutionKind;
  return {
    id: node.id,
    type: node.type,
    label: node.name,
    kind,
    date: 'date' in node ? node.date : null,
    node,
  };
}

function toGraph(ctx: FaultlineContext, graph: GraphValue) {
  primeGraph(ctx.loaders, graph.nodes, graph.edges);
  return { nodes: graph.nodes.map(graphNode), edges: graph.edges };
}

@Resolver()
export class NetworkResolver {
  @Query(() => Graph, {
    description: `A named network: its relationships (at most \`limit\`, ${LIMITS.networkEdges} at most) and their endpoints. A relationship's time is its own date or, when it has none, its event endpoint's date; \`from\`/\`to\` keep relationships whose time overlaps them (open periods are ongoing); relationships with no time at all are always included.`,
  })
  async network(@Args(() => NetworkArgs) args: NetworkArgs, @Ctx() ctx: FaultlineContext) {
    const limit = checkRange('limit', args.limit ?? 2000, 0, LIMITS.networkEdges);
    if (args.from && args.to && args.from > args.to)
      throw badInput('to', `"to" (${args.to}) is before "from" (${args.from}).`);
    const graph = await network(ctx.db, {
      kind: args.kind ?? 'ALL',
      types: args.types ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
      limit,
    });
    return toGraph(ctx, graph);
  }

  @Query(() => Graph, {
    description: `The nodes within \`depth\` steps of a node (depth 1 to ${LIMITS.neighbourhoodDepth}; at most \`limit\` of them, nearest first) and every relationship among them. NOT_FOUND when no node has the id.`,
  })
  async neighbourhood(@Args(() => NeighbourhoodArgs) args: NeighbourhoodArgs, @Ctx() ctx: FaultlineContext) {
    const depth = checkRange('depth', args.depth ?? 1, 1, LIMITS.neighbourhoodDepth);
    const limit = checkRange('limit', args.limit ?? 200, 0, LIMITS.neighbourhoodNodes);
    const graph = await neighbourhood(ctx.db, { id: args.id, depth, types: args.types ?? null, limit });
    return toGraph(ctx, graph);
  }

  @Query(() => Graph, {
    description: `The shortest path(s) between two nodes, ignoring direction, no longer than \`maxLength\` (1 to ${LIMITS.pathLength}). An empty graph when there is none; NOT_FOUND when either id names no node.`,
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() ctx: FaultlineContext) {
    const maxLength = checkRange('maxLength', args.maxLength ?? 6, 1, LIMITS.pathLength);
    const graph = await shortestPaths(ctx.db, {
      from: args.from,
      to: args.to,
      types: args.types ?? null,
      maxLength,
      all: args.all ?? true,
      maxPaths: LIMITS.paths,
    });
    return toGraph(ctx, graph);
  }
}
