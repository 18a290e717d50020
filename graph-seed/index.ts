/** graph-seed: seed files in, validated, written to Neo4j, and read back out. */
export { exportGraph, exportStatements, serializeDocument } from './export.js';
export {
  formatLoadSummary,
  type LoadOptions,
  type LoadSummary,
  loadDocument,
  loadFiles,
  type SeedOnStartOptions,
  seedIfEmpty,
} from './load.js';
export * from './model/fuzzy-date.js';
export * from './model/records.js';
export * from './model/vocabulary.js';
export { createProgress, type Progress } from './progress.js';
export * from './store/properties.js';
export { applySchema, SEARCH_INDEX, schemaStatements } from './store/schema.js';
export { countGraph, resetGraph, type WriteSummary, writeGraph } from './store/writer.js';
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
