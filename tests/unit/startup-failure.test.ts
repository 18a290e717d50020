import { describe, expect, it } from 'vitest';
import { StartupTimeoutError, startupFailureLine, withDeadline } from '../../app/startup-failure.js';
import { loadConfig } from '../../core/config.js';
import { DatabaseUnavailableError } from '../../core/db/index.js';

describe('start-up deadline', () => {
  it('returns what the work returns when it finishes in time', async () => {
    await expect(withDeadline(1_000, async () => 42)).resolves.toBe(42);
  });

  it('fails with StartupTimeoutError when the work outlives the deadline, however it spreads its time', async () => {
    // Many short steps, none long on its own: a per-transaction timeout would never fire.
    const work = async () => {
      for (let i = 0; i < 50; i++) await new Promise((r) => setTimeout(r, 5));
      return 'done';
    };
    await expect(withDeadline(30, work)).rejects.toBeInstanceOf(StartupTimeoutError);
  });

  it('passes the work’s own failure through unchanged', async () => {
    const failure = new DatabaseUnavailableError('Neo4j is unreachable: ECONNREFUSED');
    await expect(withDeadline(1_000, () => Promise.reject(failure))).rejects.toBe(failure);
  });

  it('names the setting and its value in the one failure line', () => {
    const config = loadConfig({ FAULTLINE_STARTUP_TIMEOUT_MS: '20' });
    const line = startupFailureLine(new StartupTimeoutError('start-up work took longer than 20 ms'), config);
    expect(line).toMatch(/^Faultline could not start: .*FAULTLINE_STARTUP_TIMEOUT_MS \(20 ms\); raise it/);
    expect(line).not.toContain('\n');
  });
});
