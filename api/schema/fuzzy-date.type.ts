import { Field, ObjectType } from 'type-graphql';
import type { DatePrecision } from '../../core/domain/fuzzy-date.js';
import { DatePrecisionEnum } from './enums.js';
import { DateScalar } from './scalars.js';

@ObjectType({
  simpleResolvers: true,
  description: 'A date with the precision the source gives it: a day, a month, a year or a labelled period.',
})
export class FuzzyDate {
  @Field(() => DatePrecisionEnum, { description: 'How precisely the date is known.' })
  precision!: DatePrecision;

  @Field(() => String, {
    description: 'The date as written: "2024-01-27", "2024-01", "2020", or a period label such as "early 2020".',
  })
  value!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Earliest bound as a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD).',
  })
  start!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Latest bound as a partial ISO date; null for an open period ("since ...").',
  })
  end!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First calendar day the date covers.' })
  firstDay!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last calendar day the date covers; null when the period is open.',
  })
  lastDay!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A span of calendar days.' })
export class DateSpan {
  @Field(() => DateScalar, { description: 'First day of the span.' })
  first!: string;

  @Field(() => DateScalar, { description: 'Last day of the span.' })
  last!: string;
}
