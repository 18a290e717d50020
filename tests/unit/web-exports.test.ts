import { describe, expect, it } from 'vitest';
import { toGexf } from '../../web/src/export/gexf.js';
import type { ExportGraph } from '../../web/src/export/graph-data.js';
import { toGraphML } from '../../web/src/export/graphml.js';
import { toSvg } from '../../web/src/export/svg.js';
import { overlaps } from '../../web/src/graph/model.js';

const graph: ExportGraph = {
  nodes: [
    {
      id: 'a-militia',
      label: 'Militia <A> & “friends”',
      type: 'Organisation',
      kind: 'MILITIA',
      date: null,
      dateStart: null,
      dateEnd: null,
      x: 0,
      y: 0,
      width: 38,
      height: 38,
    },
    {
      id: 'us',
      label: 'United States',
      type: 'Organisation',
      kind: 'STATE',
      date: null,
      dateStart: null,
      dateEnd: null,
      x: 200,
      y: 50,
      width: 38,
      height: 38,
    },
    {
      id: 'attack',
      label: 'Attack',
      type: 'Attack',
      kind: null,
      date: '2023-10',
      dateStart: '2023-10-01',
      dateEnd: '2023-10-31',
      x: 100,
      y: 150,
      width: 30,
      height: 30,
    },
  ],
  edges: [
    {
      id: 'a-militia:OPPOSES:us',
      source: 'a-militia',
      target: 'us',
      type: 'OPPOSES',
      typeLabel: 'opposes',
      status: 'DERIVED',
      role: null,
      note: 'From the attacks.',
      date: 'since mid-October 2023',
      dateStart: '2023-10-01',
      dateEnd: null,
      quotes: [],
      sources: [],
      sourceTitles: [],
      derivedFrom: ['a-militia:CARRIED_OUT:attack'],
    },
    {
      id: 'a-militia:CARRIED_OUT:attack',
      source: 'a-militia',
      target: 'attack',
      type: 'CARRIED_OUT',
      typeLabel: 'carried out',
      status: 'STATED',
      role: null,
      note: null,
      date: null,
      dateStart: null,
      dateEnd: null,
      quotes: ['“rocket & drone” <attacks>', 'second\nline'],
      sources: ['src-1', 'src-1'],
      sourceTitles: ['T', 'T'],
      derivedFrom: [],
    },
  ],
};

describe('GraphML export', () => {
  const xml = toGraphML(graph);
  it('declares the attributes it writes and has one element per node and edge', () => {
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
    expect(xml).toContain('<key id="e_quotes" for="edge" attr.name="quotes" attr.type="string"/>');
  });
  it('escapes markup in labels and quotes', () => {
    expect(xml).toContain('Militia &lt;A&gt; &amp; “friends”');
    expect(xml).toContain('“rocket &amp; drone” &lt;attacks&gt;');
    expect(xml).not.toContain('<attacks>');
  });
});

describe('GEXF export', () => {
  const xml = toGexf(graph, '2024-02-01');
  it('is a dynamic GEXF 1.3 graph with dates as start and end', () => {
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toMatch(/<edge id="a-militia:OPPOSES:us" [^>]*start="2023-10-01">/);
    expect(xml).toMatch(/<node id="attack" label="Attack" start="2023-10-01" end="2023-10-31">/);
  });
  it('keeps the line breaks inside quoted attribute values', () => {
    expect(xml).toContain('second&#10;line');
  });
});

describe('SVG export', () => {
  const svg = toSvg(graph);
  it('draws every node and edge, derived edges dashed', () => {
    expect(svg.match(/<g data-id=/g)).toHaveLength(3);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toMatch(/<line data-id="a-militia:OPPOSES:us"[^>]*stroke-dasharray="8 5"/);
  });
});

describe('date overlap', () => {
  const day = (first: string, last: string | null) => ({
    precision: 'PERIOD' as const,
    value: 'x',
    start: first,
    end: last,
    firstDay: first,
    lastDay: last,
  });
  it('keeps undated things, drops what ends before the range or starts after it', () => {
    expect(overlaps(null, '2024-01-01', '2024-01-31')).toBe(true);
    expect(overlaps(day('2020-01-01', '2020-04-30'), '2024-01-01', null)).toBe(false);
    expect(overlaps(day('2024-02-01', '2024-02-01'), null, '2024-01-31')).toBe(false);
    expect(overlaps(day('2023-10-01', null), '2024-01-01', '2024-01-31')).toBe(true);
  });
});
