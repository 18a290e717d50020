export {
  Database,
  type DatabaseOptions,
  type Run,
  type StartListener,
  type Statement,
  type StatementEvent,
  type StatementListener,
} from './database.js';
export * from './decode.js';
export {
  ConstraintViolationError,
  DatabaseUnavailableError,
  mapDriverError,
  TransactionTimeoutError,
} from './errors.js';
export { paramsKey, statementKey } from './read-ahead.js';
export { type Plain, toPlain } from './values.js';
