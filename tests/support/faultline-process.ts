/**
 * `npm start` as a child process for the end-to-end tests: the compiled `dist/app/main.js` with
 * the environment a test gives it, its output collected, and every one started killed after
 * each test (SIGKILL, so a test that already stopped it gracefully is not affected).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach } from 'vitest';

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running: Started[] = [];

/** Starts Faultline with only PATH, HOME and JAVA_HOME from this process, plus `env`. */
export function startFaultline(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['dist/app/main.js'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', JAVA_HOME: process.env.JAVA_HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = { child, output: () => text, exited };
  running.push(started);
  return started;
}

/** Waits until Faultline's output matches `pattern`; fails early when it exits. */
export async function waitFor(started: Started, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(started.output())) {
    if (started.child.exitCode !== null) throw new Error(`Faultline exited early:\n${started.output()}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Kills every Faultline this file started, at once (for a test's own cleanup path). */
export function killStarted(): void {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
}

afterEach(async () => {
  for (const s of running.splice(0)) {
    if (s.child.exitCode === null) {
      s.child.kill('SIGKILL');
      await s.exited;
    }
  }
});
