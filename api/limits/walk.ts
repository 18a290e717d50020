/**
 * Walks an operation's selections with fragments expanded, following the schema's types, so
 * the limit rules measure what will actually be executed. Cycles are cut (NoFragmentCyclesRule
 * reports them); unknown fields are skipped (FieldsOnCorrectTypeRule reports them).
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface FieldVisit {
  node: FieldNode;
  /** Field definition, when the parent type is known and has the field. */
  def: GraphQLField<unknown, unknown> | undefined;
  /** Number of fields on the path from the root down to and including this one. */
  depth: number;
}

export type FieldVisitor<S> = (visit: FieldVisit, parentState: S) => S | null;

export function fragmentsOf(document: {
  definitions: readonly { kind: string }[];
}): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) {
      const f = d as FragmentDefinitionNode;
      map.set(f.name.value, f);
    }
  }
  return map;
}

export function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLNamedType | undefined {
  if (operation.operation === 'query') return schema.getQueryType() ?? undefined;
  if (operation.operation === 'mutation') return schema.getMutationType() ?? undefined;
  return schema.getSubscriptionType() ?? undefined;
}

/**
 * Calls `visitor` for every field in the operation, depth first. The visitor returns the state
 * for the field's children, or null to skip them.
 */
export function walkOperation<S>(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  initial: S,
  visitor: FieldVisitor<S>,
): void {
  const walk = (
    set: SelectionSetNode,
    type: GraphQLNamedType | undefined,
    depth: number,
    state: S,
    seen: ReadonlySet<string>,
  ) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const def =
          type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[sel.name.value] : undefined;
        const childState = visitor({ node: sel, def, depth: depth + 1 }, state);
        if (childState !== null && sel.selectionSet) {
          walk(sel.selectionSet, def ? getNamedType(def.type) : undefined, depth + 1, childState, seen);
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        walk(sel.selectionSet, cond ?? undefined, depth, state, seen);
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || seen.has(name)) continue;
        const cond = schema.getType(frag.typeCondition.name.value) ?? undefined;
        walk(frag.selectionSet, cond, depth, state, new Set([...seen, name]));
      }
    }
  };
  walk(operation.selectionSet, rootType(schema, operation), 0, initial, new Set());
}
