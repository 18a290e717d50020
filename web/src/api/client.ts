/**
 * The explorer's one door to the API: POSTs a typed operation to /graphql and turns transport
 * failures and GraphQL errors into an `ApiError` the error banner can explain.
 */

import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A GraphQL document whose result and variables types travel with it: the generated
 * `TypedDocumentString`s (web/src/api/generated/), whose `toString()` is the document.
 */
export type TypedDocument<TResult, TVars> = DocumentTypeDecoration<TResult, TVars> & { toString(): string };

/** Why a request failed: the API's `extensions.code`, or NETWORK when it could not be reached. */
export type ApiErrorCode = 'NETWORK' | 'DATABASE_UNAVAILABLE' | 'BAD_RESPONSE' | (string & {});

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** True when the API or the database behind it is down, not when the request was wrong. */
  get isOutage(): boolean {
    return this.code === 'NETWORK' || this.code === 'DATABASE_UNAVAILABLE' || this.code === 'BAD_RESPONSE';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface ApiClient {
  request<TResult, TVars>(doc: TypedDocument<TResult, TVars>, variables: TVars): Promise<TResult>;
}

/** A client for the API at `endpoint`; successful answers are cached by operation and variables. */
export function createClient(endpoint = '/graphql', fetchImpl: typeof fetch = fetch.bind(globalThis)): ApiClient {
  const cache = new Map<string, unknown>();
  return {
    async request<TResult, TVars>(doc: TypedDocument<TResult, TVars>, variables: TVars): Promise<TResult> {
      const body = JSON.stringify({ query: doc.toString(), variables });
      if (cache.has(body)) return cache.get(body) as TResult;
      let response: Response;
      try {
        response = await fetchImpl(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
          },
          body,
        });
      } catch (error) {
        throw new ApiError('NETWORK', `The API could not be reached (${(error as Error).message}).`);
      }
      let payload: GraphQLResponse<TResult>;
      try {
        payload = (await response.json()) as GraphQLResponse<TResult>;
      } catch {
        throw new ApiError('BAD_RESPONSE', `The API answered ${response.status} without a GraphQL response.`);
      }
      const first = payload.errors?.[0];
      if (first) throw new ApiError(first.extensions?.code ?? 'GRAPHQL_ERROR', first.message);
      if (payload.data == null) throw new ApiError('BAD_RESPONSE', `The API answered ${response.status} with no data.`);
      cache.set(body, payload.data);
      return payload.data;
    },
  };
}
