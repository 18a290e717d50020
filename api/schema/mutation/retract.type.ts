import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'What `retract` removed.' })
export class RetractResult {
  @Field(() => ID, { description: 'The relationship asked for.' })
  id!: string;

  @Field(() => [ID], {
    description: 'Every relationship removed: the one asked for, then (with cascade) those derived from it.',
  })
  retracted!: string[];
}
