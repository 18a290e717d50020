/** Looks ahead in a field's selection, so a root field can fetch in one go what its subfields will ask for. */
import {
  type FieldNode,
  GraphQLIncludeDirective,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  getDirectiveValues,
  type SelectionSetNode,
} from 'graphql';

function included(node: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/** The fields called `name` in a selection set, also inside fragments (type conditions are not checked). */
function fieldsNamed(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string, out: FieldNode[]) {
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

/** True when the current field's selection reaches `path` (field names, outermost first). */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    const next: FieldNode[] = [];
    for (const field of fields) fieldsNamed(info, field.selectionSet, name, next);
    if (next.length === 0) return false;
    fields = next;
  }
  return true;
}
