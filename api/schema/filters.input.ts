import { Field, ID, InputType } from 'type-graphql';
import type { EventType, OrganisationKind, PartyType } from '../../core/domain/vocabulary.js';
import { EventTypeEnum, OrganisationKindEnum, PartyTypeEnum } from './enums.js';
import { DateScalar } from './scalars.js';

@InputType({ description: 'Narrows the parties connection; every given condition must hold.' })
export class PartyFilter {
  @Field(() => [PartyTypeEnum], { nullable: true, description: 'Only these party types.' })
  types?: PartyType[] | null;

  @Field(() => [OrganisationKindEnum], { nullable: true, description: 'Only organisations of these kinds.' })
  kinds?: OrganisationKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Only parties whose country is this place id.' })
  country?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Case-insensitive prefix of the name, of any word in the name, or of an alias.',
  })
  text?: string | null;
}

@InputType({ description: 'Narrows the events connection; every given condition must hold.' })
export class EventFilter {
  @Field(() => [EventTypeEnum], { nullable: true, description: 'Only these event types.' })
  types?: EventType[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only events still going on at or after this day (their last covered day is this day or later; open periods are ongoing). Undated events are left out.',
  })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only events that began on or before this day. Undated events are left out.',
  })
  to?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only events with any relationship to this party id.' })
  participant?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only events at this place id (their place, or a place they OCCURRED_IN).',
  })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive prefix of the name or of any word in it.' })
  text?: string | null;
}
