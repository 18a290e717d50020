/** One identity per real-world party: names, aliases and ACLED's naming conventions, resolved against the graph. */
export { type ActorForm, normaliseName, parseActorName } from './names.js';
export {
  emptySnapshot,
  type IdentitySnapshot,
  type KnownParty,
  type KnownPlace,
  type Match,
  type MatchRule,
  Registry,
} from './registry.js';
export {
  documentNodeTypes,
  formatIdConflicts,
  type IdConflict,
  idConflicts,
  loadIdentitySnapshot,
} from './snapshot.js';
