/** Runs the seed CLI (`npm run seed -- …`) as a user would, against the test Neo4j. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../core/project-root.js';
import { testConnection } from './neo4j.js';

const run = promisify(execFile);
export const ROOT = projectRoot();

/** Resolves with the exit code and output; never throws for a non-zero exit. */
export async function seedCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = testConnection();
  const env = { ...process.env, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password };
  if (c.database) Object.assign(env, { NEO4J_DATABASE: c.database });
  try {
    const { stdout, stderr } = await run(
      path.join(ROOT, 'node_modules', '.bin', 'tsx'),
      [path.join(ROOT, 'graph-seed', 'cli.ts'), ...args],
      { env, cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}
