import { describe, expect, it } from 'vitest';
import { checkSearchText } from '../../api/services/limits.js';
import { escapeLucene, luceneQuery, searchStatement } from '../../core/cypher/index.js';

describe('escapeLucene', () => {
  it('escapes every character Lucene reads as syntax', () => {
    expect(escapeLucene('a+b-c&&d||e!f(g)h{i}j[k]l^m"n~o*p?q:r\\s/t')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!f\\(g\\)h\\{i\\}j\\[k\\]l\\^m\\"n\\~o\\*p\\?q\\:r\\\\s\\/t',
    );
  });

  it('leaves letters, digits and accents alone', () => {
    expect(escapeLucene('Shia’ al Sudani 2024 Zoë')).toBe('Shia’ al Sudani 2024 Zoë');
  });
});

describe('luceneQuery', () => {
  it('matches each word as itself or as a prefix', () => {
    expect(luceneQuery('Sabrina Singh')).toBe('(sabrina OR sabrina*) (singh OR singh*)');
  });

  it('turns operators typed by the user into plain words', () => {
    expect(luceneQuery('Iraq AND NOT US')).toBe('(iraq OR iraq*) (and OR and*) (not OR not*) (us OR us*)');
    expect(luceneQuery('al-Sudani "PM"')).toBe('(al\\-sudani OR al\\-sudani*) (\\"pm\\" OR \\"pm\\"*)');
  });

  it('gives no query for blank text', () => {
    expect(luceneQuery('   \n\t')).toBeNull();
  });
});

describe('searchStatement', () => {
  it('passes the user text only as a parameter', () => {
    const s = searchStatement(luceneQuery("x') RETURN 1 //") as string, ['Person'], 10);
    expect(s.cypher).not.toContain('RETURN 1 //');
    expect(s.params).toMatchObject({ index: 'node_search', kinds: ['Person'] });
    expect(String(s.params?.first)).toBe('10');
  });

  it('decodes each row into a typed hit', () => {
    const s = searchStatement('x', null, 1);
    const hit = s.decode?.({
      node: [['Person', 'Party', 'Node'], { id: 'sabrina-singh', name: 'Sabrina Singh', type: 'Person' }],
      score: 2.5,
    });
    expect(hit).toMatchObject({ node: { id: 'sabrina-singh', type: 'Person' }, score: 2.5 });
    expect(() => s.decode?.({ node: null, score: 'high' })).toThrow();
  });
});

describe('checkSearchText', () => {
  it('accepts ordinary text and Lucene syntax, refuses too many or too long words, naming the limit', () => {
    expect(checkSearchText('militia AND (groups) ~2')).toBe('militia AND (groups) ~2');
    expect(() => checkSearchText(Array.from({ length: 101 }, () => 'a').join(' '))).toThrowError(/searchWords/);
    expect(() => checkSearchText('x'.repeat(201))).toThrowError(/searchWordLength/);
    expect(() => checkSearchText('a\u0001b')).toThrowError(/control characters/);
  });
});
