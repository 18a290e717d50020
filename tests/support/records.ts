/** Small records the tests build graphs from. */
import type { PartyRecord } from '../../core/domain/records.js';

/** An organisation named by its id, with nothing else known about it. */
export function organisation(id: string, fields: Partial<Omit<PartyRecord, 'id'>> = {}): PartyRecord {
  return {
    id,
    type: 'Organisation',
    name: id,
    aliases: [],
    description: null,
    country: null,
    kind: null,
    unknown: false,
    ...fields,
  };
}
