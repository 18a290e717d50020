export { Database, type DatabaseOptions, type Run, type Statement, type StatementEvent } from './database.js';
export * from './decode.js';
export {
  ConstraintViolationError,
  DatabaseUnavailableError,
  mapDriverError,
  TransactionTimeoutError,
} from './errors.js';
export { type Plain, toPlain } from './values.js';
