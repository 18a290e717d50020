/** Storage: how records map to Neo4j properties, and the bulk writer and schema that use that mapping. */
export {
  countGraph,
  resetGraph,
  type WriteCounts,
  type WriteOptions,
  type WriteSummary,
  writeGraph,
} from './graph-writer.js';
export * from './properties.js';
export { applySchema } from './schema.js';
