import { Field, InputType } from 'type-graphql';
import { type FuzzyDate, parseFuzzyDate } from '../../../core/domain/fuzzy-date.js';
import { badInput } from '../../errors/index.js';

@InputType({
  description:
    'A date as precise as the source: `value` alone for a day, month or year ("2024-01-27", "2024-01", "2020"), or `label` with `start` (and `end`, unless open) for a period.',
})
export class FuzzyDateInput {
  @Field(() => String, { nullable: true, description: 'YYYY, YYYY-MM or YYYY-MM-DD.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'A period as the text words it, such as "early 2020".' })
  label?: string | null;

  @Field(() => String, { nullable: true, description: "A period's first bound, as a partial date." })
  start?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A period's last bound, as a partial date; leave out for an open period.",
  })
  end?: string | null;
}

/** The model's date from the input; undefined stays undefined (unchanged), null clears. */
export function toFuzzyDate(input: FuzzyDateInput | null | undefined, field: string): FuzzyDate | null | undefined {
  if (input === undefined || input === null) return input;
  const hasValue = input.value != null;
  const hasPeriod = input.label != null || input.start != null || input.end != null;
  if (hasValue && hasPeriod) throw badInput(field, 'Give either `value`, or `label` with `start` and `end`, not both.');
  if (!hasValue && !hasPeriod) throw badInput(field, 'Give `value`, or `label` with `start` and `end`.');
  const parsed = parseFuzzyDate(
    hasValue ? input.value : { label: input.label ?? undefined, start: input.start, end: input.end },
  );
  if ('problem' in parsed) throw badInput(field, parsed.problem);
  return parsed.date;
}
