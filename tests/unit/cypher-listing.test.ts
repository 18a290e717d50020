import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../api/services/cursor.js';
import {
  eventsPageStatement,
  NO_DERIVATIONS,
  NO_FOLD,
  PARTY_SORT_SPECS,
  partiesPageStatement,
  wholeNode,
  wholeRelationship,
} from '../../core/cypher/index.js';

describe('partiesPageStatement', () => {
  it('puts filter values in parameters, never in the Cypher text', () => {
    const s = partiesPageStatement(
      { types: ['Person'], kinds: ['MILITIA'], country: 'iraq', text: " Sing'h " },
      'NAME_ASC',
      null,
      21,
    );
    expect(s.cypher).not.toContain('iraq');
    expect(s.cypher).not.toContain("sing'h");
    expect(s.params).toMatchObject({ types: ['Person'], kinds: ['MILITIA'], country: 'iraq', text: "sing'h" });
    expect(String(s.params?.limit)).toBe('21');
  });

  it('adds only the conditions that were asked for', () => {
    const s = partiesPageStatement({}, 'CONNECTIONS_DESC', null, 5);
    expect(s.cypher).not.toContain('WHERE');
    expect(Object.keys(s.params ?? {})).toEqual(['limit']);
    // By name, the only condition is the one that lets the planner read the name index in order.
    const byName = partiesPageStatement({}, 'NAME_ASC', null, 5);
    expect(byName.cypher.match(/WHERE .*/g)).toEqual(['WHERE n.nameKey IS NOT NULL']);
  });

  it('seeks into the name index after a cursor, in either direction', () => {
    expect(partiesPageStatement({}, 'NAME_ASC', { key: 'm', id: 'x' }, 5).cypher).toContain(
      'n.nameKey IS NOT NULL\n  AND n.nameKey >= $afterKey',
    );
    expect(partiesPageStatement({}, 'NAME_DESC', { key: 'm', id: 'x' }, 5).cypher).toContain('n.nameKey <= $afterKey');
  });

  it("continues after the cursor's key and id, in the sort direction", () => {
    const asc = partiesPageStatement({}, 'NAME_ASC', { key: 'm', id: 'x' }, 5);
    expect(asc.cypher).toContain('sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)');
    expect(asc.cypher).toContain('ORDER BY sortKey ASC, n.id ASC');
    const desc = partiesPageStatement({}, 'CONNECTIONS_DESC', { key: '0000000003', id: 'x' }, 5);
    expect(desc.cypher).toContain('sortKey < $afterKey OR (sortKey = $afterKey AND n.id < $afterId)');
    expect(desc.cypher).toContain(PARTY_SORT_SPECS.CONNECTIONS_DESC.key);
    expect(desc.params).toMatchObject({ afterKey: '0000000003', afterId: 'x' });
  });

  it('uses no OFFSET (keyset paging)', () => {
    expect(partiesPageStatement({}, 'NAME_DESC', { key: 'a', id: 'b' }, 5).cypher).not.toMatch(/SKIP|OFFSET/);
  });
});

describe('eventsPageStatement', () => {
  it('treats open periods as ongoing when filtering by date', () => {
    const s = eventsPageStatement({ from: '2024-01-01', to: '2024-01-31' }, 'DATE_DESC', null, 5);
    expect(s.cypher).toContain('n.dateEnd IS NULL OR n.dateEnd >= date($from)');
    expect(s.cypher).toContain('n.dateStart <= date($to)');
    expect(s.params).toMatchObject({ from: '2024-01-01', to: '2024-01-31' });
  });

  it('finds participants through any relationship, by parameter', () => {
    const s = eventsPageStatement({ participant: 'sabrina-singh' }, 'DATE_ASC', null, 5);
    expect(s.cypher).toContain('(:Party {id: $participant})');
    expect(s.params?.participant).toBe('sabrina-singh');
  });
});

describe('folded listings', () => {
  const fold = {
    country: true,
    place: false,
    slices: [
      {
        types: ['OPPOSES'] as const,
        direction: 'BOTH' as const,
        after: null,
        limit: 101,
        ends: true,
        sources: false,
        sourceTexts: false,
        relProps: null,
        otherProps: null,
        derived: NO_DERIVATIONS,
      },
    ],
    events: [],
  };
  // The same slice reading only the relationship's status and the other end's name and type.
  const projected = {
    ...fold,
    slices: fold.slices.map((slice) => ({
      ...slice,
      relProps: ['status'] as const,
      otherProps: ['name', 'type'] as const,
    })),
  };

  it('counts every match only when the total is asked for', () => {
    expect(partiesPageStatement({}, 'NAME_ASC', null, 5, { withTotal: false, fold: NO_FOLD }).cypher).not.toContain(
      'count(n)',
    );
    expect(partiesPageStatement({}, 'NAME_ASC', null, 5, { withTotal: true, fold: NO_FOLD }).cypher).toContain(
      'count(n)',
    );
  });

  it("fetches each party's relationships with their type in the pattern and their other ends, in the same statement", () => {
    const s = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold });
    expect(s.cypher).toContain('MATCH (n)-[r:OPPOSES]-(m)');
    expect(s.cypher).not.toContain('type(r) IN');
    // Each relationship comes back as a list: type, whether it starts at the owner, sort key, props, other end.
    expect(s.cypher).toContain(
      `[type(x[0]), startNode(x[0]) = n, x[2], ${wholeRelationship('x[0]')}, labels(x[1]), ${wholeNode('x[1]')}]`,
    );
    expect(s.cypher).toContain('(c:Place {id: n.country})');
    expect(s.params).toMatchObject({ slice0: { afterKey: null, afterId: null } });
    expect(String((s.params?.slice0 as { limit: unknown } | undefined)?.limit)).toBe('101');
  });

  it('returns only the stored properties a projected slice asks for, and whole records otherwise', () => {
    const s = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold: projected });
    expect(s.cypher).toContain('x[2], [x[0].id, x[0].status], labels(x[1]), [x[1].id, x[1].name, x[1].type]]');
    expect(s.cypher).not.toContain(wholeRelationship('x[0]'));
    expect(s.cypher).not.toContain(wholeNode('x[1]'));
    const whole = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold });
    expect(whole.cypher).toContain(wholeRelationship('x[0]'));
    expect(whole.cypher).toContain(wholeNode('x[1]'));
  });

  it('reads the listed nodes themselves in part when the fold says which properties they show', () => {
    const part = partiesPageStatement({}, 'NAME_ASC', null, 51, {
      withTotal: false,
      fold: { ...fold, nodeProps: ['type', 'name', 'title'] },
    });
    // Each page item is a list: the node, its sort key, then the fold's columns (country, slice0).
    expect(part.cypher).toContain('collect([[labels(n), [n.id, n.type, n.name, n.title]], sortKey, country, slice0])');
    const row = part.decode?.({
      total: null,
      page: [
        [
          [
            ['Person', 'Party', 'Node'],
            ['a', 'Person', 'A', null],
          ],
          'a',
          null,
          [0, 'a', [], [], [], []],
        ],
      ],
    });
    expect(row?.page[0]?.folded.node).toMatchObject({ id: 'a', type: 'Person', name: 'A' });
    const whole = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold });
    expect(whole.cypher).toContain(`collect([[labels(n), ${wholeNode('n')}], sortKey, country, slice0])`);
  });

  it("writes a fold's page text once, and another text for anything else its text depends on", () => {
    const options = { withTotal: false, fold };
    const first = partiesPageStatement({ country: 'a' }, 'NAME_ASC', null, 51, options);
    const again = partiesPageStatement({ country: 'b' }, 'NAME_ASC', null, 51, options);
    // The same text, with this request's values.
    expect(again.cypher).toBe(first.cypher);
    expect(again.params).toMatchObject({ country: 'b' });
    const others = [
      partiesPageStatement({ country: 'a' }, 'NAME_ASC', { key: 'm', id: 'x' }, 51, options),
      partiesPageStatement({ country: 'a' }, 'NAME_DESC', null, 51, options),
      partiesPageStatement({ country: 'a' }, 'CONNECTIONS_DESC', null, 51, options),
      partiesPageStatement({ country: 'a' }, 'NAME_ASC', null, 51, { withTotal: true, fold }),
      partiesPageStatement({}, 'NAME_ASC', null, 51, options),
      partiesPageStatement({ country: 'a' }, 'NAME_ASC', null, 51, { withTotal: false, fold: projected }),
      eventsPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold }),
    ].map((s) => s.cypher);
    expect(new Set([first.cypher, ...others]).size).toBe(others.length + 1);
    // Each is the text written afresh for it.
    expect(others[0]).toContain('$afterKey');
    expect(others[3]).toContain('count(n)');
    expect(others[4]).not.toContain('$country');
    expect(others[6]).toContain('MATCH (n:Event)');
  });

  it('sorts by the stored, indexed, normalised name key', () => {
    expect(PARTY_SORT_SPECS.NAME_ASC).toEqual({ key: 'n.nameKey', order: 'ASC', indexed: true });
  });

  it('decodes its rows into nodes with their folded slices', () => {
    const s = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold });
    const node = [['Organisation', 'Party', 'Node'], { id: 'a', name: 'A', type: 'Organisation' }];
    const other = { labels: ['Person', 'Party', 'Node'], props: { id: 'b', name: 'B', type: 'Person' } };
    // a -> b, and b -> a: the owner's id once, each relationship's direction as a flag.
    const out = ['OPPOSES', true, '2020-01-02', { id: 'a:OPPOSES:b', status: 'STATED' }, other.labels, other.props];
    const back = ['OPPOSES', false, '', { id: 'b:OPPOSES:a', status: 'STATED' }, other.labels, other.props];
    const row = s.decode?.({ total: null, page: [[node, 'a', null, [2, 'a', [out, back], [], [], []]]] });
    expect(row?.total).toBeNull();
    expect(row?.page[0]?.folded.node.id).toBe('a');
    const rels = row?.page[0]?.folded.slices[0]?.rels ?? [];
    expect(rels.map((r) => [r.rel.id, r.rel.from, r.rel.to, r.sortKey, r.other?.name])).toEqual([
      ['a:OPPOSES:b', 'a', 'b', '2020-01-02', 'B'],
      ['b:OPPOSES:a', 'b', 'a', '', 'B'],
    ]);
  });

  it('decodes projected values by position, and names the column of a row of the wrong shape', () => {
    const s = partiesPageStatement({}, 'NAME_ASC', null, 51, { withTotal: false, fold: projected });
    const node = [['Organisation', 'Party', 'Node'], { id: 'a', name: 'A', type: 'Organisation' }];
    const rel = ['OPPOSES', true, '', ['a:OPPOSES:b', 'STATED'], ['Person', 'Party', 'Node'], ['b', 'B', 'Person']];
    const page = (rels: unknown[]) => ({ total: null, page: [[node, 'a', null, [1, 'a', rels, [], [], []]]] });
    const decoded = s.decode?.(page([rel]) as never)?.page[0]?.folded.slices[0]?.rels[0];
    expect([decoded?.rel.id, decoded?.rel.status, decoded?.rel.to, decoded?.other?.name]).toEqual([
      'a:OPPOSES:b',
      'STATED',
      'b',
      'B',
    ]);
    expect(() => s.decode?.(page([rel.slice(0, 3).concat([['a:OPPOSES:b']], rel.slice(4))]) as never)).toThrow(
      /column props: expected 2 values \(id, status\), got 1/,
    );
    expect(() => s.decode?.(page([['OPPOSES', 'yes', ...rel.slice(2)]]) as never)).toThrow(/column outgoing/);
    // A part of the wrong shape is named with its place in the list it came in.
    expect(() => s.decode?.(page([rel, 'a:OPPOSES:c']) as never)).toThrow(/column rels\[1\]: expected a list/);
    expect(() => s.decode?.(page([[...rel.slice(0, 4), ['Person', 7], ...rel.slice(5)]]) as never)).toThrow(
      /column end0\[1\]: expected a string, got 7/,
    );
    expect(() => s.decode?.(page([[3, ...rel.slice(1)]]) as never)).toThrow(/column type: expected a string, got 3/);
  });
});

describe('cursors', () => {
  it('round-trip the sort key and id', () => {
    const cursor = encodeCursor({ key: 'sabrina singh', id: 'sabrina-singh' });
    expect(cursor).not.toContain('sabrina');
    expect(decodeCursor(cursor)).toEqual({ key: 'sabrina singh', id: 'sabrina-singh' });
  });

  it('reject anything else as BAD_USER_INPUT naming the argument', () => {
    for (const bad of [
      '',
      'abc',
      '!!!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad, 'after')).toThrowError(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }),
      );
    }
  });
});
