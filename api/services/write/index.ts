export {
  NodeWriteService,
  nodeTypeOfLabels,
  type Patch,
  type PlaceValue,
  type SourceValue,
} from './node-write.service.js';
export { type RelateCommand, RelationshipWriteService, type RetractResult } from './relationship-write.service.js';
export * as writeCypher from './write.cypher.js';
