/** The cast of a synthetic graph: invented countries and cities, and parties grouped in alliances. */

import type { PartyRecord, PlaceRecord } from '../../core/domain/records.js';
import type { OrganisationKind } from '../../core/domain/vocabulary.js';
import type { Builder } from './builder.js';
import { capitalise, cityName, countryName, organisationName, personName } from './names.js';
import { type Random, WeightedPicker } from './random.js';

const ORG_KINDS: readonly OrganisationKind[] = [
  'MILITIA',
  'ARMED_FORCES',
  'GOVERNMENT',
  'GOVERNMENT_BODY',
  'POLITICAL_PARTY',
  'LEGISLATURE',
  'MEDIA',
  'OTHER',
  'MILITARY_COMMAND',
  'COMMISSION',
  'OFFICE',
  'WORKING_GROUP',
];
const ORG_KIND_WEIGHTS = [25, 20, 8, 10, 12, 5, 4, 8, 3, 2, 2, 1];
export const ARMED_KINDS: readonly (OrganisationKind | null)[] = [
  'MILITIA',
  'ARMED_FORCES',
  'MILITARY_COMMAND',
  'COALITION',
];
/** Organisations that others join as members (besides the alliance itself). */
export const PARENT_KINDS: readonly (OrganisationKind | null)[] = [
  'MILITIA',
  'ARMED_FORCES',
  'GOVERNMENT',
  'POLITICAL_PARTY',
  'LEGISLATURE',
];
export interface Cluster {
  index: number;
  country: PlaceRecord;
  head: PartyRecord;
  orgs: PartyRecord[];
  persons: PartyRecord[];
  members: PartyRecord[];
  hostile: number[];
}

export interface Country {
  place: PlaceRecord;
  cities: PlaceRecord[];
}

/** Everything the later stages draw from; parties are written once the structure has described them. */
export interface World {
  countries: Country[];
  countryOf: Map<string, Country>;
  parties: PartyRecord[];
  clusters: Cluster[];
  clusterOf: Map<string, Cluster>;
  clusterPicker: WeightedPicker<Cluster>;
}

/** Places (written at once) and `N` parties in alliances (kept for the later stages). */
export function makeWorld(random: Random, b: Builder, N: number): World {
  const parties: PartyRecord[] = [];
  // Places: a few invented countries, each with a handful of cities.
  const clusterCount = N <= 3 ? N : Math.min(24, Math.max(2, Math.round(Math.sqrt(N) / 3)));
  const countryCount = Math.min(12, Math.max(2, Math.ceil(clusterCount / 2) + 1));
  const countries: Country[] = [];
  for (let c = 0; c < countryCount; c++) {
    const name = countryName(random);
    const place: PlaceRecord = { id: b.id(name), name, kind: 'COUNTRY', aliases: [], within: null };
    const cities: PlaceRecord[] = [];
    for (let k = random.between(2, 6); k > 0; k--) {
      const cname = cityName(random);
      cities.push({ id: b.id(`${cname} ${name}`), name: cname, kind: 'CITY', aliases: [], within: place.id });
    }
    countries.push({ place, cities });
    b.sink.place(place);
    for (const city of cities) b.sink.place(city);
  }
  const countryOf = new Map(countries.map((c) => [c.place.id, c]));

  const newParty = (
    type: PartyRecord['type'],
    name: string,
    country: PlaceRecord,
    kind: OrganisationKind | null,
    unknown = false,
  ): PartyRecord => {
    const party: PartyRecord = {
      id: b.id(name),
      type,
      name,
      aliases: [],
      description: null,
      country: country.id,
      kind,
      unknown,
    };
    parties.push(party);
    return party;
  };

  // Alliances: each led by a coalition; members join by a skewed draw so sizes differ.
  const clusters: Cluster[] = [];
  for (let i = 0; i < clusterCount; i++) {
    const country = random.pick(countries).place;
    const head = newParty('Organisation', organisationName(random, 'COALITION', country.name), country, 'COALITION');
    head.description = `Alliance based in ${country.name}`;
    clusters.push({ index: i, country, head, orgs: [head], persons: [], members: [head], hostile: [] });
  }
  const clusterPicker = new WeightedPicker(
    clusters,
    clusters.map((_, i) => 1 / (i + 1) ** 0.7),
  );
  const kindPicker = new WeightedPicker(ORG_KINDS, ORG_KIND_WEIGHTS);
  for (let n = clusterCount; n < N; n++) {
    const cluster = clusterPicker.pick(random);
    const country = random.chance(0.8) ? cluster.country : random.pick(countries).place;
    let party: PartyRecord;
    if (random.chance(0.3)) {
      party = newParty('Person', personName(random), country, null);
      cluster.persons.push(party);
    } else if (random.chance(0.02)) {
      const city = random.pick(countryOf.get(country.id)?.cities ?? []);
      party = newParty('Organisation', `Unidentified gunmen in ${city.name}`, country, 'MILITIA', true);
      cluster.orgs.push(party);
    } else {
      const kind = kindPicker.pick(random);
      party = newParty('Organisation', organisationName(random, kind, country.name), country, kind);
      party.description = `${capitalise(kind.toLowerCase().replace(/_/g, ' '))} in ${country.name}`;
      cluster.orgs.push(party);
    }
    cluster.members.push(party);
  }
  const clusterOf = new Map<string, Cluster>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m.id, c);

  return { countries, countryOf, parties, clusters, clusterOf, clusterPicker };
}
