/**
 * Refreshes the explorer's screenshots under docs/ (only this script writes there; the browser
 * tests write theirs to the ignored test-results/). Builds web/, serves it with the stand-in
 * /graphql (tools/fake-graphql.ts, synthetic worlds, no Neo4j) and photographs:
 *
 * - docs/actors-10k.png: who opposes whom between 10,000 parties and 100,000 events;
 * - docs/acled-like.png: an ACLED-sized import (5,069 events, ACLED's actor-naming conventions);
 * - docs/blocs.png: alliances and blocs, with an unbalanced triangle opened and its quotes.
 *
 * With `--api http://127.0.0.1:4000` (a running `npm start`) it also refreshes
 * docs/opposition.png and docs/representation.png from the real seed graph.
 *
 *   npm run docs:screenshots -- [--api URL] [--no-build]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { startStandIn } from './fake-graphql.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = path.join(ROOT, 'docs');

const { values: args } = parseArgs({
  options: { api: { type: 'string' }, 'no-build': { type: 'boolean', default: false } },
});

async function open(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => ['ready', 'empty', 'error'].includes(document.body.dataset.phase ?? ''), null, {
    timeout: 120_000,
  });
  const phase = await page.getAttribute('body', 'data-phase');
  if (phase !== 'ready') throw new Error(`${url} ended in phase ${phase}`);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(DOCS, name);
  await page.screenshot({ path: file });
  console.log(`wrote ${path.relative(ROOT, file)}`);
  await page.close();
}

async function main(): Promise<void> {
  if (!args['no-build']) await build({ configFile: path.join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const big = await startStandIn({ parties: 10_000, events: 100_000 });
    try {
      await shoot(await open(browser, `${big.url}/`), 'actors-10k.png');
    } finally {
      await big.close();
    }
    const acled = await startStandIn({ parties: 900, events: 5_069, seed: 2020 });
    try {
      await shoot(await open(browser, `${acled.url}/`), 'acled-like.png');
      const blocs = await open(browser, `${acled.url}/?view=BLOCS&triangles=1`);
      await blocs.click('[data-testid="unbalanced-total"]');
      await blocs.click('[data-testid="triangle-item"]');
      await blocs.locator('[data-testid="evidence-quote"]').first().waitFor();
      await shoot(blocs, 'blocs.png');
    } finally {
      await acled.close();
    }
    if (args.api) {
      await shoot(await open(browser, `${args.api}/?view=OPPOSITION`), 'opposition.png');
      await shoot(await open(browser, `${args.api}/?view=REPRESENTATION`), 'representation.png');
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
