export { bearerKey, type Credentials, credentialsOf, keyMatches } from './api-keys.js';
export { type Access, type AuthOptions, authPlugin, checkAccess } from './auth.plugin.js';
export { requireWriter } from './require-writer.js';
