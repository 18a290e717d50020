import { IsBoolean, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { OrganisationKind, PartyType } from '../../../core/domain/vocabulary.js';
import { OrganisationKindEnum, PartyTypeEnum } from '../enums.js';
import { Aliases, IfGiven, IsSlug, MAX_NAME, MAX_TEXT, OptionalRef, OptionalText, RequiredText } from './common.js';

@InputType({ description: 'A new person or organisation.' })
export class CreatePartyInput {
  @Field(() => ID, { description: 'Slug id, unique across all nodes.' })
  @IsSlug()
  id!: string;

  @Field(() => PartyTypeEnum, { description: 'Person or Organisation.' })
  type!: PartyType;

  @Field(() => String, { description: 'The name the party is best known by.' })
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use.' })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Who the party is, in a sentence or two.' })
  @OptionalText(MAX_TEXT)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the place that is the party's country." })
  @OptionalRef()
  country?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Organisations only.' })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true, description: 'True for a party the source leaves unidentified.' })
  @ValidateIf((_o, v) => v != null)
  @IsBoolean()
  unknown?: boolean | null;
}

@InputType({ description: 'Changes to a party; fields left out stay as they are, null clears an optional field.' })
export class UpdatePartyInput {
  @Field(() => String, { nullable: true, description: 'A new name (it cannot be cleared).' })
  @IfGiven()
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use; replaces the stored list.' })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Who the party is; null clears it.' })
  @OptionalText(MAX_TEXT)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: "Id of the place that is the party's country; null clears it." })
  @OptionalRef()
  country?: string | null;

  @Field(() => OrganisationKindEnum, {
    nullable: true,
    description: 'Organisations only: the kind of organisation; null clears it.',
  })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for a party the source leaves unidentified (it cannot be cleared).',
  })
  @IfGiven()
  @IsBoolean({ message: 'must be true or false (it cannot be cleared)' })
  unknown?: boolean | null;
}
