/**
 * How names are compared, and the naming conventions of ACLED's actor lists. A name is
 * normalised (case, accents, apostrophes, punctuation, a leading "the", a parenthesised span of
 * years) before it is compared with other names and aliases; the conventions say what an actor
 * name denotes: a state's armed forces or police, its government, an unidentified group, a category
 * of victims, or a named group qualified by its country.
 */

/** "Military Forces of the United States (2017-)" → "military forces of united states". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'`´ʼʻ]/g, '')
    .replace(/\(\s*\d{4}\s*-\s*(\d{4})?\s*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What an ACLED actor name denotes, by ACLED's naming conventions. */
export type ActorForm =
  | { form: 'state-force'; force: 'military' | 'police'; state: string; years: string | null; unit: string | null }
  | { form: 'government'; state: string }
  | { form: 'unidentified'; country: string | null }
  | { form: 'victims'; category: 'Civilians' | 'Protesters'; country: string | null }
  | { form: 'qualified'; base: string; qualifier: string }
  | { form: 'plain' };

const YEARS = String.raw`\((\d{4})\s*-\s*(\d{4})?\)`;
const FORCE_WITH_YEARS = new RegExp(String.raw`^(Military|Police) Forces of (.+?) ${YEARS}(?:\s+(.+))?$`, 'i');
const FORCE = /^(Military|Police) Forces of (.+)$/i;
const GOVERNMENT = new RegExp(`^Government of (.+?)(?: ${YEARS})?$`, 'i');
const UNIDENTIFIED = /^Unidentified\b.*?(?:\(([^()]+)\))?$/i;
const VICTIMS = /^(Civilians|Protesters)(?: \(([^()]+)\))?$/i;
const QUALIFIED = /^(.+?) \(([^()]+)\)$/;

/** "the United States" → "United States". */
function stateName(text: string): string {
  return text.trim().replace(/^the\s+/i, '');
}

/** Reads an ACLED actor name; names that follow no convention are `plain`. */
export function parseActorName(name: string): ActorForm {
  const n = name.trim();
  let m = FORCE_WITH_YEARS.exec(n);
  if (m) {
    const [, force = '', state = '', from = '', to] = m;
    return {
      form: 'state-force',
      force: force.toLowerCase() === 'police' ? 'police' : 'military',
      state: stateName(state),
      years: `${from}-${to ?? ''}`,
      unit: m[5]?.trim() || null,
    };
  }
  m = FORCE.exec(n);
  if (m) {
    const force = (m[1] ?? '').toLowerCase() === 'police' ? 'police' : 'military';
    return { form: 'state-force', force, state: stateName(m[2] ?? ''), years: null, unit: null };
  }
  m = GOVERNMENT.exec(n);
  if (m) return { form: 'government', state: stateName(m[1] ?? '') };
  m = VICTIMS.exec(n);
  if (m) {
    const category = (m[1] ?? '').toLowerCase() === 'civilians' ? 'Civilians' : 'Protesters';
    return { form: 'victims', category, country: m[2]?.trim() ?? null };
  }
  m = UNIDENTIFIED.exec(n);
  if (m) return { form: 'unidentified', country: m[1]?.trim() ?? null };
  m = QUALIFIED.exec(n);
  if (m && !/^\d{4}\s*-/.test(m[2] ?? ''))
    return { form: 'qualified', base: (m[1] ?? '').trim(), qualifier: m[2] ?? '' };
  return { form: 'plain' };
}
