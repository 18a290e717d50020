/** graph-seed: the seed tool. Seed files in, validated, written to Neo4j, and read back out. */
export {
  type BulkSummary,
  checkBulkFiles,
  formatBulkSummary,
  JsonlFolderSink,
  loadBulkFiles,
  recordLine,
} from './bulk/index.js';
export { exportGraph, serializeDocument } from './export.js';
export {
  type IdentitySnapshot,
  idConflicts,
  loadIdentitySnapshot,
  normaliseName,
  parseActorName,
  Registry,
} from './identity/index.js';
export {
  formatLoadSummary,
  IdConflictError,
  type LoadOptions,
  type LoadSummary,
  loadDocument,
  loadFiles,
  type SeedOnStartOptions,
  seedIfEmpty,
} from './load.js';
export { createProgress, type Progress } from './progress.js';
export { type SynthOptions, type SynthSink, synthesize, synthesizeTo } from './synth/index.js';
export { Random } from './synth/random.js';
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
