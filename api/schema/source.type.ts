import { Field, ObjectType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type.js';
import { Node } from './node.type.js';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A news article or document; every quote in the graph is an exact substring of one source's text.",
})
export class Source extends Node {
  @Field(() => String, { description: 'The headline or title.' })
  title!: string;

  @Field(() => FuzzyDate, { nullable: true, description: 'When it was published, as precisely as known.' })
  published!: FuzzyDate | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free text such as "2024-01-27 19:07" when the document says it was updated.',
  })
  updated!: string | null;

  @Field(() => String, { nullable: true, description: 'The outlet; null when unknown (never guessed).' })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the source was published online, when known.' })
  url!: string | null;

  @Field(() => String, { description: 'The full text.' })
  text!: string;
}
