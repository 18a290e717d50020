/**
 * core: the ground floor every other part stands on. The domain (vocabulary, records, dates),
 * the storage mapping, all Cypher, the one database door, configuration, the logger and the
 * project root. Nothing here imports api/, graph-seed/, neo4j-local/ or web/.
 */
export * from './config.js';
export * from './cypher/index.js';
export * from './db/index.js';
export * from './domain/index.js';
export * from './lifecycle.js';
export * from './logger.js';
export * from './project-root.js';
export * from './storage/index.js';
