/** Constructors for the GraphQL errors Faultline raises on purpose; anything else gets masked. */
import { HeaderMap } from '@apollo/server';
import { type ASTNode, GraphQLError } from 'graphql';
import { ErrorCode, HTTP_STATUS } from './error-code.js';

function withCode(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Adds the HTTP status Apollo should answer with when this error stops a request before execution. */
function withHttp(error: GraphQLError, headers: [string, string][] = []): GraphQLError {
  const status = HTTP_STATUS[error.extensions.code as ErrorCode];
  if (status !== undefined) {
    (error.extensions as Record<string, unknown>).http = { status, headers: new HeaderMap(headers) };
  }
  return error;
}

/** The input named by `field` (a path such as `evidence[0].quote`) is wrong. */
export function badInput(field: string, message: string): GraphQLError {
  return withCode(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function notFound(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return withCode(ErrorCode.NOT_FOUND, message, extra);
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return withCode(ErrorCode.CONFLICT, message, extra);
}

export function unauthenticated(message: string): GraphQLError {
  return withHttp(withCode(ErrorCode.UNAUTHENTICATED, message), [['www-authenticate', 'Bearer realm="faultline"']]);
}

export function forbidden(message: string): GraphQLError {
  return withHttp(withCode(ErrorCode.FORBIDDEN, message));
}

/** A request went over one of the limits in config.limits; `limit` is the setting's name. */
export function tooComplex(message: string, limit: string, max: number, nodes?: readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit, max } });
}

export function databaseUnavailable(): GraphQLError {
  return withCode(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.');
}
