/**
 * The first article's graph as it lands in Neo4j: a reader's questions asked in Cypher, each
 * answered together with the sentence of the article that states it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database, Row } from '../../core/db/index.js';
import { loadSeedGraph, testDatabase } from '../support/neo4j.js';

const SOURCE = 'src-35d4d6e122a937a3';

let db: Database;
let articleText: string;

beforeAll(async () => {
  db = testDatabase();
  await loadSeedGraph(db);
  const [source] = await db.read({
    cypher: 'MATCH (s:Source {id: $id}) RETURN s.text AS text',
    params: { id: SOURCE },
  });
  articleText = String(source?.text ?? '');
});

function quotes(row: Row | undefined, key: string): string[] {
  const value = row?.[key];
  return Array.isArray(value) ? value.map(String) : [];
}

describe('the seed graph of "Sudani presides over Iraq-US meeting on coalition’s future"', () => {
  it("stores where every quote starts in the article's text", async () => {
    const rows = await db.read({
      cypher: `MATCH ()-[r]->() WHERE size(coalesce(r.evidenceQuotes, [])) > 0
        RETURN r.id AS id, r.evidenceQuotes AS quotes, r.evidenceOffsets AS offsets`,
    });
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.offsets, String(row.id)).toEqual(quotes(row, 'quotes').map((q) => articleText.indexOf(q)));
    }
  });

  it('holds the article text, published on 27 January 2024 by an unnamed outlet', async () => {
    const [source] = await db.read({
      cypher:
        'MATCH (s:Source {id: $id}) RETURN s.title AS title, s.outlet AS outlet, s.published AS published, s.publishedPrecision AS precision',
      params: { id: SOURCE },
    });
    expect(source).toEqual({
      title: 'Sudani presides over Iraq-US meeting on coalition’s future',
      outlet: null,
      published: '2024-01-27',
      precision: 'DAY',
    });
    expect(articleText).toContain('Prime Minister Mohammed Shia’ al-Sudani on Saturday presided');
  });

  it('says Sabrina Singh speaks for the Pentagon and the United States, quoting the article', async () => {
    const rows = await db.read({
      cypher: `MATCH (p:Person {name: $name})-[r:REPRESENTS]->(o:Party)
               WHERE $source IN r.evidenceSources
               RETURN o.name AS party, r.role AS role, r.date AS date, r.datePrecision AS precision, r.evidenceQuotes AS quotes
               ORDER BY party`,
      params: { name: 'Sabrina Singh', source: SOURCE },
    });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      party: 'Pentagon',
      role: 'Deputy Pentagon Press Secretary',
      date: '2024-01-25',
      precision: 'DAY',
    });
    expect(quotes(rows[0], 'quotes')).toEqual(['Deputy Pentagon Press Secretary Sabrina Singh']);
    expect(rows[1]).toMatchObject({ party: 'United States', role: 'Deputy Pentagon Press Secretary' });
    expect(quotes(rows[1], 'quotes')).toContain(
      'what our future looks like together with Iraq in terms of our bilateral relationship',
    );
  });

  it('finds Iraqi militia groups behind the rocket and drone attacks on US forces since mid-October 2023', async () => {
    const rows = await db.read({
      cypher: `MATCH (g:Party)-[c:CARRIED_OUT]->(a:Attack)-[t:TARGETED]->(f:Party)
               WHERE $alias IN f.aliases AND $source IN c.evidenceSources
               RETURN g.name AS attacker, a.method AS method, a.date AS date, a.datePrecision AS precision,
                      a.dateFrom AS dateFrom, a.dateTo AS dateTo, c.evidenceQuotes AS carriedOut, t.evidenceQuotes AS targeted`,
      params: { alias: 'American troops', source: SOURCE },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      attacker: 'Iraqi militia groups',
      method: 'rocket and drone',
      date: 'since mid-October 2023',
      precision: 'PERIOD',
      dateFrom: '2023-10',
      dateTo: null,
    });
    expect(quotes(rows[0], 'carriedOut')).toEqual([
      'frequent rocket and drone attacks since mid-October by Iraqi militia groups',
    ]);
    expect(quotes(rows[0], 'targeted')).toEqual([
      'American troops in Iraq and Syria have been the targets of frequent rocket and drone attacks',
    ]);
  });

  it('finds Baghdad condemning the airstrikes Washington carried out', async () => {
    const rows = await db.read({
      cypher: `MATCH (us:Party)-[:CARRIED_OUT]->(s:Strike)<-[c:CONDEMNED]-(who:Party)
               WHERE $washington IN us.aliases AND $source IN c.evidenceSources
               RETURN who.name AS condemnedBy, who.aliases AS aliases, s.method AS method, c.evidenceQuotes AS quotes`,
      params: { washington: 'Washington', source: SOURCE },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ condemnedBy: 'Iraqi government', method: 'airstrike' });
    expect(quotes(rows[0], 'aliases')).toContain('Baghdad');
    expect(quotes(rows[0], 'quotes')).toEqual([
      'airstrikes that have been condemned by Baghdad as violations of Iraq’s sovereignty',
    ]);
  });

  it('finds the non-binding resolution the Iraqi parliament passed in January 2020', async () => {
    const rows = await db.read({
      cypher: `MATCH (p:Organisation {name: $parliament})-[r:PASSED]->(res:Resolution)
               WHERE res.dateStart <= date($monthEnd) AND res.dateEnd >= date($monthStart)
               RETURN res.name AS name, res.binding AS binding, res.resolutionKind AS kind,
                      res.date AS date, res.datePrecision AS precision, r.evidenceQuotes AS quotes`,
      params: { parliament: 'Iraqi parliament', monthStart: '2020-01-01', monthEnd: '2020-01-31' },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ binding: false, kind: 'RESOLUTION', date: '2020-01', precision: 'MONTH' });
    expect(quotes(rows[0], 'quotes')).toEqual([
      'the Iraqi parliament passed a non-binding resolution to expel all foreign forces',
    ]);
  });

  it('finds Soleimani and al-Muhandis killed in the assassination of early 2020, a period and not a day', async () => {
    const rows = await db.read({
      cypher: `MATCH (e:Event)-[k:KILLED]->(p:Person)
               WHERE e.datePrecision = $period AND e.date = $label AND $source IN k.evidenceSources
               OPTIONAL MATCH (by:Party)-[:CARRIED_OUT]->(e)
               RETURN p.name AS killed, e.name AS event, e.dateFrom AS dateFrom, by.name AS by, k.evidenceQuotes AS quotes
               ORDER BY killed`,
      params: { period: 'PERIOD', label: 'early 2020', source: SOURCE },
    });
    expect(rows.map((r) => r.killed)).toEqual(['Abu Mahdi al-Muhandis', 'Qasem Soleimani']);
    for (const row of rows) {
      expect(row).toMatchObject({
        event: 'Assassination of Qasem Soleimani and Abu Mahdi al-Muhandis',
        dateFrom: '2020-01',
        by: 'United States',
      });
      expect(quotes(row, 'quotes')[0]).toMatch(/^the assassination of Iranian commander Qasem Soleimani/);
    }
  });

  it('keeps every quote in the database an exact substring of its source’s text', async () => {
    const rows = await db.read({
      cypher: `MATCH ()-[r]->()
               WHERE size(coalesce(r.evidenceQuotes, [])) > 0
               UNWIND range(0, size(r.evidenceQuotes) - 1) AS i
               OPTIONAL MATCH (s:Source {id: r.evidenceSources[i]})
               RETURN r.id AS id, r.evidenceQuotes[i] AS quote, s.text AS text`,
    });
    const fromArticle = rows.filter((r) => r.text === articleText);
    expect(fromArticle.length).toBeGreaterThan(50);
    const misquoted = rows.filter((r) => typeof r.text !== 'string' || !r.text.includes(String(r.quote)));
    expect(misquoted.map((r) => `${r.id}: ${r.quote}`)).toEqual([]);
  });

  it('can explain every derived relationship by relationships that exist in the database', async () => {
    const rows = await db.read({
      cypher: `MATCH ()-[r]->()
               WHERE r.status = $derived
               UNWIND r.derivedFrom AS base
               OPTIONAL MATCH ()-[b {id: base}]->()
               RETURN r.id AS id, base, b IS NOT NULL AS found, b.status AS baseStatus`,
      params: { derived: 'DERIVED' },
    });
    expect(rows.map((r) => r.id)).toContain('iraqi-government:OPPOSES:united-states');
    expect(rows.filter((r) => r.found !== true).map((r) => `${r.id} <- ${r.base}`)).toEqual([]);
    const baghdad = rows.filter((r) => r.id === 'iraqi-government:OPPOSES:united-states').map((r) => r.base);
    expect(baghdad).toEqual(expect.arrayContaining(['iraqi-government:CONDEMNED:us-retaliatory-strikes']));
  });
});
