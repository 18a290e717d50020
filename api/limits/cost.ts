/**
 * Estimated cost of an operation, before it runs: every field that returns an object costs 1,
 * times the number of times it is expected to run. A list multiplies what is below it by its
 * `first`/`limit` argument (or that argument's default), or by DEFAULT_LIST_SIZE when it has
 * none. A `first`/`limit` on a field that returns a single object (a connection, a graph)
 * bounds the first list below it. Scalars are free: they are read with their parent.
 *
 * Runs once variables are known (a plugin hook), because `first: $n` must count with `$n`'s value.
 */
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isLeafType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { fragmentsOf, walkOperation } from './walk.js';

/** Assumed length of a list whose size no argument bounds. */
export const DEFAULT_LIST_SIZE = 5;
const SIZE_ARGS = ['first', 'limit'];

function numberFrom(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Most a field's `first`/`limit` may be, by field name (`search` → 50): a larger value is the
 * caller's input error, which the resolver reports, not a query too complex to run.
 */
export type SizeCaps = Readonly<Record<string, number>>;

/** A `first`/`limit` argument outside what its field accepts. */
export interface SizeProblem {
  field: string;
  argument: string;
  value: number;
  max: number;
}

/** The list size a field asks for through `first`/`limit`, including the argument's default. */
function sizeArgument(
  node: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  variables: Record<string, unknown>,
): { name: string; value: number } | undefined {
  for (const name of SIZE_ARGS) {
    const given = node.arguments?.find((a) => a.name.value === name);
    if (given) {
      const n = numberFrom(given.value, variables);
      if (n !== undefined) return { name, value: n };
    }
    const fallback = def?.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === 'number') return { name, value: fallback };
  }
  return undefined;
}

/** The first `first`/`limit` argument in the operation that its field's cap refuses, if any. */
export function sizeProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  caps: SizeCaps,
): SizeProblem | undefined {
  let problem: SizeProblem | undefined;
  walkOperation(schema, operation, fragmentsOf(document), true, ({ node, def }) => {
    if (problem) return null;
    const max = caps[node.name.value];
    if (max === undefined) return true;
    const size = sizeArgument(node, def, variables);
    if (size && (size.value < 0 || size.value > max)) {
      problem = { field: node.name.value, argument: size.name, value: size.value, max };
      return null;
    }
    return true;
  });
  return problem;
}

interface CostState {
  multiplier: number;
  /** A bound set by `first`/`limit` on a non-list field, waiting for the first list below it. */
  pending: number | undefined;
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  caps: SizeCaps = {},
): number {
  let cost = 0;
  walkOperation<CostState>(
    schema,
    operation,
    fragmentsOf(document),
    { multiplier: 1, pending: undefined },
    ({ node, def }, state) => {
      if (node.name.value.startsWith('__')) return null;
      if (!def) return state;
      const type = getNullableType(def.type);
      if (isLeafType(getNamedType(type))) return null;
      cost += state.multiplier;
      const asked = sizeArgument(node, def, variables);
      // A size over the field's cap never runs (the resolver refuses it), so it costs the cap.
      const cap = caps[node.name.value];
      const size =
        asked === undefined ? undefined : Math.max(0, Math.min(asked.value, cap ?? Number.POSITIVE_INFINITY));
      if (isListType(type)) {
        const n = size ?? state.pending ?? DEFAULT_LIST_SIZE;
        return { multiplier: state.multiplier * n, pending: undefined };
      }
      return { multiplier: state.multiplier, pending: size ?? state.pending };
    },
  );
  return cost;
}
