/** A problem starting the local Neo4j that the user can fix; its message says how. */
export class LauncherError extends Error {
  override name = 'LauncherError';
}
