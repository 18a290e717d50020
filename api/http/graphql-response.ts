import type { Request, Response } from 'express';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * Answers with a GraphQL error body outside Apollo (body too large, batch too long), using the
 * media type the GraphQL-over-HTTP spec asks for when the client accepts it.
 */
export function sendGraphQLError(
  req: Request,
  res: Response,
  status: number,
  message: string,
  extensions: Record<string, unknown>,
): void {
  const type =
    req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
      ? GRAPHQL_RESPONSE_JSON
      : 'application/json';
  res
    .status(status)
    .type(`${type}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message, extensions }] }));
}
