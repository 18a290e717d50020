import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../api/services/cursor.js';
import { eventsPageStatement, PARTY_SORT_SPECS, partiesPageStatement } from '../../core/cypher/index.js';

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
    const s = partiesPageStatement({}, 'NAME_ASC', null, 5);
    expect(s.cypher).not.toContain('WHERE');
    expect(Object.keys(s.params ?? {})).toEqual(['limit']);
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
