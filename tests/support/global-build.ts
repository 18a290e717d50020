/** Before the end-to-end tests: checks for Chromium, then builds the server and the explorer once. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests drive Debian's Chromium at ${CHROMIUM}, which is not installed. Install it with "sudo apt-get install chromium" (.ci/run does this), or run "npm run test:unit" and "npm run test:integration" alone.`,
    );
  }
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
  console.error(`[e2e] built server and explorer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
