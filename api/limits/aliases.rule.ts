import type { ASTVisitor, OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import { tooComplex } from '../errors/index.js';
import { fragmentsOf, walkOperation } from './walk.js';

/** Aliased fields in the operation, counting a fragment once per place it is spread. */
export function aliasCount(context: ValidationContext, operation: OperationDefinitionNode): number {
  let count = 0;
  walkOperation(context.getSchema(), operation, fragmentsOf(context.getDocument()), true, ({ node }) => {
    if (node.alias) count += 1;
    return true;
  });
  return count;
}

/** Rejects alias floods (`a1: node(...) a2: node(...) ...`), which multiply work without depth. */
export function aliasLimitRule(maxAliases: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const count = aliasCount(context, operation);
      if (count > maxAliases) {
        context.reportError(
          tooComplex(
            `The query uses ${count} aliases; the limit is ${maxAliases} (maxAliases).`,
            'maxAliases',
            maxAliases,
            [operation],
          ),
        );
      }
      return false;
    },
  });
}
