/**
 * Who may run what: mutations need a configured API key; reads are public unless
 * config.requireKeyForReads. Checked once per operation after it is parsed and before anything
 * executes, so a refused mutation never touches the database.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationTypeNode } from 'graphql';
import { forbidden, unauthenticated } from '../errors/index.js';
import type { FaultlineContext } from '../schema/context.js';
import type { Credentials } from './api-keys.js';

export interface AuthOptions {
  apiKeys: readonly string[];
  requireKeyForReads: boolean;
}

export type Access = { ok: true } | { ok: false; error: Error };

/** Decides whether an operation of `kind` may run with the request's credentials. */
export function checkAccess(
  kind: OperationTypeNode | 'query' | 'mutation' | 'subscription',
  credentials: Credentials,
  options: AuthOptions,
): Access {
  const needsKey = kind !== 'query' || options.requireKeyForReads;
  if (!needsKey) return { ok: true };
  const what = kind === 'mutation' ? 'Mutations' : 'Requests';
  if (options.apiKeys.length === 0) {
    return {
      ok: false,
      error: forbidden(
        `${what} are disabled on this server because no API keys are configured. Set FAULTLINE_API_KEYS to a comma-separated list of keys (16 characters or more) and send one as "Authorization: Bearer <key>".`,
      ),
    };
  }
  if (!credentials.presented) {
    return { ok: false, error: unauthenticated(`${what} need an API key: send "Authorization: Bearer <key>".`) };
  }
  if (!credentials.valid) {
    return { ok: false, error: unauthenticated('The API key is not valid.') };
  }
  return { ok: true };
}

/** The credentials were read once by the HTTP layer (api/http/request-id.ts) and put in the context. */
export function authPlugin(options: AuthOptions): ApolloServerPlugin<FaultlineContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          const access = checkAccess(operation.operation, contextValue.auth, options);
          if (!access.ok) throw access.error;
        },
      };
    },
  };
}
