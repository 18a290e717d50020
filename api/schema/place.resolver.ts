import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NodeValue, PlaceValue } from '../../core/domain/values.js';
import type { FaultlineContext } from './context.js';
import { Place } from './place.type.js';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true })
  async within(@Root() place: PlaceValue, @Ctx() ctx: FaultlineContext): Promise<NodeValue | null> {
    if (!place.within) return null;
    const node = await ctx.loaders.nodeById.load(place.within);
    return node?.type === 'Place' ? node : null;
  }
}
