export {
  ConstraintViolationError,
  Database,
  type DatabaseOptions,
  DatabaseUnavailableError,
  mapDriverError,
  type Row,
  type Statement,
  type StatementEvent,
  TransactionTimeoutError,
} from './database.js';
export { type Plain, toPlain } from './values.js';
