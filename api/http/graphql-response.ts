import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const ANSWER_TYPES = ['application/json', GRAPHQL_RESPONSE_JSON];

/**
 * The media type of an answer: application/graphql-response+json when the client's Accept prefers
 * it, else application/json (the GraphQL-over-HTTP spec's rule). Express's own content negotiation
 * (`express.request.accepts`, which reads only the headers), so a plain node:http request and an
 * Express one negotiate alike.
 */
export function graphqlAnswerType(req: IncomingMessage): string {
  const accepts = express.request.accepts as (this: IncomingMessage, types: string[]) => string | false;
  return accepts.call(req, ANSWER_TYPES) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
}

/**
 * Answers with a GraphQL error body outside Apollo (body too large, batch too long, refused as
 * CSRF), in the media type the client accepts. Works on Express's and on node:http's objects.
 */
export function sendGraphQLError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  const body = JSON.stringify({ errors: [{ message, extensions }] });
  res.statusCode = status;
  res.setHeader('content-type', `${graphqlAnswerType(req)}; charset=utf-8`);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
