/** Looks ahead in a field's selection, so a root field can fetch in one go what its subfields will ask for. */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  type SelectionSetNode,
} from 'graphql';

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
  const groups = new Map<string, FieldNode[]>();
  for (const f of fields) {
    const key = f.alias?.value ?? f.name.value;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()];
}
