/**
 * The one way to find the project root: walk up from this module to the folder holding
 * package.json. Works from source (tsx) and compiled (dist/core), whatever the working directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/** The repository root (the folder with Faultline's package.json). */
export function projectRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) {
      cached = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** A path inside the project; absolute paths pass through unchanged. */
export function projectPath(...parts: string[]): string {
  return path.resolve(projectRoot(), ...parts);
}
