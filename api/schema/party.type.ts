import { Field, InterfaceType, ObjectType } from 'type-graphql';
import type { OrganisationKind } from '../../core/domain/vocabulary.js';
import { OrganisationKindEnum } from './enums.js';
import { Node, resolveNodeType } from './node.type.js';
import { Place } from './place.type.js';

@InterfaceType({
  implements: Node,
  description: 'A person or an organisation that acts in the news.',
  resolveType: resolveNodeType,
})
export abstract class Party extends Node {
  @Field(() => [String], { description: 'Other names and titles the sources use ("Sudani", "Iraqi premier").' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'One line on who the party is.' })
  description!: string | null;

  @Field(() => Place, { nullable: true, description: "The party's country, when the sources give it." })
  country!: Place | null;

  @Field(() => Boolean, { description: 'True for a party the source leaves unidentified ("unidentified militants").' })
  unknown!: boolean;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Party], description: 'A person.' })
export class Person extends Party {}

@ObjectType({
  simpleResolvers: true,
  implements: [Node, Party],
  description: 'A state, government, armed group, legislature or other organisation.',
})
export class Organisation extends Party {
  @Field(() => OrganisationKindEnum, { nullable: true, description: 'What sort of organisation this is, when known.' })
  kind!: OrganisationKind | null;
}
