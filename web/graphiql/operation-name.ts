import { Kind, parse } from 'graphql';

/**
 * The operation to run. Right after a tab switch GraphiQL can still name the previous tab's
 * operation, which the server would refuse ("Unknown operation named …"): a name the document
 * does not define is replaced by the document's only operation, or dropped.
 */
export function operationNameFor(query: string, requested: string | null | undefined): string | undefined {
  let names: string[];
  try {
    names = parse(query).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [],
    );
  } catch {
    return requested ?? undefined; // the server reports the syntax error
  }
  if (requested && names.includes(requested)) return requested;
  return names.length === 1 ? names[0] : undefined;
}
