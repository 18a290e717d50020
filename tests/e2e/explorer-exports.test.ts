import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../api/server.js';
import { ARTICLE_TEXT, launchBrowser, openExplorer, startApi, visible } from '../support/explorer.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const db = testDatabase();
  await loadSeedGraph(db);
  server = await startApi(db);
  browser = await launchBrowser();
  page = await openExplorer(browser, server.url, '?view=OPPOSITION');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function exported(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${button}"]`)]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(file!) };
}

interface ParsedXml {
  error: string | null;
  nodes: string[];
  edges: string[];
  attributes: Record<string, string[]>;
}

/** Parses XML with the browser's DOMParser and reads node and edge ids and one edge's data. */
function parseInPage(xml: string, format: 'graphml' | 'gexf', edgeId: string): Promise<ParsedXml> {
  return page.evaluate(
    ({ xml, format, edgeId }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const ids = (tag: string) => [...doc.getElementsByTagName(tag)].map((e) => e.getAttribute('id') ?? '');
      const edge = [...doc.getElementsByTagName('edge')].find((e) => e.getAttribute('id') === edgeId);
      const attributes: Record<string, string[]> = {};
      if (edge && format === 'graphml') {
        for (const data of edge.getElementsByTagName('data'))
          attributes[data.getAttribute('key')!] = [data.textContent ?? ''];
      }
      if (edge && format === 'gexf') {
        const titles = new Map(
          [...doc.querySelectorAll('attributes[class="edge"] attribute')].map((a) => [
            a.getAttribute('id'),
            a.getAttribute('title'),
          ]),
        );
        for (const v of edge.getElementsByTagName('attvalue'))
          attributes[titles.get(v.getAttribute('for'))!] = [v.getAttribute('value') ?? ''];
        attributes['@start'] = [edge.getAttribute('start') ?? ''];
        attributes['@end'] = [edge.getAttribute('end') ?? ''];
      }
      return { error, nodes: ids('node'), edges: ids('edge'), attributes };
    },
    { xml, format, edgeId },
  );
}

const STATED = 'militia-attacks-on-us-forces:TARGETED:us-forces';

describe('exports', () => {
  it('exports a PNG image of the graph', async () => {
    const { name, bytes } = await exported('export-png');
    expect(name).toBe('faultline-opposition.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(200);
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(200);
  });

  it('exports an SVG drawing with every visible node and edge', async () => {
    const { name, bytes } = await exported('export-svg');
    expect(name).toBe('faultline-opposition.svg');
    const shown = await visible(page);
    const drawn = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: doc.querySelectorAll('g.nodes > g').length,
        edges: doc.querySelectorAll('g.edges > line').length,
        dashed: doc.querySelectorAll('g.edges > line[stroke-dasharray="8 5"]').length,
        labels: [...doc.querySelectorAll('g.nodes text')].map((t) => t.textContent),
      };
    }, bytes.toString('utf8'));
    expect(drawn.error).toBeNull();
    expect(drawn.nodes).toBe(shown.nodes.length);
    expect(drawn.edges).toBe(shown.edges.length);
    expect(drawn.dashed).toBeGreaterThan(0);
    expect(drawn.labels).toContain('Iraqi militia groups');
  });

  it('exports Cytoscape JSON (.cyjs) with the elements and their evidence', async () => {
    const { name, bytes } = await exported('export-cyjs');
    expect(name).toBe('faultline-opposition.cyjs');
    const json = JSON.parse(bytes.toString('utf8')) as {
      elements: {
        nodes: { data: { id: string } }[];
        edges: { data: { id: string; quotes: string[]; type: string } }[];
      };
    };
    const shown = await visible(page);
    expect(json.elements.nodes.map((n) => n.data.id).sort()).toEqual(shown.nodes);
    const edge = json.elements.edges.find((e) => e.data.id === STATED)!;
    expect(edge.data.type).toBe('TARGETED');
    expect(edge.data.quotes.length).toBeGreaterThan(0);
    for (const quote of edge.data.quotes) expect(ARTICLE_TEXT).toContain(quote);
  });

  it('exports GraphML that parses, with the same nodes and edges, types, dates and quotes', async () => {
    const { name, bytes } = await exported('export-graphml');
    expect(name).toBe('faultline-opposition.graphml');
    const parsed = await parseInPage(bytes.toString('utf8'), 'graphml', STATED);
    const shown = await visible(page);
    expect(parsed.error).toBeNull();
    expect(parsed.nodes.sort()).toEqual(shown.nodes);
    expect(parsed.edges.sort()).toEqual(shown.edges);
    expect(parsed.attributes.e_type).toEqual(['TARGETED']);
    expect(parsed.attributes.e_status).toEqual(['STATED']);
    expect(parsed.attributes.e_dateStart?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ARTICLE_TEXT).toContain(parsed.attributes.e_quotes![0]!.split('\n\n')[0]);
  });

  it('exports GEXF 1.3 whose edges carry start and end dates for Gephi’s timeline', async () => {
    const { name, bytes } = await exported('export-gexf');
    expect(name).toBe('faultline-opposition.gexf');
    const xml = bytes.toString('utf8');
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    const parsed = await parseInPage(xml, 'gexf', STATED);
    const shown = await visible(page);
    expect(parsed.error).toBeNull();
    expect(parsed.nodes.sort()).toEqual(shown.nodes);
    expect(parsed.edges.sort()).toEqual(shown.edges);
    expect(parsed.attributes.type).toEqual(['TARGETED']);
    expect(parsed.attributes['@start']![0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ARTICLE_TEXT).toContain(parsed.attributes.quotes![0]!.split('\n\n')[0]);
  });
});
