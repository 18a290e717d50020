import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.js';
import { Database } from '../../core/db/index.js';
import { freePort } from '../../neo4j-local/launcher.js';
import { launchBrowser, openExplorer, settled, startApi } from '../support/explorer.js';
import { loadSeedGraph, testConnection, testDatabase } from '../support/neo4j.js';

let browser: Browser;

beforeAll(async () => {
  await loadSeedGraph(testDatabase());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('when something is down', () => {
  it('shows an error banner when the API stops answering', async () => {
    const server: RunningServer = await startApi(testDatabase());
    const page = await openExplorer(browser, server.url, '?view=OPPOSITION');
    await expect(page.locator('[data-testid="error-banner"]').isVisible()).resolves.toBe(false);
    await server.close();
    await page.click('[data-testid="view-REPRESENTATION"]');
    await settled(page, ['error']);
    const banner = page.locator('[data-testid="error-banner"]');
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(banner.getAttribute('role')).resolves.toBe('alert');
    await expect(banner.textContent()).resolves.toContain('API cannot be reached');
    await page.close();
  });

  it('shows an error banner naming the database when Neo4j is unreachable', async () => {
    const port = await freePort();
    const dead = new Database(
      { ...testConnection(), uri: `bolt://127.0.0.1:${port}` },
      { acquisitionTimeoutMs: 1_000, maxRetryTimeMs: 0 },
    );
    const server = await startApi(dead);
    try {
      const page = await openExplorer(browser, server.url, '?view=OPPOSITION');
      expect(await page.getAttribute('body', 'data-phase')).toBe('error');
      const banner = page.locator('[data-testid="error-banner"]');
      await expect(banner.getAttribute('data-code')).resolves.toBe('DATABASE_UNAVAILABLE');
      await expect(banner.textContent()).resolves.toContain('graph database is unavailable');
      await page.close();
    } finally {
      await server.close();
      await dead.close();
    }
  });

  it('says so when nothing matches the view', async () => {
    const server = await startApi(testDatabase());
    try {
      const page = await openExplorer(browser, server.url, '?view=OPPOSITION&types=KILLED&from=2024-01-20');
      expect(await page.getAttribute('body', 'data-phase')).toBe('empty');
      await expect(page.locator('[data-testid="empty-state"]').isVisible()).resolves.toBe(true);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
