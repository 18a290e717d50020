/**
 * Field resolvers that graphql-js (or graphql-jit) calls directly instead of through type-graphql's
 * wrapper. For every call the wrapper builds a resolver-data object, finds the resolver instance by
 * a linear search of its container, sorts the method's parameter list, maps it to values and
 * checks each for a promise; a field with arguments also converts them into class instances and
 * answers with a promise (its validation step is async even when validation is off). A
 * relationship's `fromNode`, `toNode`, its evidence's `source`, an event's `place` and a date's
 * `firstDay` run once per item of every list, so that is paid hundreds of times in one answer.
 *
 * - `@FieldResolver` methods whose parameters are only `@Root()`, `@Ctx()` and `@Info()` (no
 *   middleware, no roles, the root not converted to a class) are found in type-graphql's own
 *   metadata, matched to the schema's fields by type-graphql's own rule (an object type's field
 *   resolver, else its interface's), and called on one instance of their resolver class (made
 *   here; Faultline's resolver classes hold no state and type-graphql is given no container) with
 *   the same arguments in the same order. The decorated methods stay the definition: nothing is listed
 *   by hand, and a new resolver of that shape is called directly too.
 * - Fields with arguments are listed in WITH_ARGUMENTS with a function of graphql's own
 *   (parent, args, context, info) shape.
 *
 * tests/unit/direct-resolvers.test.ts checks which fields are called directly and that they
 * answer as type-graphql's wrapper does.
 */
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { FaultlineContext } from './context.js';
import { relationshipsOf } from './node.resolver.js';

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParamMetadata = NonNullable<FieldResolverMetadata['params']>[number];
type Resolve = GraphQLFieldResolver<unknown, unknown>;

/** Fields with arguments, by name on every type that has them, and the function that answers them. */
const WITH_ARGUMENTS: Readonly<Record<string, GraphQLFieldResolver<never, FaultlineContext, never>>> = {
  relationships: relationshipsOf,
};

/** A parameter the wrapper hands over as graphql-js gives it. */
function handedAsIs(param: ParamMetadata): boolean {
  switch (param.kind) {
    case 'context':
      return param.propertyName === undefined;
    case 'info':
      return true;
    case 'root': {
      // Typed as an interface or a plain object, the wrapper keeps the root as it is; a class would be instantiated.
      const type = param.getType?.();
      return param.propertyName === undefined && (type === undefined || type === Object);
    }
    default:
      return false;
  }
}

type Method = (this: unknown, ...params: unknown[]) => unknown;

/** The method called on one instance of its resolver class, or null when it cannot be called as is. */
function directCall(meta: FieldResolverMetadata, instances: Map<Function, Record<string, unknown>>): Resolve | null {
  if (meta.kind !== 'external' || (meta.middlewares?.length ?? 0) > 0 || (meta.roles?.length ?? 0) > 0) return null;
  const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  if (!params.every(handedAsIs)) return null;
  let instance = instances.get(meta.target);
  if (!instance) {
    instance = new (meta.target as new () => Record<string, unknown>)();
    instances.set(meta.target, instance);
  }
  const self = instance;
  const method = self[meta.methodName] as Method;
  const kinds = params.map((p) => p.kind).join(',');
  switch (kinds) {
    case 'root,context':
      return (root, _args, context) => method.call(self, root, context);
    case 'root':
      return (root) => method.call(self, root);
    case 'context':
      return (_root, _args, context) => method.call(self, context);
    default:
      return (root, _args, context, info) =>
        method.apply(
          self,
          params.map((p) => (p.kind === 'root' ? root : p.kind === 'context' ? context : info)),
        );
  }
}

/**
 * Replaces type-graphql's wrapper on the fields described above; returns the fields now called
 * directly, as `Type.field`. `resolverClasses` are those the schema was built from: type-graphql
 * ignores the field resolvers of any other class, and so does this.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, resolverClasses: readonly Function[]): string[] {
  const storage = getMetadataStorage();
  const resolvers = storage.fieldResolvers.filter((r) => r.kind === 'external' && resolverClasses.includes(r.target));
  const instances = new Map<Function, Record<string, unknown>>();
  const direct = new Map<FieldResolverMetadata, Resolve | null>();
  const replaced: string[] = [];
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const fields = type.getFields();
    // type-graphql's rule (schema-generator): the interfaces' fields, then the type's own, the last of a name winning.
    const declared = new Map<string, { target: Function; name: string }>();
    const interfaces = storage.interfaceTypes.filter((i) => objectType.interfaceClasses?.includes(i.target));
    for (const field of [...interfaces.flatMap((i) => i.fields ?? []), ...(objectType.fields ?? [])]) {
      declared.set(field.schemaName, field);
    }
    for (const [schemaName, field] of declared) {
      const graphqlField = fields[schemaName];
      if (!graphqlField) continue;
      const withArguments = WITH_ARGUMENTS[schemaName];
      if (withArguments) {
        graphqlField.resolve = withArguments as Resolve;
        replaced.push(`${type.name}.${schemaName}`);
        continue;
      }
      const meta = resolvers.find((r) => r.getObjectType?.() === field.target && r.methodName === field.name);
      if (!meta) continue;
      if (!direct.has(meta)) direct.set(meta, directCall(meta, instances));
      const resolve = direct.get(meta);
      if (!resolve) continue;
      graphqlField.resolve = resolve;
      replaced.push(`${type.name}.${schemaName}`);
    }
  }
  return replaced.sort();
}
