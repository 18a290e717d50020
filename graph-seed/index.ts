/** graph-seed: the seed tool. Seed files in, validated, written to Neo4j, and read back out. */
export { exportGraph, serializeDocument } from './export.js';
export {
  formatLoadSummary,
  type LoadOptions,
  type LoadSummary,
  loadDocument,
  loadFiles,
  type SeedOnStartOptions,
  seedIfEmpty,
} from './load.js';
export { createProgress, type Progress } from './progress.js';
export {
  collectSeedFiles,
  documentToSeedObject,
  formatValidationErrors,
  SeedValidationError,
  type ValidationError,
  type ValidationResult,
  validateDocument,
  validateFiles,
  validateText,
} from './validate/index.js';
