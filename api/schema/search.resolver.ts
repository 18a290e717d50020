import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { checkRange, LIMITS } from '../services/limits.js';
import { searchNodes } from '../services/search.service.js';
import { SearchArgs } from './args.js';
import type { FaultlineContext } from './context.js';
import { SearchHit } from './graph.type.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over names, aliases, descriptions and summaries, best match first; \`first\` is at most ${LIMITS.search}.`,
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: FaultlineContext) {
    const first = checkRange('first', args.first ?? 10, 0, LIMITS.search);
    const hits = await searchNodes(ctx.db, args.text, args.kinds ?? null, first);
    for (const hit of hits) ctx.loaders.nodeById.prime(hit.node.id, hit.node);
    return hits;
  }
}
