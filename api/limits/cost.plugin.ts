import type { ApolloServerPlugin } from '@apollo/server';
import { tooComplex } from '../errors/index.js';
import { operationCost } from './cost.js';

/** Rejects an operation whose estimated cost (see cost.ts) is over `maxCost`, before it executes. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
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
