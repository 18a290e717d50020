import type { ASTVisitor, OperationDefinitionNode, ValidationContext, ValidationRule } from 'graphql';
import { tooComplex } from '../errors/index.js';
import { fragmentsOf, walkOperation } from './walk.js';

/** Deepest chain of nested fields in the operation; introspection (`__schema`, `__type`) is not counted. */
export function operationDepth(context: ValidationContext, operation: OperationDefinitionNode): number {
  let max = 0;
  walkOperation(context.getSchema(), operation, fragmentsOf(context.getDocument()), true, ({ node, depth }) => {
    if (node.name.value.startsWith('__')) return null;
    max = Math.max(max, depth);
    return true;
  });
  return max;
}

/** Rejects operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const depth = operationDepth(context, operation);
      if (depth > maxDepth) {
        context.reportError(
          tooComplex(
            `The query is nested ${depth} fields deep; the limit is ${maxDepth} (maxDepth).`,
            'maxDepth',
            maxDepth,
            [operation],
          ),
        );
      }
      return false;
    },
  });
}
