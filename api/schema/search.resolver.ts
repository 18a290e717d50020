import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { primeGraph } from '../loaders/index.js';
import { checkRange, checkSearchText, LIMITS } from '../services/limits.js';
import { searchNodes } from '../services/search.service.js';
import { SearchArgs } from './args.js';
import type { FaultlineContext } from './context.js';
import { SearchHit } from './graph.type.js';
import { NODE_FIELD_PROPS, propsOf } from './projection.js';
import { fieldNamesUnder } from './selection.js';

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: `Full-text search over names, aliases, descriptions and summaries, best match first; \`first\` is at most ${LIMITS.search}; \`text\` at most ${LIMITS.searchWords} words of ${LIMITS.searchWordLength} characters.`,
  })
  async search(
    @Args(() => SearchArgs) args: SearchArgs,
    @Ctx() ctx: FaultlineContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const first = checkRange('first', args.first ?? 10, 0, LIMITS.search);
    const text = checkSearchText(args.text);
    // Only what the hits' selection shows (id, name, type); anything more reads whole records.
    const nodeProps = propsOf(fieldNamesUnder(info, ['node']), NODE_FIELD_PROPS, { always: ['type'] });
    const hits = await searchNodes(ctx.db, text, args.kinds ?? null, first, nodeProps);
    // Whole records serve any later field; partial ones answer only their own hit.
    if (nodeProps === null)
      primeGraph(
        ctx.loaders,
        hits.map((h) => h.node),
      );
    return hits;
  }
}
