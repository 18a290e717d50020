import { Field, ObjectType } from 'type-graphql';
import type { PlaceKind } from '../../core/domain/vocabulary.js';
import { PlaceKindEnum } from './enums.js';
import { Node } from './node.type.js';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A country, region, city or other place.' })
export class Place extends Node {
  @Field(() => PlaceKindEnum, { description: 'What sort of place this is.' })
  kind!: PlaceKind;

  @Field(() => [String], { description: 'Other names the sources use for the place.' })
  aliases!: string[];

  @Field(() => Place, {
    nullable: true,
    description: "The enclosing place (a city's country), when the sources give it.",
  })
  within!: Place | null;
}
