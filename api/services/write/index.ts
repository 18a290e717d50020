export * as writeCypher from '../../../core/cypher/write.cypher.js';
export { NodeWriteService, nodeTypeOfLabels, type Patch } from './node-write.service.js';
export { type RelateCommand, RelationshipWriteService, type RetractResult } from './relationship-write.service.js';
