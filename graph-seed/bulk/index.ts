/** The streaming bulk path: JSON Lines checked and written with bounded memory, and the neo4j-admin CSV. */

export type { ValidationError } from '../validate/errors.js';
export { ARRAY_DELIMITER, writeAdminCsv } from './admin-csv.js';
export {
  type BulkOptions,
  type BulkSummary,
  checkBulkFiles,
  collectBulkFiles,
  formatBulkSummary,
  loadBulkFiles,
} from './bulk-load.js';
export { JsonlFolderSink, recordLine } from './jsonl.js';
export { type BulkRecord, StreamCheck } from './stream-check.js';
