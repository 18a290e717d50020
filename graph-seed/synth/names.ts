/**
 * Invented names for the synthetic graph: built from syllables so that no generated party,
 * place or person is, or claims to be, a real one.
 */
import type { OrganisationKind } from '../../core/domain/vocabulary.js';
import type { Random } from './random.js';

const SYLLABLES = [
  'ka',
  'ren',
  'vas',
  'tor',
  'mi',
  'lan',
  'dra',
  'sel',
  'qu',
  'bar',
  'nis',
  'hal',
  'om',
  'zer',
  'ti',
  'sha',
  'ruk',
  'el',
  'fa',
  'dun',
  'mor',
  'aj',
  'vel',
  'to',
  'ris',
  'ga',
  'bel',
  'ud',
  'ne',
  'kor',
];
const FIRST = [
  'Amal',
  'Bashir',
  'Dalia',
  'Emre',
  'Farah',
  'Goran',
  'Hana',
  'Idris',
  'Jalal',
  'Karim',
  'Layla',
  'Mirza',
  'Nadia',
  'Omar',
  'Parisa',
  'Rami',
  'Samir',
  'Tamar',
  'Umar',
  'Vera',
  'Yusuf',
  'Zara',
  'Aziz',
  'Leyla',
  'Nizar',
];

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pronounceable invented word of two or three syllables. */
export function inventedWord(random: Random): string {
  const n = random.chance(0.6) ? 2 : 3;
  let w = '';
  for (let i = 0; i < n; i++) w += random.pick(SYLLABLES);
  return capitalise(w);
}

export function countryName(random: Random): string {
  return `${inventedWord(random)}${random.pick(['ia', 'an', 'istan', 'a', 'or'])}`;
}

export function cityName(random: Random): string {
  const w = inventedWord(random);
  return random.chance(0.2) ? `${random.pick(['Port', 'Upper', 'New', 'Old'])} ${w}` : w;
}

export function personName(random: Random): string {
  const family = inventedWord(random);
  return `${random.pick(FIRST)} ${random.chance(0.3) ? 'al-' : ''}${family}`;
}

const ORG_TEMPLATES: Record<OrganisationKind, readonly string[]> = {
  STATE: ['State of {C}'],
  GOVERNMENT: ['Government of {C}', '{W} Provincial Government', 'Interim Government of {W}'],
  GOVERNMENT_BODY: [
    '{C} Ministry of Interior',
    '{C} Ministry of Defence',
    '{W} Security Council',
    '{W} Electoral Commission',
  ],
  OFFICE: ['Office of the {W} Governor'],
  ARMED_FORCES: ['{W} Division of the {C} Army', '{C} Air Force {W} Wing', '{W} Border Guard', '{W} Brigade'],
  MILITARY_COMMAND: ['{W} Operations Command'],
  MILITIA: ['{W} Resistance Front', 'Sons of {W}', '{W} Liberation Army', '{W} Brigades', 'Guardians of {W}'],
  LEGISLATURE: ['National Assembly of {C}', '{W} Regional Parliament', '{W} Council of Representatives'],
  COALITION: ['{W} Alliance', '{W} Axis', 'Coalition for {W}', '{W} Pact'],
  COMMISSION: ['{W} Joint Commission'],
  WORKING_GROUP: ['{W} Working Group'],
  POLITICAL_PARTY: ['{W} Party', '{W} National Movement', 'Democratic Union of {W}'],
  MEDIA: ['{W} News Agency', '{W} Broadcasting'],
  OTHER: ['{W} Tribal Council', '{W} Relief Committee', '{W} Clerical Council'],
};

export function organisationName(random: Random, kind: OrganisationKind, country: string): string {
  return random.pick(ORG_TEMPLATES[kind]).replace('{C}', country).replace('{W}', inventedWord(random));
}

export const ROLES = [
  'spokesman',
  'commander',
  'leader',
  'deputy leader',
  'minister',
  'envoy',
  'chairman',
  'secretary-general',
] as const;
export const ATTACK_METHODS = ['rocket', 'IED', 'gunfire', 'drone', 'mortar'] as const;
export const STRIKE_METHODS = ['airstrike', 'drone'] as const;
