/**
 * How the explorer copes with a big graph: builds web/, serves it with a stand-in /graphql that
 * answers with a synthetic network (2,000 nodes / 5,000 edges by default; no Neo4j needed),
 * opens it in headless Chromium and prints time to first draw, to layout done, and how long a
 * zoom frame and a node click take. A measurement script, not a test.
 *
 *   npx tsx tools/web-bench.ts [--nodes 2000] [--edges 5000] [--renderer canvas|webgl|auto] [--no-build]
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { ORGANISATION_KINDS, RELATIONSHIP_TYPES } from '../core/domain/vocabulary.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'web', 'dist');

const { values: args } = parseArgs({
  options: {
    nodes: { type: 'string', default: '2000' },
    edges: { type: 'string', default: '5000' },
    renderer: { type: 'string', default: 'auto' },
    'no-build': { type: 'boolean', default: false },
  },
});

/** A deterministic pseudo-random stream (mulberry32), so runs compare. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Clustered like news graphs: most edges stay within a community of ~40 nodes. */
function syntheticGraph(nodeCount: number, edgeCount: number) {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const types = [
    'Person',
    'Organisation',
    'Organisation',
    'Attack',
    'Strike',
    'Statement',
    'Meeting',
    'Place',
  ] as const;
  const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const date = () => {
    const d = day(Math.floor(next() * 1500));
    return { precision: 'DAY', value: d, start: d, end: d, firstDay: d, lastDay: d };
  };
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const type = pick(types);
    return {
      id: `n${i}`,
      type,
      label: `${type} ${i}`,
      kind: type === 'Organisation' ? pick(ORGANISATION_KINDS) : null,
      date: ['Attack', 'Strike', 'Statement', 'Meeting'].includes(type) ? date() : null,
    };
  });
  const edges = new Map<string, unknown>();
  const community = 40;
  while (edges.size < edgeCount) {
    const a = Math.floor(next() * nodeCount);
    const local = next() < 0.85;
    const b = local
      ? Math.min(nodeCount - 1, Math.floor(a / community) * community + Math.floor(next() * community))
      : Math.floor(next() * nodeCount);
    if (a === b) continue;
    const type = pick(RELATIONSHIP_TYPES);
    const id = `n${a}:${type}:n${b}`;
    edges.set(id, {
      id,
      type,
      from: `n${a}`,
      to: `n${b}`,
      status: next() < 0.15 ? 'DERIVED' : 'STATED',
      role: null,
      note: null,
      date: next() < 0.5 ? date() : null,
    });
  }
  return { nodes, edges: [...edges.values()] };
}

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
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    cy.zoom({ level: cy.zoom() * (i % 2 ? 0.8 : 1.25), renderedPosition: { x: 700, y: 450 } });
    await frame();
    zooms.push(performance.now() - t);
  }
  const t = performance.now();
  cy.nodes()[0].emit('tap');
  await frame();
  return {
    phase: document.body.dataset.phase,
    renderer: document.querySelector('[data-testid="graph"]').dataset.renderer,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    firstDrawMs: Math.round(mark('faultline:drawn')),
    layoutDoneMs: Math.round(mark('faultline:ready')),
    zoomFrameMedianMs: Math.round(zooms.sort((a, b) => a - b)[2]),
    tapToPanelMs: Math.round(performance.now() - t),
  };
})()`;

async function main(): Promise<void> {
  const nodeCount = Number(args.nodes);
  const edgeCount = Number(args.edges);
  if (!args['no-build']) await build({ configFile: path.join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
  const graph = syntheticGraph(nodeCount, edgeCount);
  const answers: Record<string, unknown> = {
    Network: { network: graph },
    DateRange: { dateRange: { first: '2020-01-01', last: '2024-02-08' } },
  };

  const server = http.createServer(async (req, res) => {
    if (req.url?.startsWith('/graphql')) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const name = /query\s+(\w+)/.exec(JSON.parse(body).query)?.[1] ?? '';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(answers[name] ? { data: answers[name] } : { errors: [{ message: `bench serves no ${name}` }] }),
      );
      return;
    }
    const file = req.url === '/' || req.url?.startsWith('/?') ? 'index.html' : req.url!.split('?')[0]!.slice(1);
    try {
      const bytes = readFileSync(path.join(DIST, path.normalize(file)));
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': type });
      res.end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const renderer = args.renderer === 'auto' ? '' : `&renderer=${args.renderer}`;
    const started = Date.now();
    await page.goto(`${base}/?view=ALL${renderer}`);
    await page.waitForFunction(() => ['ready', 'error', 'empty'].includes(document.body.dataset.phase ?? ''), null, {
      timeout: 600_000,
    });
    const wall = Date.now() - started;
    const result = (await page.evaluate(MEASURE)) as Record<string, unknown>;
    console.log(`web-bench: ${nodeCount} nodes / ${edgeCount} edges requested, renderer=${args.renderer}`);
    console.log(JSON.stringify({ ...result, pageLoadToReadyWallMs: wall }, null, 2));
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
