/** Builds the compiled server and the explorer once before the end-to-end tests. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  const started = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
  console.error(`[e2e] built server and explorer in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
