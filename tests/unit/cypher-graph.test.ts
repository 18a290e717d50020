import { describe, expect, it } from 'vitest';
import { networkTypes } from '../../api/services/graph.service.js';
import {
  hops,
  NO_DERIVATIONS,
  neighbourhoodStatement,
  networkStatement,
  pathStatement,
  relationshipSlicesStatement,
  relationshipsByIdsStatement,
  typeAlternation,
  wholeNode,
} from '../../core/cypher/index.js';

describe('typeAlternation', () => {
  it('writes vocabulary types as a sorted alternation', () => {
    expect(typeAlternation(['TARGETED', 'OPPOSES', 'OPPOSES'])).toBe(':OPPOSES|TARGETED');
    expect(typeAlternation(null)).toBe('');
  });

  it('refuses anything outside the vocabulary', () => {
    expect(() => typeAlternation(['OPPOSES]->() DETACH DELETE n //'])).toThrow(/not a relationship type/);
    expect(() => typeAlternation([])).toThrow();
  });
});

describe('hops', () => {
  it('accepts small whole-number ranges only', () => {
    expect(hops(1, 3)).toBe('*1..3');
    expect(() => hops(1, 11)).toThrow();
    expect(() => hops(1, 2.5)).toThrow();
    expect(() => hops(3, 1)).toThrow();
  });
});

describe('network', () => {
  it("draws the kind's relationship types, intersected with `types`", () => {
    expect(networkTypes('REPRESENTATION', null)).toEqual(['REPRESENTS', 'MEMBER_OF', 'PART_OF']);
    expect(networkTypes('OPPOSITION', ['OPPOSES', 'REPRESENTS'])).toEqual(['OPPOSES']);
    expect(networkTypes('REPRESENTATION', ['OPPOSES'])).toEqual([]);
  });

  it('dates an undated edge by its event endpoint and keeps open and timeless edges', () => {
    const s = networkStatement({ types: ['OPPOSES', 'CARRIED_OUT'], from: '2024-01-01', to: '2024-02-01', limit: 10 });
    expect(s.cypher).toContain('-[r:CARRIED_OUT|OPPOSES]->');
    expect(s.cypher).toContain('WHEN a:Event AND a.dateStart IS NOT NULL THEN a.dateStart');
    expect(s.cypher).toContain(
      'WHERE spanStart IS NULL OR ((spanEnd IS NULL OR spanEnd >= date($from)) AND spanStart <= date($to))',
    );
    expect(s.params).toMatchObject({ from: '2024-01-01', to: '2024-02-01' });
  });

  it('has no date condition without dates', () => {
    const s = networkStatement({ types: ['OPPOSES'], from: null, to: null, limit: 10 });
    expect(s.cypher).not.toContain('$from');
    expect(s.cypher).not.toContain('$to');
  });

  it('keeps the most recent relationships first, then the best connected, never by id alone', () => {
    const s = networkStatement({ types: ['OPPOSES'], from: null, to: null, limit: 10 });
    expect(s.cypher).toContain('ORDER BY day DESC, degree DESC, r.id');
    expect(s.cypher).toContain('RETURN count(r) AS total');
    expect(s.cypher).not.toContain('$afterDay');
  });

  it('pages by keyset after the last position seen', () => {
    const s = networkStatement({
      types: ['OPPOSES'],
      from: null,
      to: null,
      limit: 10,
      after: { day: '2024-01-02', degree: 7, id: 'a:OPPOSES:b' },
    });
    expect(s.cypher).toContain(
      'WHERE day < $afterDay OR (day = $afterDay AND (degree < $afterDegree OR (degree = $afterDegree AND r.id > $afterId)))',
    );
    expect(s.params).toMatchObject({ afterDay: '2024-01-02', afterId: 'a:OPPOSES:b' });
    expect(Number(s.params?.afterDegree)).toBe(7);
  });

  it('decodes the total and the page, and names a malformed column', () => {
    const s = networkStatement({ types: ['OPPOSES'], from: null, to: null, limit: 10 });
    // Nodes as [labels, props], relationships as [type, from, to, props], edges as [rel, day, degree].
    const node = (id: string) => [['Organisation', 'Party', 'Node'], { id, name: id }];
    const row = s.decode?.({
      total: 3,
      edges: [[['OPPOSES', 'a', 'b', { id: 'a:OPPOSES:b' }], '', 2]],
      nodes: [node('a'), node('b')],
      tailNodes: [],
      tailRels: [],
    });
    expect(row?.total).toBe(3);
    expect(row?.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(row?.edges[0]?.position).toEqual({ day: '', degree: 2, id: 'a:OPPOSES:b' });
    expect(row?.edges[0]?.rel.type).toBe('OPPOSES');
    expect(row?.edges[0]?.rel).toMatchObject({ from: 'a', to: 'b' });
    expect(() => s.decode?.({ total: 'three', edges: [] })).toThrow(/column total/);
    expect(() => s.decode?.({ total: 3, edges: [[['OPPOSES', 'a', 'b', { id: 'x' }], '', 'two']], nodes: [] })).toThrow(
      /column degree/,
    );
  });
});

describe('drawn-graph projections', () => {
  it('reads only the stored properties the selection shows, and refuses any outside the drawn set', () => {
    const s = neighbourhoodStatement({
      id: 'x',
      depth: 1,
      types: null,
      limit: 5,
      projection: { nodeProps: ['type', 'name'], edgeProps: ['status'] },
    });
    expect(s.cypher).toContain('[labels(n), [n.id, n.type, n.name]]');
    expect(s.cypher).toContain('[type(r), startNode(r).id, endNode(r).id, [r.id, r.status]]');
    expect(s.cypher).not.toContain(wholeNode('n'));
    // The values come back by position and are decoded by the same keys.
    const decoded = s.decode?.({
      nodes: [
        [
          ['Organisation', 'Party', 'Node'],
          ['x', 'Organisation', 'X'],
        ],
      ],
      rels: [['OPPOSES', 'x', 'x', ['x:OPPOSES:x', 'STATED']]],
      totalNodes: 0,
      totalEdges: 1,
      tailNodes: [],
      tailRels: [],
    });
    expect(decoded?.nodes[0]).toMatchObject({ id: 'x', type: 'Organisation', name: 'X' });
    expect(decoded?.rels[0]).toMatchObject({ id: 'x:OPPOSES:x', status: 'STATED', from: 'x', to: 'x' });
    const full = neighbourhoodStatement({ id: 'x', depth: 1, types: null, limit: 5 });
    expect(full.cypher).toContain(wholeNode('n'));
    expect(() =>
      neighbourhoodStatement({
        id: 'x',
        depth: 1,
        types: null,
        limit: 5,
        projection: { nodeProps: ['text' as 'name'], edgeProps: null },
      }),
    ).toThrow(/not a drawn property/);
  });
});

describe('the graph tail', () => {
  it('fetches only what the selection asks of the edges, in the same statement', () => {
    const none = networkStatement({ types: ['OPPOSES'], from: null, to: null, limit: 10 }).cypher;
    expect(none).not.toContain('evidenceSources');
    expect(none).not.toContain('derivedFrom');
    const sources = networkStatement({
      types: ['OPPOSES'],
      from: null,
      to: null,
      limit: 10,
      tail: { sources: true, derived: false, derivedEnds: false, derivedSources: false, sourceTexts: false },
    }).cypher;
    expect(sources).toContain('UNWIND rs AS x');
    expect(sources).not.toContain('derivedFrom');
    const derived = pathStatement({
      from: 'a',
      to: 'b',
      types: null,
      maxLength: 3,
      all: true,
      maxPaths: 5,
      tail: { sources: false, derived: true, derivedEnds: true, derivedSources: true, sourceTexts: false },
    }).cypher;
    expect(derived).toContain('UNWIND coalesce(r.derivedFrom, []) AS did');
    expect(derived).toContain('UNWIND ds AS x');
    expect(derived).toContain('[d IN ds | startNode(d)]');
  });
});

describe('neighbourhoodStatement', () => {
  it('walks one layer per step, nearest first', () => {
    const s = neighbourhoodStatement({ id: 'x', depth: 3, types: ['REPRESENTS'], limit: 50 });
    // Distinct new neighbours of the layer before, never every path of length d.
    expect(s.cypher).not.toMatch(/\*\d\.\.\d/);
    expect(s.cypher).toContain('UNWIND layer2 AS a');
    expect(s.cypher).toContain('WITH *, [start] + layer1 + layer2 AS seen');
    expect(s.cypher).toContain('WHERE NOT m IN seen');
    expect(s.cypher).not.toContain('layer4');
    expect(s.cypher).toContain('ORDER BY d, degree DESC, m.id');
    expect(s.cypher).toContain('size(everything) - 1 AS totalNodes, totalEdges');
    expect(s.params?.id).toBe('x');
  });

  it('counts the relationships of the whole neighbourhood only when asked', () => {
    const s = neighbourhoodStatement({ id: 'x', depth: 2, types: null, limit: 50, countEdges: false });
    expect(s.cypher).not.toContain('count(DISTINCT r)');
    expect(s.cypher).toContain('null AS totalEdges');
    expect(s.decode?.({ nodes: [], rels: [], totalNodes: 0, totalEdges: null }).totalEdges).toBeNull();
  });
});

describe('pathStatement', () => {
  it('uses allShortestPaths or shortestPath within maxLength', () => {
    expect(pathStatement({ from: 'a', to: 'b', types: null, maxLength: 4, all: true, maxPaths: 5 }).cypher).toContain(
      'allShortestPaths((a)-[*1..4]-(b))',
    );
    expect(
      pathStatement({ from: 'a', to: 'b', types: ['OPPOSES'], maxLength: 2, all: false, maxPaths: 5 }).cypher,
    ).toContain('shortestPath((a)-[:OPPOSES*1..2]-(b))');
  });
});

describe('relationship statements', () => {
  it('looks relationships up by id with the type the id encodes, ignoring malformed ids', () => {
    const s = relationshipsByIdsStatement(['a:OPPOSES:b', 'c:OPPOSES:d', 'e:TARGETED:f', 'bogus', 'x:NOT_A_TYPE:y']);
    expect(s?.cypher).toContain('[r:OPPOSES {id: id}]');
    expect(s?.cypher).toContain('[r:TARGETED {id: id}]');
    expect(s?.cypher).not.toContain('NOT_A_TYPE');
    expect(s?.params).toEqual({ ids0: ['a:OPPOSES:b', 'c:OPPOSES:d'], ids1: ['e:TARGETED:f'] });
    expect(relationshipsByIdsStatement(['bogus'])).toBeNull();
  });

  it("batches many nodes' relationship slices into one statement, types in each branch's pattern", () => {
    const base = {
      after: null,
      limit: 11,
      ends: true,
      sources: false,
      sourceTexts: false,
      relProps: null,
      otherProps: null,
      derived: NO_DERIVATIONS,
    } as const;
    const s = relationshipSlicesStatement([
      { key: 'k1', id: 'a', slice: { ...base, types: ['REPRESENTS'], direction: 'OUT' } },
      { key: 'k2', id: 'b', slice: { ...base, types: ['REPRESENTS'], direction: 'OUT' } },
      { key: 'k3', id: 'c', slice: { ...base, types: null, direction: 'BOTH', after: { key: '2024-01-01', id: 'x' } } },
    ]);
    // Same shape, one branch; another shape, another branch with its own pattern.
    expect(s.cypher.match(/UNION ALL/g)).toHaveLength(1);
    expect(s.cypher).toContain('(n)-[r:REPRESENTS]->(m)');
    expect(s.cypher).toContain('(n)-[r]-(m)');
    expect(s.cypher).not.toContain('type(r) IN');
    const ids = (name: string) => ((s.params?.[name] ?? []) as { id: string }[]).map((k) => k.id);
    expect(ids('keys0')).toEqual(['a', 'b']);
    expect(ids('keys1')).toEqual(['c']);
  });
});
