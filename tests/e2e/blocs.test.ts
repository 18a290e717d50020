/**
 * "Alliances and blocs" in real Chromium: on the real server and the article's seed graph, and,
 * for a network big enough to have many blocs, triangles and frustrated ties, on the stand-in
 * /graphql (tests/support/fake-graphql.ts) answering the same `analysis` schema from a synthetic
 * world. The analyses' own correctness is the API's tests' business; here it is the view.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.js';
import {
  ARTICLE_TEXT,
  afterChange,
  launchBrowser,
  openUrl,
  pageErrors,
  SCREENSHOTS,
  startApi,
} from '../support/explorer.js';
import { type StandIn, startStandIn } from '../support/fake-graphql.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

let standIn: StandIn;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const db = testDatabase();
  await loadSeedGraph(db);
  server = await startApi(db);
  standIn = await startStandIn({ parties: 2_000, events: 20_000 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await standIn?.close();
  await server?.close();
});

const testid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);
const open = (query = '') => openUrl(browser, `${standIn.url}/?view=BLOCS${query}`);

function picture(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const blocs = new Set(cy.nodes().map((n) => n.data('bloc')));
    return {
      nodes: cy.nodes().length,
      blocs: [...blocs].filter((b) => b !== null).length,
      coloured: cy.nodes().filter((n) => /\bbloc-\d\b/.test(n.classes().join(' '))).length,
      positive: cy.edges('.positive').length,
      negative: cy.edges('.negative').length,
      unbalanced: cy.edges('.unbalanced').length,
      onTriangle: { nodes: cy.nodes('.on-triangle').length, edges: cy.edges('.on-triangle').length },
      sizes: cy.nodes().map((n) => n.data('size') as number),
    };
  });
}

describe('alliances and blocs on the article graph (real server)', () => {
  it('puts the United States and the Iraqi militias in different blocs, and every quote is the article’s', async () => {
    const page = await openUrl(browser, `${server.url}/?view=BLOCS&triangles=1`);
    const blocs = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const bloc = (id: string) => cy.getElementById(id).data('bloc') as number | null;
      return { us: bloc('united-states'), militias: bloc('iraqi-militia-groups'), nodes: cy.nodes().length };
    });
    expect(blocs.nodes).toBeGreaterThan(2);
    expect(blocs.us).not.toBeNull();
    expect(blocs.militias).not.toBeNull();
    expect(blocs.us).not.toBe(blocs.militias);
    const unbalanced = Number(await testid(page, 'unbalanced-total').textContent());
    if (unbalanced > 0) {
      await testid(page, 'unbalanced-total').click();
      await testid(page, 'triangle-item').first().click();
      expect((await picture(page)).onTriangle).toEqual({ nodes: 3, edges: 3 });
      await page.locator('[data-testid="signed-tie"] [data-testid="evidence-quote"]').first().waitFor();
    } else {
      await testid(page, 'frustration').click();
    }
    for (const quote of await testid(page, 'evidence-quote').allTextContents()) expect(ARTICLE_TEXT).toContain(quote);
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });
});

describe('alliances and blocs', () => {
  it('colours parties by bloc and ties by sign', async () => {
    const page = await open();
    expect(await testid(page, 'view-BLOCS').getAttribute('aria-pressed')).toBe('true');
    const p = await picture(page);
    expect(p.nodes).toBeGreaterThan(50);
    expect(p.blocs).toBe(2);
    expect(p.coloured).toBe(p.nodes);
    expect(p.positive).toBeGreaterThan(0);
    expect(p.negative).toBeGreaterThan(0);
    expect(p.unbalanced).toBe(0);
    await expect(testid(page, 'blocs-counts').textContent()).resolves.toMatch(/^[\d,]+ parties and [\d,]+ signed ties/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'blocs.png') });
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });

  it('highlights the unbalanced triangles on demand', async () => {
    const page = await open();
    await afterChange(page, () => testid(page, 'bloc-triangles').check());
    expect(page.url()).toContain('triangles=1');
    const p = await picture(page);
    expect(p.unbalanced).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('opens an unbalanced triangle from its count: its three ties lit, each with its quotes', async () => {
    const page = await open('&triangles=1');
    const total = Number(await testid(page, 'unbalanced-total').textContent());
    expect(total).toBeGreaterThan(0);
    await testid(page, 'unbalanced-total').click();
    await testid(page, 'triangle-item').first().click();
    await expect(page.locator('[data-testid="signed-tie"]').count()).resolves.toBe(3);
    expect((await picture(page)).onTriangle).toEqual({ nodes: 3, edges: 3 });
    const ties = page.locator('[data-testid="signed-tie"]');
    await ties.nth(2).locator('[data-testid="evidence-quote"]').first().waitFor();
    for (let i = 0; i < 3; i++) {
      const quotes = await ties.nth(i).locator('[data-testid="evidence-quote"]').allTextContents();
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q).toMatch(/, according to local sources\.$/);
    }
    await page.close();
  });

  it('lists the ties behind the frustration, with quotes', async () => {
    const page = await open();
    const value = Number((await testid(page, 'frustration').textContent())?.replaceAll(',', ''));
    await testid(page, 'frustration').click();
    const ties = page.locator('[data-testid="signed-tie"]');
    await ties.first().locator('[data-testid="evidence-quote"]').first().waitFor();
    expect(await ties.count()).toBe(Math.min(50, value));
    await page.close();
  });

  it('sizes parties by the centrality chosen, and re-runs the analysis when the window moves', async () => {
    const page = await open();
    const before = await picture(page);
    await afterChange(page, () => testid(page, 'bloc-measure').selectOption('NEGATIVE_DEGREE'));
    expect(page.url()).toContain('measure=NEGATIVE_DEGREE');
    expect((await picture(page)).sizes).not.toEqual(before.sizes);
    const asked = standIn.requests.get('Analysis') ?? 0;
    const counts = await testid(page, 'blocs-counts').textContent();
    await afterChange(page, () =>
      testid(page, 'date-from').evaluate((input: HTMLInputElement) => {
        input.value = String(Math.round(Date.parse('2024-06-01T00:00:00Z') / 86_400_000));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    );
    expect(page.url()).toContain('from=2024-06-01');
    expect(standIn.requests.get('Analysis')).toBe(asked + 1);
    await expect(testid(page, 'blocs-counts').textContent()).resolves.not.toBe(counts);
    await page.close();
  });
});
