/**
 * How ACLED's event and actor categories map onto Faultline's vocabulary. Kept as data so the
 * table in IMPORT.md and the tests can be checked against one place.
 */
import type { DatePrecision } from '../../core/domain/fuzzy-date.js';
import type { EventType, OrganisationKind } from '../../core/domain/vocabulary.js';

/** How the actors of one ACLED row relate to its event. */
export interface AcledMapping {
  type: EventType;
  /** The means, for attacks and strikes (ACLED's sub-event type, lower-cased). */
  method: string | null;
  actor1: 'CARRIED_OUT' | 'STATED' | 'PARTICIPATED_IN';
  actor2: 'TARGETED' | 'STATED' | 'PARTICIPATED_IN';
  /** What the actors listed with actor2 (assoc_actor_2) are to the event. */
  assoc2: 'TARGETED' | 'PARTICIPATED_IN';
  /**
   * Which OPPOSES edges the row supports: `one-way` actor1 → actor2 (actor1 acted against
   * actor2); `mutual` both ways, for battles, where ACLED's actor order does not say who attacked.
   */
  opposes: 'none' | 'one-way' | 'mutual';
}

const hostile = (type: EventType, method: string | null, opposes: 'one-way' | 'mutual' = 'one-way'): AcledMapping => ({
  type,
  method,
  actor1: 'CARRIED_OUT',
  actor2: 'TARGETED',
  assoc2: 'TARGETED',
  opposes,
});

const together = (
  type: EventType,
  actor1: AcledMapping['actor1'],
  actor2: AcledMapping['actor2'],
  method: string | null = null,
): AcledMapping => ({
  type,
  method,
  actor1,
  actor2,
  assoc2: 'PARTICIPATED_IN',
  opposes: 'none',
});

/** ACLED event types (as the export spells them, compared case-insensitively). */
export const ACLED_EVENT_TYPES = [
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Riots',
  'Protests',
  'Strategic developments',
] as const;

/** The mapping of one row, or null when its event type is not one of ACLED's. */
export function mapAcledEvent(eventType: string, subEventType: string): AcledMapping | null {
  const type = eventType.trim().toLowerCase();
  const sub = subEventType.trim().toLowerCase();
  const method = sub === '' ? null : sub;
  switch (type) {
    case 'battles':
      return hostile('Attack', method, 'mutual');
    case 'explosions/remote violence':
      return sub === 'air/drone strike' ? hostile('Strike', method) : hostile('Attack', method);
    case 'violence against civilians':
      return hostile('Attack', method);
    case 'riots':
      return hostile('Attack', method);
    case 'protests':
      // A demonstration is a public statement of a demand; whoever ACLED lists as actor2
      // (police intervening, counter-protesters) took part, and no hostility is inferred.
      return together('Statement', 'STATED', 'PARTICIPATED_IN');
    case 'strategic developments':
      switch (sub) {
        case 'agreement':
          return together('Statement', 'STATED', 'STATED');
        case 'arrests':
        case 'looting/property destruction':
          return hostile('Attack', method);
        case 'disrupted weapons use':
          // Who disrupted whose weapon is not given by the actor order; record participation only.
          return together('Attack', 'PARTICIPATED_IN', 'PARTICIPATED_IN', method);
        case 'non-violent transfer of territory':
        case 'headquarters or base established':
        case 'change to group/activity':
          return together('Transition', 'CARRIED_OUT', 'PARTICIPATED_IN');
        default:
          return together('Statement', 'STATED', 'PARTICIPATED_IN');
      }
    default:
      return null;
  }
}

/** ACLED actor type (inter1/inter2, numeric or worded) → organisation kind. */
export function kindOfInter(inter: string): OrganisationKind | null {
  const t = inter.trim().toLowerCase();
  if (t === '') return null;
  if (t === '1' || t.startsWith('state forces')) return 'ARMED_FORCES';
  if (['2', '3', '4'].includes(t) || t.startsWith('rebel') || t.includes('militia')) return 'MILITIA';
  return 'OTHER';
}

/** ACLED time_precision → the precision Faultline records (see IMPORT.md for why). */
export function precisionOfTimePrecision(code: string): Exclude<DatePrecision, 'YEAR'> | null {
  switch (code.trim()) {
    case '1':
      return 'DAY';
    case '2':
      return 'PERIOD';
    case '3':
      return 'MONTH';
    default:
      return null;
  }
}
