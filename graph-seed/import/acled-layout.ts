/**
 * The layouts ACLED has published since 2016, read through one set of column names. 2016-era files
 * (upper-case headers, an unnamed first column of row numbers, `ally_actor_1`, no
 * `sub_event_type`, event types such as "Riots/Protests" and "Battle-No change of territory"),
 * 2019–2020 files (`data_id`, `iso`, `event_id_no_cnty`, `geo_precision`, `iso3`) and current ones
 * (`disorder_type`, `civilian_targeting`, worded `inter1`, `tags`; protest extracts without
 * `actor2`) all become the same rows.
 */
import type { CsvRow } from './csv-parse.js';

export type AcledLayout = '2016' | '2019-2020' | 'current';

/** Columns an ACLED file must have, in any layout. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country', 'notes'] as const;

/** Older names of the columns the importer reads. */
const RENAMED: Record<string, string> = { ally_actor_1: 'assoc_actor_1', ally_actor_2: 'assoc_actor_2' };

/** The layout a header belongs to (for the summary line and error messages). */
export function acledLayout(columns: readonly string[]): AcledLayout {
  if (columns.includes('ally_actor_1') || !columns.includes('sub_event_type')) return '2016';
  if (columns.includes('data_id') || columns.includes('iso3') || columns.includes('event_id_no_cnty'))
    return '2019-2020';
  return 'current';
}

/** The header's columns under their current names. */
export function currentColumns(columns: readonly string[]): string[] {
  return columns.map((c) => RENAMED[c] ?? c);
}

/** A row with its columns under their current names. */
export function currentRow(row: CsvRow): CsvRow {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.values)) values[RENAMED[k] ?? k] = v;
  return { line: row.line, values };
}

/**
 * An event type as ACLED spells it today, with its sub-event type. 2016-era types name the
 * outcome of a battle in the type itself and share one type for riots and protests, told apart
 * here by the actor (ACLED names rioters "Rioters (X)").
 */
export function currentEventType(
  eventType: string,
  subEventType: string,
  actor1: string,
): { eventType: string; subEventType: string } {
  const t = eventType.trim();
  const lower = t.toLowerCase();
  if (lower.startsWith('battle-') || lower.startsWith('battle -')) {
    return { eventType: 'Battles', subEventType: subEventType || t.replace(/^battle\s*-\s*/i, '') };
  }
  if (lower === 'riots/protests') {
    return /^rioters\b/i.test(actor1.trim())
      ? { eventType: 'Riots', subEventType: subEventType || 'Violent demonstration' }
      : { eventType: 'Protests', subEventType: subEventType || 'Peaceful protest' };
  }
  if (lower === 'remote violence') return { eventType: 'Explosions/Remote violence', subEventType };
  if (lower === 'strategic development') return { eventType: 'Strategic developments', subEventType };
  if (lower === 'headquarters or base established' || lower === 'non-violent transfer of territory') {
    return { eventType: 'Strategic developments', subEventType: t };
  }
  return { eventType: t, subEventType };
}
