import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FuzzyDate as FuzzyDateValue } from '../../graph-seed/model/fuzzy-date.js';
import { coveredDays } from '../../graph-seed/model/fuzzy-date.js';
import type { NodeValue, PlaceValue } from '../services/values.js';
import type { FaultlineContext } from './context.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { Place } from './place.type.js';
import { DateScalar } from './scalars.js';

@Resolver(() => Place)
export class PlaceResolver {
  @FieldResolver(() => Place, { nullable: true })
  async within(@Root() place: PlaceValue, @Ctx() ctx: FaultlineContext): Promise<NodeValue | null> {
    if (!place.within) return null;
    const node = await ctx.loaders.nodeById.load(place.within);
    return node?.type === 'Place' ? node : null;
  }
}

@Resolver(() => FuzzyDate)
export class FuzzyDateResolver {
  @FieldResolver(() => DateScalar, { nullable: true })
  firstDay(@Root() date: FuzzyDateValue): string | null {
    return coveredDays(date).first;
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  lastDay(@Root() date: FuzzyDateValue): string | null {
    return coveredDays(date).last;
  }
}
