/**
 * Evidence offsets in storage: stored as a list parallel to the quotes, whole or not at all, and
 * read back only when that list lines up with the quotes.
 */
import { describe, expect, it } from 'vitest';
import { joinParts } from '../../core/cypher/parts.js';
import { statedRelationship } from '../../core/domain/records.js';
import {
  evidenceOffsets,
  relationshipFromProps,
  relationshipToProps,
  SOURCE_PROPS_WITHOUT_TEXT,
  sourceFromProps,
  sourceToProps,
} from '../../core/storage/properties.js';

const TEXT = '😀 one two; two three';
const texts = new Map([['s1', TEXT]]);
const rel = statedRelationship({
  type: 'OPPOSES',
  from: 'a',
  to: 'b',
  evidence: [
    { source: 's1', quote: 'two' },
    { source: 's1', quote: 'three' },
  ],
});

describe('evidence offsets in storage', () => {
  it('are the UTF-16 index of each quote when every cited text is known, else null', () => {
    expect(evidenceOffsets(rel.evidence, (id) => texts.get(id))).toEqual([TEXT.indexOf('two'), TEXT.indexOf('three')]);
    expect(evidenceOffsets([...rel.evidence, { source: 's2', quote: 'x' }], (id) => texts.get(id))).toBeNull();
    expect(evidenceOffsets([{ source: 's1', quote: 'absent' }], (id) => texts.get(id))).toBeNull();
    expect(relationshipToProps(rel).evidenceOffsets).toBeNull();
  });

  it('read back onto the evidence only when the list lines up with the quotes', () => {
    const props = relationshipToProps(rel, (id) => texts.get(id));
    const back = relationshipFromProps(props, 'OPPOSES', 'a', 'b');
    expect(back.evidence).toEqual([
      { source: 's1', quote: 'two', offset: 7 },
      { source: 's1', quote: 'three', offset: 16 },
    ]);
    const misaligned = relationshipFromProps({ ...props, evidenceOffsets: [7] }, 'OPPOSES', 'a', 'b');
    expect(misaligned.evidence).toEqual(rel.evidence);
  });

  it('leave a source read without its text holding every other field', () => {
    const source = {
      id: 's1',
      title: 'T',
      published: null,
      updated: '2024-01-02 10:00',
      outlet: 'Wire',
      url: 'https://example.org/a',
      text: TEXT,
    };
    const stored = sourceToProps(source);
    const without = Object.fromEntries(SOURCE_PROPS_WITHOUT_TEXT.map((k) => [k, stored[k] ?? null]));
    expect(sourceFromProps(without)).toEqual({ ...source, text: '' });
  });
});

describe('joinParts', () => {
  it("joins the rows' lists end to end and keeps the first row's scalars", () => {
    expect(joinParts([])).toBeUndefined();
    const one = { total: 3, edges: [1, 2] };
    expect(joinParts([one])).toBe(one);
    expect(
      joinParts([
        { total: 5, edges: [1, 2], nodes: ['a'] },
        { total: 5, edges: [3], nodes: [] },
        { total: 5, edges: [], nodes: ['b', 'c'] },
      ]),
    ).toEqual({ total: 5, edges: [1, 2, 3], nodes: ['a', 'b', 'c'] });
  });
});
