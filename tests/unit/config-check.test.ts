import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const env = (extra: Record<string, string>) => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ...extra,
});

describe('the configuration check of npm start', () => {
  it('runs before the build in the start script', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    const start = scripts.start ?? '';
    expect(start.indexOf('core/config-check.ts')).toBeGreaterThanOrEqual(0);
    expect(start.indexOf('core/config-check.ts')).toBeLessThan(start.indexOf('npm run build'));
  });

  it('refuses a short API key in seconds, before building anything, naming the rule', () => {
    const started = Date.now();
    const run = spawnSync('npm', ['start', '--silent'], {
      env: env({ FAULTLINE_API_KEYS: 'too-short', PORT: 'eighty' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/FAULTLINE_API_KEYS: every key must be at least 16 characters long/);
    expect(run.stderr).toMatch(/PORT="eighty": expected a whole number/);
    expect(run.stderr).toMatch(/README\.md/);
    // The build (tsc and vite) alone takes far longer than this on any machine it ran on.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/vite|tsc -p|built in/);
  }, 60_000);

  it('lets a valid configuration through with exit code 0', () => {
    const run = spawnSync('npx', ['tsx', 'core/config-check.ts'], {
      env: env({ FAULTLINE_API_KEYS: 'a-key-of-sixteen-chars', PORT: '4107' }),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);
});
