import { FieldResolver, Resolver, Root } from 'type-graphql';
import { type FuzzyDate as FuzzyDateValue, firstDay, lastDay } from '../../core/domain/fuzzy-date.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { DateScalar } from './scalars.js';

/** The calendar days a fuzzy date covers, each worked out from its own partial bound (as coveredDays does). */
@Resolver(() => FuzzyDate)
export class FuzzyDateResolver {
  @FieldResolver(() => DateScalar, { nullable: true })
  firstDay(@Root() date: FuzzyDateValue): string | null {
    return date.start === null ? null : firstDay(date.start);
  }

  @FieldResolver(() => DateScalar, { nullable: true })
  lastDay(@Root() date: FuzzyDateValue): string | null {
    return date.end === null ? null : lastDay(date.end);
  }
}
