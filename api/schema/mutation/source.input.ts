import { IsUrl, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IfGiven, IsSlug, MAX_NAME, MAX_SOURCE_TEXT, OptionalText, RequiredText } from './common.js';
import { FuzzyDateInput } from './fuzzy-date.input.js';

const OptionalUrl = (): PropertyDecorator => (target, key) => {
  ValidateIf((_o, v) => v !== null && v !== undefined)(target, key);
  IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })(target, key);
};

@InputType({ description: 'A new source document; relationships quote its text verbatim.' })
export class CreateSourceInput {
  @Field(() => ID, { description: 'Slug id, unique across all nodes.' })
  @IsSlug()
  id!: string;

  @Field(() => String, { description: 'The title of the document.' })
  @RequiredText(MAX_NAME)
  title!: string;

  @Field(() => String, { description: 'The full text.' })
  @RequiredText(MAX_SOURCE_TEXT)
  text!: string;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was published, with its precision.' })
  published?: FuzzyDateInput | null;

  @Field(() => String, { nullable: true, description: 'Free text such as "2024-01-27 19:07".' })
  @OptionalText(MAX_NAME)
  updated?: string | null;

  @Field(() => String, { nullable: true, description: 'Null when unknown: never guessed.' })
  @OptionalText(MAX_NAME)
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read: an http(s) URL.' })
  @OptionalUrl()
  url?: string | null;
}

@InputType({ description: 'Changes to a source; a new text must still contain every quote cited from it.' })
export class UpdateSourceInput {
  @Field(() => String, { nullable: true, description: 'A new title (it cannot be cleared).' })
  @IfGiven()
  @RequiredText(MAX_NAME)
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new full text; it must still contain every quote relationships cite from it.',
  })
  @IfGiven()
  @RequiredText(MAX_SOURCE_TEXT)
  text?: string | null;

  @Field(() => FuzzyDateInput, { nullable: true, description: 'When it was published; null clears it.' })
  published?: FuzzyDateInput | null;

  @Field(() => String, { nullable: true, description: 'Free text such as "2024-01-27 19:07"; null clears it.' })
  @OptionalText(MAX_NAME)
  updated?: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet that published it; null clears it.' })
  @OptionalText(MAX_NAME)
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Where it can be read: an http(s) URL; null clears it.' })
  @OptionalUrl()
  url?: string | null;
}
