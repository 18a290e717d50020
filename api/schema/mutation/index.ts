/** The Mutation type's resolvers (buildFaultlineSchema always includes them). */
import { NodeMutationResolver } from './node.mutation.js';
import { RelationshipMutationResolver } from './relationship.mutation.js';

export { NodeMutationResolver, RelationshipMutationResolver };
export const MUTATION_RESOLVERS = [NodeMutationResolver, RelationshipMutationResolver] as const;
