import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { EvidenceStatus, RelationshipType } from '../../core/domain/vocabulary.js';
import { EvidenceStatusEnum, RelationshipTypeEnum } from './enums.js';
import { FuzzyDate } from './fuzzy-date.type.js';
import { Node } from './node.type.js';
import { Source } from './source.type.js';

@ObjectType({ simpleResolvers: true, description: 'A verbatim quote from a source that states a relationship.' })
export class Evidence {
  @Field(() => Source, { description: 'The source the quote comes from.' })
  source!: Source;

  @Field(() => String, { description: 'The quote: an exact substring of `source.text`.' })
  quote!: string;

  @Field(() => Int, {
    description: "Where the quote starts in `source.text`, in UTF-16 code units (as JavaScript's indexOf counts).",
  })
  offset!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A directed, typed relationship between two nodes, with its evidence or the relationships it was derived from.',
})
export class Relationship {
  @Field(() => ID, {
    description: '`from:TYPE:to` (with `:key` appended when two relationships share a type and endpoints).',
  })
  id!: string;

  @Field(() => RelationshipTypeEnum, { description: 'What the relationship says; see the RelationshipType values.' })
  type!: RelationshipType;

  @Field(() => ID, { description: 'Id of the node the relationship starts at.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node the relationship ends at.' })
  to!: string;

  @Field(() => Node, { description: 'The node the relationship starts at.' })
  fromNode!: Node;

  @Field(() => Node, { description: 'The node the relationship ends at.' })
  toNode!: Node;

  @Field(() => EvidenceStatusEnum, { description: 'STATED by quotes, or DERIVED from other relationships.' })
  status!: EvidenceStatus;

  @Field(() => String, {
    nullable: true,
    description: 'REPRESENTS and PARTICIPATED_IN: the office or role, as the source words it.',
  })
  role!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: 'When the relationship held; a span of time is a PERIOD.' })
  date!: FuzzyDate | null;

  @Field(() => String, {
    nullable: true,
    description: "Reviewer's note on how a derived relationship follows from its bases.",
  })
  note!: string | null;

  @Field(() => [Evidence], {
    description: 'Stated relationships: their quotes. Derived relationships: empty (see derivedFrom).',
  })
  evidence!: Evidence[];

  @Field(() => [Relationship], {
    description:
      'Derived relationships: the relationships they follow from, each with its own evidence. Stated: empty.',
  })
  derivedFrom!: Relationship[];
}
