import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.js';
import {
  ARTICLE_TEXT,
  afterChange,
  clickOnGraph,
  launchBrowser,
  openExplorer,
  openUrl,
  pageErrors,
  ROOT,
  SCREENSHOTS,
  startApi,
  visible,
  withClass,
} from '../support/explorer.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

let server: RunningServer;
let browser: Browser;

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

const testid = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The event-level opposition view; the explorer opens on the parties view (actorNetwork). */
const EVENTS = '?view=OPPOSITION';
/** Whether the API serves the actor-level network yet (it is being built alongside the explorer). */
const ACTOR_NETWORK_SERVED = /\bactorNetwork\s*\(/.test(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));

describe('the default view', () => {
  it.skipIf(!ACTOR_NETWORK_SERVED)(
    'opens on who opposes whom between parties, saying how many ties it draws of how many',
    async () => {
      const page = await openExplorer(browser, server.url);
      expect(await testid(page, 'view-ACTORS').getAttribute('aria-pressed')).toBe('true');
      const counts = testid(page, 'counts');
      const drawn = Number(await counts.getAttribute('data-ties'));
      const total = Number(await counts.getAttribute('data-total-ties'));
      expect(drawn).toBeGreaterThan(0);
      expect(drawn).toBeLessThanOrEqual(total);
      const { edges } = await visible(page);
      expect(edges.length).toBeGreaterThan(0);
      expect(pageErrors.get(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('the two named views', () => {
  it('draws who opposes whom: the Iraqi militia groups against the United States and US forces', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    expect(await testid(page, 'view-OPPOSITION').getAttribute('aria-pressed')).toBe('true');
    const { nodes, edges } = await visible(page);
    expect(nodes).toEqual(expect.arrayContaining(['iraqi-militia-groups', 'united-states', 'us-forces']));
    expect(edges).toEqual(
      expect.arrayContaining(['iraqi-militia-groups:OPPOSES:united-states', 'iraqi-militia-groups:OPPOSES:us-forces']),
    );
    expect(edges.every((id) => !id.includes(':REPRESENTS:'))).toBe(true);
    await expect(testid(page, 'legend-edge-OPPOSES').textContent()).resolves.toContain('opposes');
    await expect(testid(page, 'legend-edge-derived').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'opposition.png') });
    expect(pageErrors.get(page)).toEqual([]);
    await page.close();
  });

  it('is one click from who represents whom, drawn as a hierarchy with Sabrina Singh under the Pentagon', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    await afterChange(page, () => testid(page, 'view-REPRESENTATION').click());
    const { nodes, edges } = await visible(page);
    expect(nodes).toEqual(expect.arrayContaining(['sabrina-singh', 'pentagon']));
    expect(edges).toContain('sabrina-singh:REPRESENTS:pentagon');
    expect(edges.every((id) => /:(REPRESENTS|MEMBER_OF|PART_OF):/.test(id))).toBe(true);
    const [singhY, pentagonY] = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return [cy.$id('sabrina-singh').position('y'), cy.$id('pentagon').position('y')];
    });
    expect(pentagonY).toBeLessThan(singhY);
    expect(page.url()).toContain('view=REPRESENTATION');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'representation.png') });
    await page.close();
  });
});

describe('search', () => {
  it('finds “Singh” as you type and choosing her centres and highlights her', async () => {
    const page = await openExplorer(browser, server.url, '?view=REPRESENTATION');
    await testid(page, 'search-input').fill('Singh');
    const hit = page.locator('[data-testid="search-result"][data-node-id="sabrina-singh"]');
    await hit.waitFor();
    await expect(hit.textContent()).resolves.toContain('Sabrina Singh');
    await afterChange(page, () => hit.click());
    expect(await withClass(page, 'focused')).toContain('sabrina-singh');
    const faded = await withClass(page, 'faded');
    expect(faded.length).toBeGreaterThan(0);
    expect(faded).not.toContain('sabrina-singh');
    expect(faded).not.toContain('pentagon');
    expect(page.url()).toContain('focus=sabrina-singh');
    await expect(testid(page, 'panel-title').textContent()).resolves.toBe('Sabrina Singh');
    await page.close();
  });

  it('works from the keyboard alone, and the relationship list leads to the evidence', async () => {
    const page = await openExplorer(browser, server.url, '?view=REPRESENTATION');
    await testid(page, 'search-input').focus();
    await page.keyboard.type('Singh');
    await page.locator('[data-testid="search-result"][data-node-id="sabrina-singh"]').waitFor();
    await expect(testid(page, 'search-input').getAttribute('aria-expanded')).resolves.toBe('true');
    await afterChange(page, () => page.keyboard.press('Enter'));
    const item = page.locator('[data-testid="relationship-item"][data-edge-id="sabrina-singh:REPRESENTS:pentagon"]');
    await item.focus();
    await page.keyboard.press('Enter');
    await testid(page, 'evidence-quote').first().waitFor();
    const quote = await testid(page, 'evidence-quote').first().textContent();
    expect(ARTICLE_TEXT).toContain(quote);
    await page.close();
  });
});

describe('inspecting', () => {
  it('shows an edge’s verbatim quote with its source title and date when the edge is clicked', async () => {
    const page = await openExplorer(browser, server.url, '?view=REPRESENTATION');
    await clickOnGraph(page, 'sabrina-singh:REPRESENTS:pentagon');
    await testid(page, 'evidence-quote').first().waitFor();
    await expect(testid(page, 'panel-title').textContent()).resolves.toBe('Sabrina Singh represents Pentagon');
    const quotes = await testid(page, 'evidence-quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(ARTICLE_TEXT).toContain(quote);
    const source = await testid(page, 'evidence-source').first().textContent();
    expect(source).toContain('Sudani presides over Iraq-US meeting');
    expect(source).toContain('2024-01-27');
    await page.close();
  });

  it('explains a derived edge by the relationships it came from, each with its own quote', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    await clickOnGraph(page, 'iraqi-militia-groups');
    await expect(testid(page, 'panel-title').textContent()).resolves.toBe('Iraqi militia groups');
    await page
      .locator('[data-testid="relationship-item"][data-edge-id="iraqi-militia-groups:OPPOSES:us-forces"]')
      .click();
    await testid(page, 'derived-from').waitFor();
    await expect(testid(page, 'edge-status').textContent()).resolves.toBe('derived');
    const chain = await page
      .locator('[data-testid="derived-from-item"]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-edge-id')));
    expect(chain).toEqual(
      expect.arrayContaining([
        'iraqi-militia-groups:CARRIED_OUT:militia-attacks-on-us-forces',
        'militia-attacks-on-us-forces:TARGETED:us-forces',
      ]),
    );
    await page
      .locator('[data-testid="derived-from-item"][data-edge-id="militia-attacks-on-us-forces:TARGETED:us-forces"]')
      .click();
    await expect(testid(page, 'edge-status').textContent()).resolves.toBe('stated');
    await testid(page, 'evidence-quote').first().waitFor();
    expect(ARTICLE_TEXT).toContain(await testid(page, 'evidence-quote').first().textContent());
    await page.close();
  });
});

describe('exploring', () => {
  it('expands a node’s neighbourhood by double-click, and Undo takes it back', async () => {
    const page = await openExplorer(browser, server.url, '?view=REPRESENTATION');
    const before = await visible(page);
    await afterChange(page, () => clickOnGraph(page, 'sabrina-singh', true));
    const after = await visible(page);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    const added = after.nodes.filter((id) => !before.nodes.includes(id));
    const neighbours = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      return cy
        .$id('sabrina-singh')
        .neighborhood('node')
        .map((n) => n.id());
    });
    for (const id of added) expect(neighbours).toContain(id);
    expect(page.url()).toContain('expand=sabrina-singh~1');
    await afterChange(page, () => testid(page, 'undo').click());
    expect((await visible(page)).nodes).toEqual(before.nodes);
    await page.close();
  });

  it('expands two steps out from the panel button', async () => {
    const page = await openExplorer(browser, server.url, '?view=REPRESENTATION');
    await clickOnGraph(page, 'sudanis-office');
    await afterChange(page, () => testid(page, 'expand-1').click());
    const one = (await visible(page)).nodes.length;
    await afterChange(page, () => testid(page, 'expand-2').click());
    expect((await visible(page)).nodes.length).toBeGreaterThan(one);
    expect(page.url()).toContain('expand=sudanis-office~2');
    await page.close();
  });

  it('hides a node and its relationships, from the picture and from the list', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    await clickOnGraph(page, 'us-forces');
    await afterChange(page, () => testid(page, 'hide-node').click());
    const { nodes, edges } = await visible(page);
    expect(nodes).not.toContain('us-forces');
    const touches = (id: string | null) => !!id && [id.split(':')[0], id.split(':')[2]].includes('us-forces');
    expect(edges.some(touches)).toBe(false);
    const listed = await page
      .locator('[data-testid="relationship-item"]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-edge-id')));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.some(touches)).toBe(false);
    await page.close();
  });

  it('highlights the path between two chosen nodes', async () => {
    const page = await openExplorer(browser, server.url, '?view=ALL');
    await clickOnGraph(page, 'sudanis-office');
    await testid(page, 'path-from').click();
    await clickOnGraph(page, 'iraqi-militia-groups');
    await afterChange(page, () => testid(page, 'path-to').click());
    const onPath = await withClass(page, 'on-path');
    expect(onPath).toEqual(
      expect.arrayContaining(['sudanis-office', 'mohammed-shia-al-sudani', 'iraqi-militia-groups']),
    );
    const chained = await page.evaluate(() => {
      const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
      const path = cy.elements('.on-path');
      // Every path node but the two ends touches two path edges or more; the ends touch one or more.
      return (
        path.nodes().every((n) => (n as import('cytoscape').NodeSingular).connectedEdges('.on-path').length >= 1) &&
        path.edges().length >= 1
      );
    });
    expect(chained).toBe(true);
    await expect(testid(page, 'path-status').textContent()).resolves.toMatch(
      /^Path: Sudani.s office → Iraqi militia groups$/,
    );
    await page.close();
  });

  it('filters by relationship type', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    expect((await visible(page)).edges.some((id) => id.includes(':OPPOSES:'))).toBe(true);
    await afterChange(page, () => testid(page, 'filter-type-OPPOSES').uncheck());
    const { edges } = await visible(page);
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.some((id) => id.includes(':OPPOSES:'))).toBe(false);
    expect(page.url()).toMatch(/types=[A-Z_,]+/);
    await page.close();
  });

  it('narrows the graph to a date range with the slider', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    const all = await visible(page);
    expect(all.edges).toContain('iraqi-government:CONDEMNED:soleimani-muhandis-assassination');
    await afterChange(page, () =>
      testid(page, 'date-from').evaluate((input: HTMLInputElement) => {
        // 2023-06-01 as a day number, what the slider's thumb holds.
        input.value = String(Math.round(Date.parse('2023-06-01T00:00:00Z') / 86_400_000));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    );
    expect(page.url()).toContain('from=2023-06-01');
    await expect(testid(page, 'date-from-label').textContent()).resolves.toBe('2023-06-01');
    const narrowed = await visible(page);
    expect(narrowed.edges.length).toBeLessThan(all.edges.length);
    expect(narrowed.edges).not.toContain('iraqi-government:CONDEMNED:soleimani-muhandis-assassination');
    expect(narrowed.edges).toContain('iraqi-militia-groups:OPPOSES:us-forces');
    await page.close();
  });
});

describe('sharing', () => {
  it('restores the same picture from a shared link', async () => {
    const page = await openExplorer(browser, server.url, EVENTS);
    await afterChange(page, () => testid(page, 'filter-type-CONDEMNED').uncheck());
    await clickOnGraph(page, 'united-states');
    await afterChange(page, () => testid(page, 'focus-node').click());
    const link = page.url();
    const picture = {
      ...(await visible(page)),
      focused: await withClass(page, 'focused'),
      faded: await withClass(page, 'faded'),
    };
    const shared = await openUrl(browser, link);
    await page.close();
    expect({
      ...(await visible(shared)),
      focused: await withClass(shared, 'focused'),
      faded: await withClass(shared, 'faded'),
    }).toEqual(picture);
    await expect(shared.locator('[data-testid="filter-type-CONDEMNED"]').isChecked()).resolves.toBe(false);
    await shared.close();
  });
});
