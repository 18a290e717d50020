import { describe, expect, it } from 'vitest';
import { buildTies, type Contributions, parseTieId, tieId } from '../../api/services/actor-network-ties.js';
import { signedEvidenceQueries, signedTies } from '../../api/services/analysis.service.js';
import {
  actorPartiesStatement,
  directTiesStatement,
  eventTiesStatement,
  overlaps,
  representationStatement,
  sharedMembershipStatement,
  tieEvidenceStatement,
} from '../../core/cypher/index.js';

const ALL_TIME = { from: null, to: null };

describe('actor-network statements', () => {
  it('counts each event once per perpetrator and target, in the window', () => {
    const s = eventTiesStatement({ from: '2020-01-01', to: '2020-12-31' });
    expect(s.cypher).toContain('MATCH (a:Party)-[:CARRIED_OUT]->(e:Event)-[:TARGETED|KILLED]->(b:Party)');
    expect(s.cypher).toContain('WITH DISTINCT a, b, e');
    expect(s.cypher).toContain(
      '(e.dateStart IS NULL OR (coalesce(e.dateEnd, e.dateStart) >= date($from) AND e.dateStart <= date($to)))',
    );
    expect(s.params).toEqual({ from: '2020-01-01', to: '2020-12-31' });
  });

  it('has no date condition for all time', () => {
    expect(overlaps('r', ALL_TIME)).toBe('true');
    expect(eventTiesStatement(ALL_TIME).params).toEqual({});
  });

  it('tells derived relationships apart, so that those restating events can be left out', () => {
    const s = directTiesStatement(ALL_TIME);
    expect(s.cypher).toContain("coalesce(r.status, 'STATED') = 'DERIVED' AS derived");
    const e = tieEvidenceStatement(
      [{ key: '0', from: 'a', to: 'b', events: true, direct: ['OPPOSES'], chains: false, shared: false }],
      ALL_TIME,
    );
    expect(e.cypher).toContain(
      "(coalesce(r.status, 'STATED') <> 'DERIVED' OR NOT EXISTS { (a)-[:CARRIED_OUT]->(:Event)-[:TARGETED|KILLED]->(b) })",
    );
    expect(s.cypher).toContain('-[r:OPPOSES|CONDEMNED|DEMANDS|KILLED|SUPPORTS|REPRESENTS|MEMBER_OF|PART_OF]->');
  });

  it('collapses chains of representation to the party at their end', () => {
    const s = representationStatement(ALL_TIME);
    expect(s.cypher).toContain('-[:REPRESENTS|MEMBER_OF|PART_OF*1..3]->(b:Party)');
    expect(s.cypher).toContain('(length(p) = 1 OR NOT EXISTS { (b)-[:REPRESENTS|MEMBER_OF|PART_OF]->(:Party) })');
  });

  it('decodes rows and names a malformed column', () => {
    const s = eventTiesStatement(ALL_TIME);
    const row = s.decode?.({
      from: 'a',
      to: 'b',
      kind: 'Attack',
      count: 2,
      firstDate: '2020-01-01',
      lastDate: null,
      fatalities: 3,
      fatalitiesKnown: 1,
    });
    expect(row).toMatchObject({ from: 'a', kind: 'Attack', count: 2, lastDate: null, fatalities: 3 });
    expect(() => s.decode?.({ from: 'a', to: 'b', kind: 'Attack', count: 'two' })).toThrow(/column count/);
  });

  it('passes every value as a parameter', () => {
    const ids = ["x' OR 1=1 //", 'b'];
    const s = actorPartiesStatement(ids);
    expect(s.cypher).not.toContain('OR 1=1');
    expect(s.params?.ids).toEqual(ids);
    const e = tieEvidenceStatement(
      [
        {
          key: '0',
          from: 'a',
          to: "b'}) DETACH DELETE n",
          events: true,
          direct: ['OPPOSES'],
          chains: false,
          shared: false,
        },
      ],
      ALL_TIME,
    );
    expect(e.cypher).not.toContain('DETACH DELETE');
    const m = sharedMembershipStatement(ALL_TIME, 200);
    expect(Number(m.params?.maxMembers)).toBe(200);
  });
});

const contributions: Contributions = {
  events: [
    {
      from: 'a',
      to: 'b',
      kind: 'Attack',
      count: 3,
      firstDate: '2020-01-01',
      lastDate: '2020-03-01',
      fatalities: 5,
      fatalitiesKnown: 2,
    },
    {
      from: 'a',
      to: 'b',
      kind: 'Strike',
      count: 1,
      firstDate: '2021-01-01',
      lastDate: '2021-01-01',
      fatalities: 0,
      fatalitiesKnown: 0,
    },
    {
      from: 'b',
      to: 'a',
      kind: 'Attack',
      count: 1,
      firstDate: null,
      lastDate: null,
      fatalities: 0,
      fatalitiesKnown: 0,
    },
  ],
  direct: [
    { from: 'a', to: 'b', kind: 'OPPOSES', count: 1, firstDate: null, lastDate: null, roles: [], derived: false },
    { from: 'a', to: 'c', kind: 'SUPPORTS', count: 1, firstDate: null, lastDate: null, roles: [], derived: false },
    { from: 'b', to: 'c', kind: 'CONDEMNED', count: 1, firstDate: null, lastDate: null, roles: [], derived: false },
    { from: 'c', to: 'b', kind: 'SUPPORTS', count: 2, firstDate: null, lastDate: null, roles: [], derived: false },
  ],
  chains: [
    {
      from: 'p',
      to: 'c',
      chains: 1,
      relationships: [
        { id: 'p:REPRESENTS:o', type: 'REPRESENTS' },
        { id: 'o:PART_OF:c', type: 'PART_OF' },
      ],
      roles: ['spokesperson'],
      firstDate: '2019-01-01',
      lastDate: null,
    },
  ],
};

describe('actor ties', () => {
  it('add up the events and relationships behind them, by kind', () => {
    const ties = buildTies(contributions, 'OPPOSITION', ALL_TIME);
    const ab = ties.find((t) => t.id === 'a|OPPOSITION|b');
    expect(ab).toMatchObject({
      total: 5,
      weight: 5,
      firstDate: '2020-01-01',
      lastDate: '2021-01-01',
      fatalities: 5,
      counts: [
        { kind: 'Attack', count: 3 },
        { kind: 'OPPOSES', count: 1 },
        { kind: 'Strike', count: 1 },
      ],
    });
    // No event of b → a gives a figure: unknown, not zero.
    expect(ties.find((t) => t.id === 'b|OPPOSITION|a')?.fatalities).toBeNull();
    // SUPPORTS is not opposition.
    expect(ties.find((t) => t.id === 'a|OPPOSITION|c')).toBeUndefined();
  });

  it('collapse representation chains with their roles', () => {
    const [tie] = buildTies(contributions, 'REPRESENTATION', ALL_TIME);
    expect(tie).toMatchObject({ id: 'p|REPRESENTATION|c', total: 2, roles: ['spokesperson'] });
  });

  it('have ids that parse back', () => {
    expect(parseTieId(tieId('a-b', 'OPPOSITION', 'c'))).toEqual({ fromId: 'a-b', kind: 'OPPOSITION', toId: 'c' });
    expect(parseTieId('a|FRIENDS|b')).toBeNull();
    expect(parseTieId('a|OPPOSITION')).toBeNull();
  });
});

describe('the sign rule', () => {
  const ties = signedTies(contributions, [{ a: 'a', b: 'c', count: 1 }], ALL_TIME);
  const byId = new Map(ties.map((t) => [t.id, t]));

  it('counts hostile evidence in both directions as one undirected tie', () => {
    expect(byId.get('a|SIGNED|b')).toMatchObject({ sign: -1, positive: 0, negative: 6 });
  });

  it('counts support and shared coalitions as friendly', () => {
    expect(byId.get('a|SIGNED|c')).toMatchObject({ sign: 1, positive: 2, negative: 0 });
  });

  it('keeps both counts of a mixed tie and its net sign', () => {
    expect(byId.get('b|SIGNED|c')).toMatchObject({ sign: 1, positive: 2, negative: 1 });
  });

  it('gathers the evidence of both directions', () => {
    const queries = signedEvidenceQueries(byId.get('b|SIGNED|c') as (typeof ties)[number]);
    expect(queries.map((q) => [q.from, q.to])).toEqual([
      ['b', 'c'],
      ['c', 'b'],
    ]);
  });
});

describe('analysis limits', () => {
  it('turn a network over a size limit into QUERY_TOO_COMPLEX naming the limit', async () => {
    const { AnalysisLimitError } = await import('../../analysis/index.js');
    const { guarded } = await import('../../api/services/analysis.service.js');
    const error = await guarded(() => {
      throw new AnalysisLimitError('maxTies', 600_000, 500_000);
    }).catch((e: unknown) => e as { extensions?: Record<string, unknown>; message: string });
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxTies', max: 500_000 });
    expect(error.message).toContain('600000 ties, at most 500000');
  });
});
