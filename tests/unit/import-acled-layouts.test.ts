import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatRejected } from '../../graph-seed/commands/import.command.js';
import { importAcled, importAcledText } from '../../graph-seed/import/acled.js';
import { inferDateOrder, parseAcledDay } from '../../graph-seed/import/acled-dates.js';
import { detectDelimiter } from '../../graph-seed/import/csv-parse.js';
import { decodeText } from '../../graph-seed/import/text-input.js';
import { formatValidationErrors, validateDocument } from '../../graph-seed/validate/index.js';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'graph-seed',
  'fixtures',
  'acled',
);
const fixture = (name: string) => path.join(FIXTURES, name);

describe('ACLED exports in every published layout', () => {
  it('reads the 2016-era layout: upper-case header, unnamed first column, ally actors, old event types', async () => {
    const result = await importAcled(fixture('acled-2016-era.csv'));
    expect(result.rejected).toEqual([]);
    expect(result.layout).toBe('2016');
    const byId = new Map(result.document.events.map((e) => [e.id, e]));
    expect(byId.get('acled-event-irq96001')).toMatchObject({ type: 'Attack', date: { value: '2016-05-23' } });
    // Riots/Protests by protesters is a protest: a statement, with no hostility inferred.
    expect(byId.get('acled-event-irq96002')?.type).toBe('Statement');
    // 04/05/2016 is read day first, because 23/05/2016 in the same file shows the order.
    expect(byId.get('acled-event-irq96002')?.date?.value).toBe('2016-05-04');
    expect(byId.get('acled-event-irq96003')?.date).toMatchObject({
      precision: 'PERIOD',
      value: 'week around 2016-06-12',
    });
    const ally = result.document.relationships.find(
      (r) => r.to === 'acled-event-irq96001' && r.type === 'PARTICIPATED_IN',
    );
    expect(ally?.from).toBe('popular-mobilization-forces');
    expect(validateDocument(result.document).errors).toEqual([]);
  });

  it('reads the 2019–2020 layout saved by a spreadsheet with semicolons and a byte-order mark', async () => {
    const result = await importAcled(fixture('acled-2019-2020-semicolon.csv'));
    expect(result.rejected).toEqual([]);
    expect(result.layout).toBe('2019-2020');
    expect(result.document.events.map((e) => e.date?.value)).toEqual(['2020-05-09', '2020-05-13', '2020-05-20']);
    expect(result.document.events[0]).toMatchObject({ type: 'Strike', sourceScale: 'International', fatalities: 2 });
    const karbala = result.document.places.find((p) => p.name === 'Karbala');
    expect(karbala).toMatchObject({ kind: 'CITY', latitude: 32.616, longitude: 44.0249, admin1: 'Karbala' });
  });

  it('reads the current layout and keeps civilian targeting, tags and the source scale on the event', async () => {
    const result = await importAcled(fixture('acled-2024.csv'));
    expect(result.rejected).toEqual([]);
    const mosul = result.document.events.find((e) => e.id === 'acled-event-irq98002');
    expect(mosul).toMatchObject({ civilianTargeting: true, sourceScale: 'National', fatalities: 1 });
    const protests = await importAcled(fixture('acled-2024-protests-no-actor2.csv'));
    expect(protests.rejected).toEqual([]);
    expect(protests.document.events[0]?.tags).toEqual(['crowd size=around 300']);
    expect(protests.document.events[1]?.date).toMatchObject({ precision: 'MONTH', value: '2024-02' });
  });

  it('reads dates re-saved by spreadsheets: 9-May-20, 31-12-19, and 05-06-19 in the order the file shows', async () => {
    const result = await importAcled(fixture('acled-spreadsheet-dates.csv'));
    expect(result.rejected).toEqual([]);
    expect(result.document.events.map((e) => e.date?.value)).toEqual(['2020-05-09', '2019-12-31', '2019-06-05']);
  });

  it('gives every fixture a document the seed validator accepts', async () => {
    for (const name of ['acled-2016-era.csv', 'acled-2019-2020-semicolon.csv', 'acled-2024.csv']) {
      const { document } = await importAcled(fixture(name));
      const { errors } = validateDocument(document, name);
      expect(errors, formatValidationErrors(errors)).toEqual([]);
    }
  });
});

describe('ACLED dates', () => {
  it.each([
    ['2020-05-09', '2020-05-09'],
    ['09 May 2020', '2020-05-09'],
    ['9 May 2020', '2020-05-09'],
    ['9-May-2020', '2020-05-09'],
    ['9-May-20', '2020-05-09'],
    ['31-12-19', '2019-12-31'],
    ['12/31/2019', '2019-12-31'],
    ['31/12/1997', '1997-12-31'],
    ['07-07-20', '2020-07-07'],
  ])('reads %s as %s', (text, day) => {
    expect(parseAcledDay(text)).toEqual({ day });
  });

  it('refuses a date whose day and month could be swapped, saying both readings and how to settle it', () => {
    const parsed = parseAcledDay('05-06-19');
    expect(parsed).toEqual({ problem: expect.stringContaining('2019-06-05 (day first) or 2019-05-06 (month first)') });
    expect('problem' in parsed && parsed.problem).toContain('--date-order');
    expect(parseAcledDay('05-06-19', 'mdy')).toEqual({ day: '2019-05-06' });
  });

  it('learns the order from the file, and notices a file that mixes both', () => {
    expect(inferDateOrder(['05-06-19', '31-12-19'])).toBe('dmy');
    expect(inferDateOrder(['05-06-19', '12-31-19'])).toBe('mdy');
    expect(inferDateOrder(['31-12-19', '12-31-19'])).toBe('mixed');
    expect(inferDateOrder(['2019-12-31'])).toBeNull();
  });

  it('rejects an ambiguous date row by line, column and value', () => {
    const text =
      'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,country,location,notes\nIRQ1,05-06-19,1,Protests,Peaceful protest,Protesters (Iraq),Iraq,Basra,A protest.\n';
    const result = importAcledText({ file: 'dates.csv', text });
    expect(result.rejected).toEqual([
      {
        file: 'dates.csv',
        line: 2,
        path: 'event_date',
        value: '05-06-19',
        message: expect.stringContaining('ambiguous'),
      },
    ]);
    expect(importAcledText({ file: 'dates.csv', text }, { dateOrder: 'dmy' }).rejected).toEqual([]);
  });
});

describe('ACLED error reports', () => {
  const HEADER =
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,location,notes,fatalities';

  it('names the line, the column, the value and what was expected, and counts rows rather than problems', () => {
    const text = [
      HEADER,
      'IRQ1,2024-02-30,1,Battles,Armed clash,A,B,Iraq,Kirkuk,Clash.,x',
      'IRQ2,2024-01-02,9,Battles,Armed clash,A,B,Iraq,Kirkuk,Clash.,0',
      'IRQ3,2024-01-03,1,Battles,Armed clash,A,B,Iraq,Kirkuk,Clash.,0',
    ].join('\n');
    const result = importAcledText({ file: 'x.csv', text });
    expect(result.rejectedRows).toBe(2);
    expect(result.rejected).toHaveLength(3);
    const report = formatRejected(result.rejected).split('\n');
    expect(report[0]).toMatch(/^x\.csv:2 event_date "2024-02-30": .+/);
    expect(report[1]).toBe('x.csv:2 fatalities "x": expected a whole number of 0 or more');
    expect(report[2]).toBe('x.csv:3 time_precision "9": expected 1 (day), 2 (week) or 3 (month)');
  });

  it('reports a file that is not an ACLED export in one line, whatever its number of rows', () => {
    const text = ['id;name;when', ...Array.from({ length: 20 }, (_, i) => `${i};n;2024-01-01`)].join('\n');
    const result = importAcledText({ file: 'other.csv', text });
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.message).toMatch(/^not an ACLED export: missing columns event_id_cnty, event_date/);
  });

  it('finds the delimiter and reads UTF-16 with a byte-order mark', () => {
    expect(detectDelimiter('a;b;"c;d"\n1;2;3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('\ufeffa,b;c,d')).toBe(',');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('event_id_cnty\tnotes\nX1\tÉté', 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text: 'event_id_cnty\tnotes\nX1\tÉté', encoding: 'utf-16le' });
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9])).text).toBe('café');
    expect(readFileSync(fixture('acled-2019-2020-semicolon.csv'))[0]).toBe(0xef);
  });
});
