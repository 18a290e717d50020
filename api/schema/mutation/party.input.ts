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

  @Field(() => PartyTypeEnum)
  type!: PartyType;

  @Field(() => String)
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use.' })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
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
  @Field(() => String, { nullable: true })
  @IfGiven()
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => [String], { nullable: true })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText(MAX_TEXT)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @OptionalRef()
  country?: string | null;

  @Field(() => OrganisationKindEnum, { nullable: true })
  kind?: OrganisationKind | null;

  @Field(() => Boolean, { nullable: true })
  @IfGiven()
  @IsBoolean({ message: 'must be true or false (it cannot be cleared)' })
  unknown?: boolean | null;
}
