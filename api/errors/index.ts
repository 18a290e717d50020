export { ErrorCode, HTTP_STATUS, isErrorCode } from './error-code.js';
export { badInput, conflict, databaseUnavailable, forbidden, notFound, tooComplex, unauthenticated } from './errors.js';
export {
  createFormatError,
  errorRequestPlugin,
  type FormatErrorOptions,
  firstValidationProblem,
} from './format-error.js';
