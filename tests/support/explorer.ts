/**
 * What the explorer's end-to-end tests share: the real API server on a free port over the
 * seeded test Neo4j, serving web/dist (built by tests/support/global-build.ts), and headless Chromium.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningServer, startServer } from '../../api/server.js';
import { loadConfig } from '../../core/config.js';
import type { Database } from '../../core/db/index.js';
import { createLogger } from '../../core/logger.js';
import { projectRoot } from '../../core/project-root.js';
import { testConnection } from './neo4j.js';

export const ROOT = projectRoot();
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

/** The article the seed graph was read from; every evidence quote is a substring of it. */
export const ARTICLE_TEXT = readFileSync(path.join(ROOT, 'graph-seed', 'data', '000_35d4d6e122a937a3.txt'), 'utf8');

/** The real server, on 127.0.0.1 and a free port, serving web/dist and /graphql over `db`. */
export function startApi(db: Database): Promise<RunningServer> {
  const conn = testConnection();
  const config = loadConfig({
    NEO4J_URI: conn.uri,
    NEO4J_USERNAME: conn.username,
    NEO4J_PASSWORD: conn.password,
    HOST: '127.0.0.1',
    PORT: '0',
    FAULTLINE_SEED_ON_START: 'false',
  });
  return startServer({ config, db, logger: createLogger('silent'), webDir: WEB_DIST });
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Phases the page reports on <body data-phase>: loading, layout, ready, empty, error. */
export async function settled(page: Page, phases = ['ready', 'empty', 'error']): Promise<string> {
  await page.waitForFunction((wanted) => wanted.includes(document.body.dataset.phase ?? ''), phases, {
    timeout: 30_000,
  });
  return (await page.getAttribute('body', 'data-phase')) ?? '';
}

/** Uncaught errors each page threw, so tests can say there were none. */
export const pageErrors = new WeakMap<Page, string[]>();

/**
 * `url` with the `debug` flag, which makes the page expose `window.cy` and `window.faultline`
 * (the production page does not).
 */
export function withDebug(url: string): string {
  const u = new URL(url);
  u.searchParams.set('debug', '');
  return u.toString().replace(/debug=(?=&|$)/, 'debug');
}

/** Where the browser tests write their screenshots: an ignored folder, never docs/. */
export const SCREENSHOTS = path.join(ROOT, 'test-results');

/** Opens `url` in a fresh page and waits until the graph is drawn (or the page gives up). */
export async function openUrl(browser: Browser, rawUrl: string): Promise<Page> {
  const url = withDebug(rawUrl);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  pageErrors.set(page, problems);
  await page.goto(url);
  await settled(page);
  return page;
}

/** Opens the explorer with the query string `query` (e.g. `?view=ALL`). */
export function openExplorer(browser: Browser, baseUrl: string, query = ''): Promise<Page> {
  return openUrl(browser, `${baseUrl}/${query}`);
}

/** Ids of what is drawn and visible. */
export function visible(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return {
      nodes: cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges(':visible')
        .map((e) => e.id())
        .sort(),
    };
  });
}

/** Ids of elements carrying a UI-state class (focused, faded, on-path, hidden). */
export function withClass(page: Page, cls: string): Promise<string[]> {
  return page.evaluate((c) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    return cy
      .elements(`.${c}`)
      .map((e) => e.id())
      .sort();
  }, cls);
}

/** Clicks an element on the canvas where it is drawn, as a user would. */
export async function clickOnGraph(page: Page, id: string, double = false): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const cy = (window as unknown as { cy: import('cytoscape').Core }).cy;
    const ele = cy.getElementById(elementId);
    cy.center(ele);
    const p = ele.isNode() ? ele.renderedPosition() : (ele as import('cytoscape').EdgeSingular).renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  if (double) await page.mouse.dblclick(point.x, point.y);
  else await page.mouse.click(point.x, point.y);
}

/** Waits for the next settled drawing after an action that changes the state. */
export async function afterChange(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => location.search);
  await action();
  await page.waitForFunction((b) => location.search !== b, before, { timeout: 10_000 });
  await settled(page);
}
