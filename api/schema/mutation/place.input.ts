import { Field, ID, InputType } from 'type-graphql';
import type { PlaceKind } from '../../../core/domain/vocabulary.js';
import { PlaceKindEnum } from '../enums.js';
import { Aliases, IfGiven, IsSlug, MAX_NAME, OptionalRef, RequiredText } from './common.js';

@InputType({ description: 'A new place.' })
export class CreatePlaceInput {
  @Field(() => ID, { description: 'Slug id, unique across all nodes.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { description: 'The name of the place.' })
  @RequiredText(MAX_NAME)
  name!: string;

  @Field(() => PlaceKindEnum, { description: 'City, country, region, ….' })
  kind!: PlaceKind;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use.' })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Id of the enclosing place (a city's country)." })
  @OptionalRef()
  within?: string | null;
}

@InputType({ description: 'Changes to a place; fields left out stay as they are, null clears an optional field.' })
export class UpdatePlaceInput {
  @Field(() => String, { nullable: true, description: 'A new name (it cannot be cleared).' })
  @IfGiven()
  @RequiredText(MAX_NAME)
  name?: string | null;

  @Field(() => PlaceKindEnum, { nullable: true, description: 'A new kind (it cannot be cleared).' })
  kind?: PlaceKind | null;

  @Field(() => [String], { nullable: true, description: 'Other names the sources use; replaces the stored list.' })
  @Aliases()
  aliases?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Id of the enclosing place (a city's country); null clears it." })
  @OptionalRef()
  within?: string | null;
}
