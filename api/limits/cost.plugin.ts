import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { badInput, tooComplex } from '../errors/index.js';
import { operationCost, type SizeCaps, sizeProblem } from './cost.js';

/** Numbers among the variables, which are all the cost depends on (`first: $n`): the memo's key. */
function sizeKey(operationName: string | null, variables: Record<string, unknown>): string {
  let key = operationName ?? '';
  for (const name in variables) {
    const v = variables[name];
    if (typeof v === 'number') key += `|${name}=${v}`;
  }
  return key;
}

/**
 * Rejects an operation whose estimated cost (see cost.ts) is over `maxCost`, before it executes.
 * A `first`/`limit` over its field's cap (`caps`) is an input error (BAD_USER_INPUT naming the
 * argument), not a query too complex. Apollo caches parsed and validated documents, so the same
 * document object comes back for a repeated query: its cost is remembered per document and size
 * variables instead of walking the operation on every request.
 */
export function costLimitPlugin(maxCost: number, caps: SizeCaps = {}): ApolloServerPlugin {
  const memo = new WeakMap<DocumentNode, Map<string, { cost: number; problem: ReturnType<typeof sizeProblem> }>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          let byKey = memo.get(document);
          if (!byKey) {
            byKey = new Map();
            memo.set(document, byKey);
          }
          const key = sizeKey(request.operationName ?? null, variables);
          let known = byKey.get(key);
          if (!known) {
            known = {
              problem: sizeProblem(schema, document, operation, variables, caps),
              cost: operationCost(schema, document, operation, variables, caps),
            };
            // A document sent with ever-new sizes must not grow the memo without bound.
            if (byKey.size >= 64) byKey.clear();
            byKey.set(key, known);
          }
          const { problem, cost } = known;
          if (problem) {
            const error = badInput(
              problem.argument,
              `"${problem.argument}" of ${problem.field} must be between 0 and ${problem.max}, got ${problem.value}.`,
            );
            (error.extensions as Record<string, unknown>).http = { status: 400 };
            throw error;
          }
          if (cost > maxCost) {
            const error = tooComplex(
              `The query's estimated cost is ${cost}; the limit is ${maxCost} (maxCost). Ask for fewer items with first/limit, or fewer nested lists.`,
              'maxCost',
              maxCost,
            );
            (error.extensions as Record<string, unknown>).cost = cost;
            (error.extensions as Record<string, unknown>).http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}
