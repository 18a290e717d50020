import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors/index.js';

/**
 * When an operation failed because Neo4j is down, answer 503 with Retry-After (instead of 200
 * with errors), so load balancers, monitors and retrying clients see the outage for what it is.
 */
export function unavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', '5');
          }
        },
      };
    },
  };
}
