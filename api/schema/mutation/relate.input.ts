import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { RelationshipType } from '../../../core/domain/vocabulary.js';
import { RelationshipTypeEnum } from '../enums.js';
import { IsSlug, MAX_NAME, MAX_TEXT, OptionalRef, OptionalText } from './common.js';
import { FuzzyDateInput } from './fuzzy-date.input.js';

@InputType({ description: 'A verbatim quote from a source that states the relationship.' })
export class EvidenceInput {
  @Field(() => ID, { description: 'Id of the source quoted.' })
  @IsSlug()
  source!: string;

  @Field(() => String, { description: "An exact substring of the source's text." })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(MAX_TEXT)
  quote!: string;
}

@InputType({
  description: 'A relationship to state, with its evidence. Relating the same triple (and key) again adds evidence.',
})
export class RelateInput {
  @Field(() => RelationshipTypeEnum, {
    description: 'The relationship type; it decides which node types may be its endpoints.',
  })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the start node.' })
  @IsSlug()
  from!: string;

  @Field(() => ID, { description: 'Id of the end node.' })
  @IsSlug()
  to!: string;

  @Field(() => String, {
    nullable: true,
    description: 'REPRESENTS and PARTICIPATED_IN: the office or role as the text words it.',
  })
  @OptionalText(MAX_NAME)
  role?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When the relationship held.' })
  date?: FuzzyDateInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'Tells apart a second relationship of the same type between the same nodes.',
  })
  @OptionalRef()
  key?: string | null;

  @Field(() => String, { nullable: true, description: "A reviewer's note." })
  @OptionalText(MAX_TEXT)
  note?: string | null;

  @Field(() => [EvidenceInput], { description: 'One or more quotes.' })
  @ArrayMinSize(1, { message: 'needs at least one quote' })
  @ArrayMaxSize(50)
  @ValidateNested()
  evidence!: EvidenceInput[];
}
