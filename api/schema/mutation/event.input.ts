import { IsBoolean, IsInt, Min, ValidateIf } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { EventType, ResolutionKind } from '../../../core/domain/vocabulary.js';
import { EventTypeEnum, ResolutionKindEnum } from '../enums.js';
import { IfGiven, IsSlug, MAX_NAME, MAX_TEXT, OptionalRef, OptionalText, RequiredText } from './common.js';
import { FuzzyDateInput } from './fuzzy-date.input.js';

const ifSet = () => ValidateIf((_o, v) => v !== null && v !== undefined);

@InputType({ description: 'A new event.' })
export class CreateEventInput {
  @Field(() => ID, { description: 'Slug id, unique across all nodes.' })
  @IsSlug()
  id!: string;

  @Field(() => EventTypeEnum, {
    description: 'What kind of event: an attack, a strike, a resolution, a meeting, a statement, ….',
  })
  type!: EventType;

  @Field(() => String, { description: 'A short name of the event.' })
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What happened, in a sentence or two.' })
  @OptionalText(MAX_TEXT)
  summary?: string | null;

  @Field(() => FuzzyDateInput, {
    nullable: true,
    description: 'When it happened, with its precision (day, month, year or a labelled period).',
  })
  date?: FuzzyDateInput | null;

  @Field(() => ID, { nullable: true, description: 'Id of the place where it happened.' })
  @OptionalRef()
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Attacks and strikes: the means, such as "drone".' })
  @OptionalText(MAX_NAME)
  method?: string | null;

  @Field(() => ResolutionKindEnum, { nullable: true, description: 'Resolutions only.' })
  resolutionKind?: ResolutionKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Resolutions only: binding or not; null when not stated.' })
  @ifSet()
  @IsBoolean()
  binding?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Casualty count, when stated as a number.' })
  @ifSet()
  @IsInt()
  @Min(0)
  fatalities?: number | null;
}

@InputType({ description: 'Changes to an event; fields left out stay as they are, null clears an optional field.' })
export class UpdateEventInput {
  @Field(() => String, { nullable: true, description: 'A new name (it cannot be cleared).' })
  @IfGiven()
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened; null clears it.' })
  @OptionalText(MAX_TEXT)
  summary?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it happened; null clears it.' })
  date?: FuzzyDateInput | null;

  @Field(() => ID, { nullable: true, description: 'Id of the place where it happened; null clears it.' })
  @OptionalRef()
  place?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Attacks and strikes: the means, such as "drone"; null clears it.',
  })
  @OptionalText(MAX_NAME)
  method?: string | null;

  @Field(() => ResolutionKindEnum, { nullable: true, description: 'Resolutions only; null clears it.' })
  resolutionKind?: ResolutionKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Resolutions only: binding or not; null when not stated.' })
  @ifSet()
  @IsBoolean()
  binding?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Casualty count, when stated as a number; null clears it.' })
  @ifSet()
  @IsInt()
  @Min(0)
  fatalities?: number | null;
}
