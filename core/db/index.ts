export {
  ConstraintViolationError,
  Database,
  type DatabaseOptions,
  DatabaseUnavailableError,
  mapDriverError,
  type Run,
  type Statement,
  type StatementEvent,
  TransactionTimeoutError,
} from './database.js';
export * from './decode.js';
export { type Plain, toPlain } from './values.js';
