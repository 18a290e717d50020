/**
 * GraphiQL at /graphql in a real Chromium: the page a browser gets for GET /graphql, bundled by
 * the build (no CDN), with the README's operations as tabs, the schema's docs and a header editor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.js';
import { launchBrowser, ROOT, startApi } from '../support/explorer.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

/** The operation names of the README's ```graphql blocks, which GraphiQL opens as tabs. */
const README_OPERATIONS = [
  ...readFileSync(path.join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n\s*query (\w+)/g),
].map((m) => m[1] ?? '');

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  const db = testDatabase();
  await loadSeedGraph(db);
  server = await startApi(db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens GraphiQL and records every URL the page asks for. */
async function openGraphiQL(): Promise<{ page: Page; requested: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.goto(`${server.url}/graphql`);
  await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
  // Monaco loads after the toolbar: a click on a tab or on the execute button before the editor
  // holds the first tab's text is lost (seen on a slow CI machine), so wait for that text.
  await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 30_000 }).toContain('query');
  return { page, requested, errors };
}

/** The response editor's text (Monaco renders lines as separate elements). */
function responseText(page: Page): Promise<string> {
  // Monaco draws spaces as no-break spaces.
  return page
    .locator('.graphiql-response')
    .textContent()
    .then((t) => (t ?? '').replace(/\s+/g, ' '));
}

describe('GraphiQL at /graphql', () => {
  it('runs a README query in the browser and shows the answer', async () => {
    const { page, errors } = await openGraphiQL();
    await page
      .locator('.graphiql-tab', { hasText: 'WhomDoesSinghSpeakFor' })
      .getByText('WhomDoesSinghSpeakFor', { exact: true })
      .click();
    await expect
      .poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 20_000 })
      .toContain('sabrina-singh');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => responseText(page), { timeout: 40_000 }).toContain('Sabrina Singh');
    expect(await responseText(page)).toContain('Deputy Pentagon Press Secretary');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens with every README operation as a tab', async () => {
    const { page } = await openGraphiQL();
    const tabs = (await page.locator('.graphiql-tab').allTextContents()).join(' ');
    expect(README_OPERATIONS.length).toBeGreaterThanOrEqual(3);
    for (const name of README_OPERATIONS) expect(tabs).toContain(name);
    await page.close();
  });

  it('loads everything from this server (no CDN)', async () => {
    const { page, requested } = await openGraphiQL();
    await page.click('.graphiql-execute-button');
    await expect.poll(() => responseText(page), { timeout: 40_000 }).toContain('"data"');
    const foreign = requested.filter((url) => !url.startsWith(server.url) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    await page.close();
  });

  it("shows the schema's docs and a header editor for the API key", async () => {
    const { page } = await openGraphiQL();
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').textContent(), { timeout: 20_000 })
      .toContain('Query');
    await page.getByText('Headers', { exact: true }).first().click();
    await expect.poll(() => page.locator('.graphiql-editor-tool').textContent()).toContain('Authorization');
    await page.close();
  });

  it('still answers JSON to a GraphQL client asking for it', async () => {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ node(id: "iraq") { id } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { node: { id: string } } }).data.node.id).toBe('iraq');
  });
});
