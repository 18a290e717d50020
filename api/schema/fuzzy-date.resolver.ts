import { FieldResolver, Resolver, Root } from 'type-graphql';
import { coveredDays, type FuzzyDate as FuzzyDateValue } from '../../core/domain/fuzzy-date.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { DateScalar } from './scalars.js';

/** The calendar days a fuzzy date covers, worked out from its partial bounds. */
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
