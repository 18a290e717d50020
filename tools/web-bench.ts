/**
 * How the explorer copes with big networks: builds web/, serves it with the stand-in /graphql
 * (tools/fake-graphql.ts: a synthetic world of N parties and 10·N events, no Neo4j), opens the
 * default view (who opposes whom, between parties) in headless Chromium at each size and prints
 * load, layout and first-frame times, a frame time while zooming and a click's time to the panel.
 * A measurement script, not a test.
 *
 *   npm run bench:web -- [--sizes 1000,10000,50000] [--events-per-party 10] [--more 0]
 *                        [--runs 3] [--renderer canvas|webgl|auto] [--no-build]
 *
 * `--more k` asks for k extra pages of 200 ties (what "show more" does k times).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { startStandIn } from './fake-graphql.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    'events-per-party': { type: 'string', default: '10' },
    more: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    renderer: { type: 'string', default: 'auto' },
    'no-build': { type: 'boolean', default: false },
  },
});

/**
 * Runs in the page. A string, not a function: tsx's transform would add helpers the page lacks.
 */
const MEASURE = `(async () => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const cy = window.cy;
  const frame = () => new Promise((resolve) => {
    const t = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
  });
  const zooms = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    cy.zoom({ level: cy.zoom() * (i % 2 ? 0.8 : 1.25), renderedPosition: { x: 500, y: 400 } });
    await frame();
    zooms.push(performance.now() - t);
  }
  const t = performance.now();
  cy.nodes('.party')[0].emit('tap');
  await frame();
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    phase: document.body.dataset.phase,
    renderer: document.querySelector('[data-testid="graph"]').dataset.renderer,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    counts: document.querySelector('[data-testid="counts"]').textContent,
    pageLoadedMs: Math.round(nav.domContentLoadedEventEnd),
    dataLoadedMs: Math.round(mark('faultline:loaded')),
    layoutMs: Math.round(mark('faultline:laid-out') - mark('faultline:loaded')),
    readyMs: Math.round(mark('faultline:ready')),
    firstFrameMs: Math.round(mark('faultline:drawn')),
    zoomFrameMedianMs: Math.round(zooms.sort((a, b) => a - b)[3]),
    tapToPanelMs: Math.round(performance.now() - t),
  };
})()`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!args['no-build']) await build({ configFile: path.join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const rows: Record<string, unknown>[] = [];
  try {
    for (const parties of args.sizes.split(',').map(Number)) {
      const events = parties * Number(args['events-per-party']);
      const started = Date.now();
      const standIn = await startStandIn({ parties, events });
      const worldMs = Date.now() - started;
      const runs: Record<string, number | string>[] = [];
      try {
        for (let run = 0; run < Number(args.runs); run++) {
          const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
          const renderer = args.renderer === 'auto' ? '' : `&renderer=${args.renderer}`;
          const more = Number(args.more) ? `&more=${args.more}` : '';
          const t0 = Date.now();
          await page.goto(`${standIn.url}/?debug${renderer}${more}`);
          await page.waitForFunction(
            () => ['ready', 'error', 'empty'].includes(document.body.dataset.phase ?? ''),
            null,
            {
              timeout: 600_000,
            },
          );
          const wall = Date.now() - t0;
          runs.push({ ...((await page.evaluate(MEASURE)) as Record<string, number | string>), wallToReadyMs: wall });
          await page.close();
        }
      } finally {
        await standIn.close();
      }
      const numeric = Object.keys(runs[0]!).filter((k) => typeof runs[0]![k] === 'number');
      const summary: Record<string, unknown> = { parties, events, worldBuiltMs: worldMs };
      for (const k of ['phase', 'renderer', 'counts']) summary[k] = runs[0]![k];
      for (const k of numeric) summary[k] = median(runs.map((r) => r[k] as number));
      rows.push(summary);
      console.log(JSON.stringify(summary, null, 2));
    }
  } finally {
    await browser.close();
  }
  console.log(`\nweb-bench (median of ${args.runs} runs each, default view, renderer=${args.renderer}):`);
  console.log('parties  events     load  layout  ready  first frame  zoom frame  tap→panel  nodes  edges');
  for (const r of rows) {
    const c = (k: string, w: number) => String(r[k]).padStart(w);
    console.log(
      `${c('parties', 7)} ${c('events', 7)} ${c('dataLoadedMs', 7)} ${c('layoutMs', 7)} ${c('readyMs', 6)} ${c('firstFrameMs', 12)} ${c('zoomFrameMedianMs', 11)} ${c('tapToPanelMs', 10)} ${c('nodes', 6)} ${c('edges', 6)}   (ms)`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
