/** The Neo4j server jars: which version, where they live, and fetching them with Maven once. */
import { execFile, spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LauncherError } from './errors.js';

const run = promisify(execFile);

export const NEO4J_VERSION = '5.26.30';
const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The launcher folder in the source tree, also when this file runs compiled from dist/. */
export const LAUNCHER_DIR = existsSync(path.join(HERE, 'pom.xml'))
  ? HERE
  : path.resolve(HERE, '..', '..', 'neo4j-local');
export const LIB_DIR = path.join(LAUNCHER_DIR, 'lib');
const MARKER_JAR = `neo4j-${NEO4J_VERSION}.jar`;

/** Fetches the server jars with Maven into neo4j-local/lib unless they are already there. */
export async function ensureJars(progress: (line: string) => void = () => {}): Promise<void> {
  if (existsSync(path.join(LIB_DIR, MARKER_JAR))) return;
  try {
    await run('mvn', ['-v']);
  } catch {
    throw new LauncherError(
      'Maven (mvn) was not found. It fetches Neo4j from Maven Central on first start: install maven (3.6 or newer), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  progress(`Fetching Neo4j ${NEO4J_VERSION} from Maven Central (first run only, about 120 MB)...`);
  const started = Date.now();
  // Jars go to a folder of this process's own and are renamed into place at the end, so an
  // interrupted fetch leaves no half-filled lib/, and two launchers fetching at once (the test
  // projects' setups on a fresh machine) cannot corrupt each other's jars.
  const staging = `${LIB_DIR}.fetch-${process.pid}-${Date.now()}`;
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn(
      'mvn',
      [
        '-B',
        '-f',
        path.join(LAUNCHER_DIR, 'pom.xml'),
        `-Dfaultline.lib.dir=${staging}`,
        'dependency:copy-dependencies',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let downloaded = 0;
    let tail = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      tail = (tail + text).slice(-4000);
      const n = text.match(/Downloaded from/g)?.length ?? 0;
      if (n > 0) {
        const before = downloaded;
        downloaded += n;
        if (Math.floor(before / 50) !== Math.floor(downloaded / 50)) {
          progress(`  ${downloaded} files downloaded (${Math.round((Date.now() - started) / 1000)} s)`);
        }
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', reject);
    mvn.on('close', (code) => {
      if (code === 0) resolve();
      else {
        rmSync(staging, { recursive: true, force: true });
        reject(new LauncherError(`Maven could not fetch Neo4j (exit ${code}):\n${tail}`));
      }
    });
  });
  if (!existsSync(path.join(staging, MARKER_JAR))) {
    rmSync(staging, { recursive: true, force: true });
    throw new LauncherError(`Maven finished but ${MARKER_JAR} is not in ${staging}`);
  }
  if (existsSync(path.join(LIB_DIR, MARKER_JAR))) {
    rmSync(staging, { recursive: true, force: true }); // another launcher finished first
  } else {
    rmSync(LIB_DIR, { recursive: true, force: true });
    renameSync(staging, LIB_DIR);
  }
  progress(`Neo4j jars ready in ${Math.round((Date.now() - started) / 1000)} s`);
}
