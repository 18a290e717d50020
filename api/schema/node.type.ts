import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeValue } from '../../core/domain/values.js';
import type { NodeType } from '../../core/domain/vocabulary.js';
import { NodeTypeEnum } from './enums.js';

/** Every node value carries its concrete type, which is also its GraphQL object type's name. */
export const resolveNodeType = (value: NodeValue) => value.type;

@InterfaceType({
  description: 'Anything in the graph with an id: a party, an event, a place or a source.',
  resolveType: resolveNodeType,
})
export abstract class Node {
  @Field(() => ID, { description: 'Readable slug, unique across all nodes (e.g. "mohammed-shia-al-sudani").' })
  id!: string;

  @Field(() => String, { description: "Display name (a source's title)." })
  name!: string;

  @Field(() => NodeTypeEnum, { description: 'The concrete type of the node.' })
  type!: NodeType;
}
