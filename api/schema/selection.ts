/** Looks ahead in a field's selection, so a root field can fetch in one go what its subfields will ask for. */
import {
  type ArgumentNode,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { groupBy } from '../../core/group.js';

/** What reading a selection needs from the resolve info: the operation's fragments and variables. */
export interface SelectionContext {
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
  fieldNodes: readonly FieldNode[];
}

function included(node: Parameters<typeof getDirectiveValues>[1], info: SelectionContext): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/** The fields called `name` in a selection set, also inside fragments (type conditions are not checked). */
function fieldsNamed(info: SelectionContext, set: SelectionSetNode | undefined, name: string, out: FieldNode[]) {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, info)) continue;
    if (selection.kind === 'Field') {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === 'InlineFragment') {
      fieldsNamed(info, selection.selectionSet, name, out);
    } else {
      fieldsNamed(info, info.fragments[selection.name.value]?.selectionSet, name, out);
    }
  }
  return out;
}

/** The names of every field in a selection set, also inside fragments (included ones only). */
function allFieldNames(info: SelectionContext, set: SelectionSetNode | undefined, out: Set<string>): Set<string> {
  for (const selection of set?.selections ?? []) {
    if (!included(selection, info)) continue;
    if (selection.kind === 'Field') out.add(selection.name.value);
    else if (selection.kind === 'InlineFragment') allFieldNames(info, selection.selectionSet, out);
    else allFieldNames(info, info.fragments[selection.name.value]?.selectionSet, out);
  }
  return out;
}

/** The names of the fields selected right under `path` of the current field (every alias, every fragment). */
export function fieldNamesUnder(info: SelectionContext, path: readonly string[]): string[] {
  let current: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) current = childFields(info, current, name);
  return fieldNamesOf(info, current);
}

/** The names of the fields selected right under `fields` (every alias, every fragment). */
export function fieldNamesOf(info: SelectionContext, fields: readonly FieldNode[]): string[] {
  const out = new Set<string>();
  for (const field of fields) allFieldNames(info, field.selectionSet, out);
  return [...out];
}

/** The subfields called `name` of `fields` (every alias). */
export function childFields(info: SelectionContext, fields: readonly FieldNode[], name: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const field of fields) fieldsNamed(info, field.selectionSet, name, out);
  return out;
}

/** True when `fields`' selection reaches `path` (field names, outermost first). */
export function selectsFrom(info: SelectionContext, fields: readonly FieldNode[], path: readonly string[]): boolean {
  let current: readonly FieldNode[] = fields;
  for (const name of path) {
    current = childFields(info, current, name);
    if (current.length === 0) return false;
  }
  return true;
}

/** True when the current field's selection reaches `path` (field names, outermost first). */
export function selects(info: SelectionContext, path: readonly string[]): boolean {
  return selectsFrom(info, info.fieldNodes, path);
}

/** `fields` grouped by response key (alias or name), as graphql-js merges them. */
export function byResponseKey(fields: readonly FieldNode[]): FieldNode[][] {
  return [...groupBy(fields, (f) => f.alias?.value ?? f.name.value).values()];
}

type VariableHolder = { arguments?: readonly ArgumentNode[]; directives?: readonly DirectiveNode[] };

function variablesOfValue(value: ValueNode, out: Set<string>): void {
  if (value.kind === 'Variable') out.add(value.name.value);
  else if (value.kind === 'ListValue') for (const v of value.values) variablesOfValue(v, out);
  else if (value.kind === 'ObjectValue') for (const f of value.fields) variablesOfValue(f.value, out);
}

function variablesOfHolder(node: VariableHolder, out: Set<string>): void {
  for (const arg of node.arguments ?? []) variablesOfValue(arg.value, out);
  for (const directive of node.directives ?? [])
    for (const arg of directive.arguments ?? []) variablesOfValue(arg.value, out);
}

function variablesOfSet(
  info: SelectionContext,
  set: SelectionSetNode | undefined,
  out: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of set?.selections ?? []) {
    variablesOfHolder(selection, out);
    if (selection.kind === 'FragmentSpread') {
      if (seen.has(selection.name.value)) continue;
      seen.add(selection.name.value);
      variablesOfSet(info, info.fragments[selection.name.value]?.selectionSet, out, seen);
    } else {
      variablesOfSet(info, selection.selectionSet, out, seen);
    }
  }
}

/**
 * The variables that what `fields` select reads: in the arguments and directives of every field
 * below them (through fragments), and in their own when `own` is set. Whatever is worked out from
 * `fields` and their selection depends on the document and on these values only.
 */
export function variablesUnder(info: SelectionContext, fields: readonly FieldNode[], own: boolean): string[] {
  const out = new Set<string>();
  const seen = new Set<string>();
  for (const field of fields) {
    if (own) variablesOfHolder(field, out);
    variablesOfSet(info, field.selectionSet, out, seen);
  }
  return [...out].sort();
}
