/**
 * Apollo `formatError`: maps Faultline's internal error classes to public codes and masks
 * everything unexpected, so no stack trace, driver message or Cypher text reaches a client
 * (unless config.development). Masked errors are logged with the request id to find them again.
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ConstraintViolationError, DatabaseUnavailableError, TransactionTimeoutError } from '../../core/db/index.js';
import type { Logger } from '../../core/logger.js';
import { ErrorCode, isErrorCode } from './error-code.js';

/**
 * The request each error arose in. Apollo calls formatError with the error alone; errorRequestPlugin
 * records the request's id for every error of a request just before Apollo formats them (the same
 * error objects). Errors Apollo answers before a request starts (an unreadable HTTP request) have
 * none; their response still carries the id in its x-request-id header.
 */
const requestIdOfError = new WeakMap<object, string>();

export function errorRequestPlugin(): ApolloServerPlugin<{ requestId: string }> {
  const listener: GraphQLRequestListener<{ requestId: string }> = {
    async didEncounterErrors({ contextValue, errors }) {
      for (const error of errors) requestIdOfError.set(error, contextValue.requestId);
    },
  };
  return { requestDidStart: async () => listener };
}

const requestIdOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? requestIdOfError.get(error) : undefined;

export interface FormatErrorOptions {
  logger: Logger;
  development: boolean;
  transactionTimeoutMs: number;
}

/** Apollo's own protocol-level codes (parse, validation, bad HTTP request) are safe to show as they are. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/** The first failing property of a class-validator result, as a path (`evidence[0].quote`) and message. */
export function firstValidationProblem(
  errors: readonly ClassValidatorError[],
  prefix = '',
): { field: string; message: string } | null {
  for (const e of errors) {
    const field = /^\d+$/.test(e.property)
      ? `${prefix}[${e.property}]`
      : prefix
        ? `${prefix}.${e.property}`
        : e.property;
    const message = e.constraints ? Object.values(e.constraints)[0] : undefined;
    if (message !== undefined) return { field, message };
    const nested = firstValidationProblem(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

export function createFormatError(options: FormatErrorOptions) {
  const { logger, development } = options;
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error);
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    const devExtras = (): Record<string, unknown> =>
      development && formatted.extensions?.stacktrace ? { stacktrace: formatted.extensions.stacktrace } : {};

    if (original instanceof DatabaseUnavailableError) {
      logger.warn({ requestId: requestIdOf(error), reason: original.message }, 'Neo4j unavailable');
      return {
        message: 'The database is unavailable; try again shortly.',
        ...where,
        extensions: {
          code: ErrorCode.DATABASE_UNAVAILABLE,
          ...(development ? { reason: original.message } : {}),
          ...devExtras(),
        },
      };
    }
    if (original instanceof TransactionTimeoutError) {
      return {
        message: `The query ran longer than the transaction timeout of ${options.transactionTimeoutMs} ms (transactionTimeoutMs); narrow it down.`,
        ...where,
        extensions: {
          code: ErrorCode.QUERY_TOO_COMPLEX,
          limit: 'transactionTimeoutMs',
          max: options.transactionTimeoutMs,
          ...devExtras(),
        },
      };
    }
    if (original instanceof ConstraintViolationError) {
      return {
        message: 'The write conflicts with an existing node or relationship that has the same id.',
        ...where,
        extensions: { code: ErrorCode.CONFLICT, ...(development ? { reason: original.message } : {}), ...devExtras() },
      };
    }
    // type-graphql's ArgumentValidationError, when global validation is on.
    const validationErrors = formatted.extensions?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const problem = firstValidationProblem(validationErrors as ClassValidatorError[]);
      return {
        message: problem ? `${problem.field}: ${problem.message}` : 'The input is not valid.',
        ...where,
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(problem ? { field: problem.field } : {}), ...devExtras() },
      };
    }
    // Apollo re-codes validation-rule errors as GRAPHQL_VALIDATION_FAILED; restore ours.
    const inner = error instanceof GraphQLError ? error.originalError : undefined;
    if (inner instanceof GraphQLError && isErrorCode(inner.extensions.code)) {
      return { ...formatted, extensions: { ...formatted.extensions, ...inner.extensions, ...devExtras() } };
    }
    const code = formatted.extensions?.code;
    if (
      (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) ||
      (typeof code === 'string' && APOLLO_CODES.has(code))
    ) {
      if (development) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }

    const requestId = requestIdOf(error);
    logger.error(
      { err: original, requestId, path: formatted.path },
      'unexpected error while serving a GraphQL request',
    );
    if (development) return { ...formatted, extensions: { ...formatted.extensions, requestId } };
    return {
      message: 'Internal server error',
      ...where,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(requestId ? { requestId } : {}) },
    };
  };
}
