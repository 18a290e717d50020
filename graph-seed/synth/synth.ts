/**
 * A synthetic graph with the shape of real conflict news, for load tests and demos: parties in
 * alliances that support each other and oppose some other alliances, a few very active parties
 * and many quiet ones, events with the relationships a reporter would state, and sources whose
 * text holds every quoted sentence. The same seed always gives the same document.
 */

import { exactDate, type FuzzyDate } from '../../core/domain/fuzzy-date.js';
import {
  derivedRelationship,
  type EventRecord,
  emptyDocument,
  type GraphDocument,
  type PartyRecord,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
} from '../../core/domain/records.js';
import {
  type EventType,
  type OrganisationKind,
  RESOLUTION_KINDS,
  type RelationshipType,
} from '../../core/domain/vocabulary.js';
import { spanOf } from '../import/date-span.js';
import { slugify } from '../import/slug.js';
import {
  ATTACK_METHODS,
  capitalise,
  cityName,
  countryName,
  organisationName,
  personName,
  ROLES,
  STRIKE_METHODS,
} from './names.js';
import { Random, WeightedPicker, zipfPicker } from './random.js';

export interface SynthOptions {
  parties: number;
  events: number;
  seed: number;
}

/** Events per synthetic source document. */
const EVENTS_PER_SOURCE = 50;
const FIRST_DAY = Date.UTC(2020, 0, 1);
const DAY_COUNT = 366 + 365 * 3 + 366; // 2020-01-01 … 2024-12-31
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
const ARMED_KINDS: readonly (OrganisationKind | null)[] = ['MILITIA', 'ARMED_FORCES', 'MILITARY_COMMAND', 'COALITION'];
/** Organisations that others join as members (besides the alliance itself). */
const PARENT_KINDS: readonly (OrganisationKind | null)[] = [
  'MILITIA',
  'ARMED_FORCES',
  'GOVERNMENT',
  'POLITICAL_PARTY',
  'LEGISLATURE',
];
const EVENT_TYPES_BY_WEIGHT: readonly EventType[] = [
  'Attack',
  'Strike',
  'Meeting',
  'Statement',
  'Resolution',
  'Transition',
  'Conflict',
];
const EVENT_WEIGHTS = [44, 20, 12, 12, 6, 4, 2];

interface Cluster {
  index: number;
  country: PlaceRecord;
  head: PartyRecord;
  orgs: PartyRecord[];
  persons: PartyRecord[];
  members: PartyRecord[];
  hostile: number[];
}

interface Country {
  place: PlaceRecord;
  cities: PlaceRecord[];
}

function dayText(offset: number): string {
  return new Date(FIRST_DAY + offset * 86_400_000).toISOString().slice(0, 10);
}

/** "on 3 March 2022", "in March 2022", "in 2022", "in early 2022". */
function when(date: FuzzyDate): string {
  const [y = '', m, d] = (date.start ?? '').split('-');
  switch (date.precision) {
    case 'DAY':
      return `on ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
    case 'MONTH':
      return `in ${MONTHS[Number(m) - 1]} ${y}`;
    case 'YEAR':
      return `in ${y}`;
    default:
      return `in ${date.value}`;
  }
}

/** Builds the document; keeps ids unique and every stated relationship tied to a sentence. */
class Builder {
  readonly doc: GraphDocument = emptyDocument();
  private readonly ids = new Set<string>();
  readonly relationships = new Map<string, RelationshipRecord>();
  /** Sentences of each source, in the order they are written. */
  readonly texts: string[][];
  private nextSharedSource = 0;

  constructor(sourceCount: number) {
    this.texts = Array.from({ length: sourceCount }, () => []);
  }

  id(name: string): string {
    const base = slugify(name);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  /** A source for a relationship not tied to an event: spread evenly over all sources. */
  sharedSource(): number {
    const k = this.nextSharedSource;
    this.nextSharedSource = (k + 1) % this.texts.length;
    return k;
  }

  /** Writes `sentence` into source `k` and states the relationship with `quote` (a part of it). */
  stated(
    type: RelationshipType,
    from: string,
    to: string,
    k: number,
    sentence: string,
    options: { quote?: string; date?: FuzzyDate | null; role?: string | null } = {},
  ): string {
    const quote = options.quote ?? sentence;
    if (!sentence.includes(quote)) throw new Error(`quote "${quote}" is not part of "${sentence}"`);
    this.texts[k]?.push(sentence);
    const id = relationshipId(from, type, to);
    const evidence = { source: `synthetic-source-${k + 1}`, quote };
    const existing = this.relationships.get(id);
    if (existing) {
      if (!existing.evidence.some((e) => e.source === evidence.source && e.quote === quote))
        existing.evidence.push(evidence);
      return id;
    }
    this.relationships.set(id, {
      id,
      type,
      from,
      to,
      status: 'STATED',
      role: options.role ?? null,
      date: options.date ?? null,
      evidence: [evidence],
      derivedFrom: [],
      note: null,
    });
    return id;
  }
}

function randomDate(random: Random, offset: number): FuzzyDate {
  const day = dayText(offset);
  const r = random.next();
  if (r < 0.8) return exactDate(day);
  if (r < 0.92) return exactDate(day.slice(0, 7));
  if (r < 0.96) return exactDate(day.slice(0, 4));
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const [label, from, to] =
    month <= 4 ? ['early', '01', '04'] : month <= 8 ? ['mid-', '05', '08'] : ['late', '09', '12'];
  return {
    precision: 'PERIOD',
    value: `${label}${label.endsWith('-') ? '' : ' '}${year}`,
    start: `${year}-${from}`,
    end: `${year}-${to}`,
  };
}

/** A relationship's time span: "since 2021" (open) or a span of years, or not stated. */
function tenure(random: Random): FuzzyDate | null {
  const r = random.next();
  const year = 2015 + random.int(9);
  if (r < 0.4) return { precision: 'PERIOD', value: `since ${year}`, start: String(year), end: null };
  if (r < 0.6) {
    const end = year + 1 + random.int(3);
    return { precision: 'PERIOD', value: `${year} to ${end}`, start: String(year), end: String(end) };
  }
  return null;
}

function validate(options: SynthOptions): void {
  for (const key of ['parties', 'events', 'seed'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0)
      throw new Error(`${key} must be a whole number of 0 or more`);
  }
  if (options.events > 0 && options.parties < 2)
    throw new Error('events need at least 2 parties: one to act and one to be acted on');
}

/** Generates a synthetic graph of exactly `parties` parties and `events` events. */
export function synthesize(options: SynthOptions): GraphDocument {
  validate(options);
  const random = new Random(options.seed);
  const N = options.parties;
  const E = options.events;
  const b = new Builder(Math.max(1, Math.ceil(E / EVENTS_PER_SOURCE)));
  const doc = b.doc;

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
    doc.places.push(place, ...cities);
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
    doc.parties.push(party);
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

  // Hierarchy: organisations join their alliance or, preferentially, a well-connected member.
  for (const c of clusters) {
    // Each organisation is attached preferentially (by a pick from a list in which every
    // organisation appears once per member it already has) among plausible parents only.
    const attach: Record<'armed' | 'civil', PartyRecord[]> = { armed: [c.head, c.head], civil: [c.head, c.head] };
    for (const org of c.orgs.slice(1)) {
      if (!random.chance(0.85)) continue;
      const group = org.unknown || ARMED_KINDS.includes(org.kind) ? 'armed' : 'civil';
      const parent = random.pick(attach[group]);
      b.stated('MEMBER_OF', org.id, parent.id, b.sharedSource(), `${org.name} is a member of ${parent.name}.`, {
        date: tenure(random),
      });
      if (PARENT_KINDS.includes(org.kind)) attach[group].push(org);
      attach[group].push(parent);
    }
    // People speak for organisations; the busier an organisation, the more people speak for it.
    const speakFor: PartyRecord[] = [...c.orgs];
    for (const person of c.persons) {
      const roles = random.chance(0.2) ? 2 : 1;
      for (let r = 0; r < roles; r++) {
        const org = random.pick(speakFor);
        const role = random.pick(ROLES);
        const sentence = `${person.name}, the ${role} of ${org.name}, spoke to reporters.`;
        b.stated('REPRESENTS', person.id, org.id, b.sharedSource(), sentence, {
          quote: `${person.name}, the ${role} of ${org.name}`,
          role,
          date: tenure(random),
        });
        person.description ??= `${capitalise(role)} of ${org.name}`;
        speakFor.push(org);
      }
    }
    // Support inside the alliance, concentrated on a few popular members.
    if (c.members.length > 1) {
      const popular = zipfPicker(random, c.members);
      for (let k = Math.round(c.members.length * 0.6); k > 0; k--) {
        const a = popular.pick(random);
        const t = popular.pick(random);
        if (a.id === t.id || b.relationships.has(relationshipId(a.id, 'SUPPORTS', t.id))) continue;
        b.stated('SUPPORTS', a.id, t.id, b.sharedSource(), `${a.name} declared support for ${t.name}.`, {
          date: tenure(random),
        });
      }
    }
  }
  for (const org of doc.parties) {
    if (org.type !== 'Organisation' || !org.country || !random.chance(0.3)) continue;
    const city = random.pick(countryOf.get(org.country)?.cities ?? []);
    b.stated('LOCATED_IN', org.id, city.id, b.sharedSource(), `${org.name} is based in ${city.name}.`);
  }

  // Hostility between some pairs of alliances, stated by their leaders.
  if (clusters.length > 1) {
    for (const c of clusters) {
      const wanted = random.between(1, Math.min(3, clusters.length - 1));
      for (let tries = 0; c.hostile.length < wanted && tries < 10; tries++) {
        const other = random.pick(clusters);
        if (other === c || c.hostile.includes(other.index)) continue;
        c.hostile.push(other.index);
        other.hostile.push(c.index);
        b.stated(
          'OPPOSES',
          c.head.id,
          other.head.id,
          b.sharedSource(),
          `${c.head.name} called ${other.head.name} an enemy.`,
        );
      }
    }
  }

  // Events, in date order, so retaliation can point back at earlier attacks.
  const offsets = Array.from({ length: E }, () => random.int(DAY_COUNT)).sort((x, y) => x - y);
  const typePicker = new WeightedPicker(EVENT_TYPES_BY_WEIGHT, EVENT_WEIGHTS);
  const armed = doc.parties.filter((p) => p.type === 'Organisation' && (p.unknown || ARMED_KINDS.includes(p.kind)));
  const attackers = zipfPicker(random, armed.length > 0 ? armed : doc.parties);
  const speakers = zipfPicker(random, doc.parties);
  const memberPickers = new Map(clusters.map((c) => [c.index, zipfPicker(random, c.members)]));
  const legislatures = doc.parties.filter((p) => p.kind === 'LEGISLATURE' || p.kind === 'GOVERNMENT');
  const lastAttack = new Map<string, EventRecord>();
  const oppositions = new Map<string, { from: string; to: string; derivedFrom: string[]; dates: FuzzyDate[] }>();
  let lastTransition: EventRecord | null = null;

  const targetOf = (actor: PartyRecord): PartyRecord => {
    const own = clusterOf.get(actor.id);
    if (own && own.hostile.length > 0) {
      const enemy = clusters[random.pick(own.hostile)];
      const picker = enemy && memberPickers.get(enemy.index);
      if (picker) return picker.pick(random);
    }
    for (;;) {
      const other = random.pick(doc.parties);
      if (other.id !== actor.id) return other;
    }
  };
  const cityNear = (party: PartyRecord): PlaceRecord =>
    random.pick(countryOf.get(party.country ?? '')?.cities ?? random.pick(countries).cities);

  for (let i = 0; i < E; i++) {
    const k = Math.min(b.texts.length - 1, Math.floor(i / EVENTS_PER_SOURCE));
    const type = typePicker.pick(random);
    const date = randomDate(random, offsets[i] ?? 0);
    const at = when(date);
    const event: EventRecord = {
      id: `${type.toLowerCase()}-${i + 1}`,
      type,
      name: '',
      summary: null,
      date,
      place: null,
      method: null,
      resolutionKind: null,
      binding: null,
      fatalities: null,
    };
    doc.events.push(event);
    const say = (
      rel: RelationshipType,
      from: string,
      to: string,
      sentence: string,
      opts: { quote?: string; role?: string | null } = {},
    ) => b.stated(rel, from, to, k, sentence, { ...opts, date });

    if (type === 'Attack' || type === 'Strike') {
      const actor = attackers.pick(random);
      const target = targetOf(actor);
      const city = cityNear(random.chance(0.5) ? actor : target);
      const method = type === 'Strike' ? random.pick(STRIKE_METHODS) : random.pick(ATTACK_METHODS);
      const noun = type === 'Strike' ? (method === 'airstrike' ? 'airstrike' : 'drone strike') : `${method} attack`;
      event.name = `${capitalise(noun)} in ${city.name}`;
      event.method = method;
      event.place = city.id;
      event.fatalities = random.chance(0.45) ? 0 : Math.floor(random.next() ** 3 * 40);
      const carriedSentence = `${actor.name} carried out a ${noun} in ${city.name} ${at}.`;
      event.summary = carriedSentence;
      const carried = say('CARRIED_OUT', actor.id, event.id, carriedSentence);
      say('OCCURRED_IN', event.id, city.id, carriedSentence, { quote: `${noun} in ${city.name}` });
      const targeted = say(
        'TARGETED',
        event.id,
        target.id,
        `The ${noun} in ${city.name} ${at} targeted ${target.name}.`,
      );
      if (target.type === 'Person' && random.chance(0.25))
        say('KILLED', event.id, target.id, `${target.name} was killed in the ${noun} in ${city.name}.`);
      const pairKey = (a: PartyRecord, t: PartyRecord) => `${clusterOf.get(a.id)?.index}>${clusterOf.get(t.id)?.index}`;
      const earlier = lastAttack.get(pairKey(target, actor));
      if (earlier && random.chance(0.3)) {
        say(
          'RESPONDED_TO',
          event.id,
          earlier.id,
          `${actor.name} said the ${noun} in ${city.name} was retaliation for the ${earlier.name.toLowerCase()}.`,
        );
      }
      lastAttack.set(pairKey(actor, target), event);
      const targetCluster = clusterOf.get(target.id);
      if (targetCluster && random.chance(0.15)) {
        const critic = memberPickers.get(targetCluster.index)?.pick(random);
        if (critic && critic.id !== actor.id)
          say('CONDEMNED', critic.id, event.id, `${critic.name} condemned the ${noun} in ${city.name}.`);
      }
      const key = `${actor.id}>${target.id}`;
      const o = oppositions.get(key) ?? { from: actor.id, to: target.id, derivedFrom: [], dates: [] };
      o.derivedFrom.push(carried, targeted);
      o.dates.push(date);
      oppositions.set(key, o);
    } else if (type === 'Meeting') {
      const host = clusterPicker.pick(random);
      const picker = memberPickers.get(host.index);
      const count = Math.min(host.members.length, random.between(2, 5));
      const people = new Map<string, PartyRecord>();
      for (let tries = 0; picker && people.size < count && tries < 20; tries++) {
        const p = picker.pick(random);
        people.set(p.id, p);
      }
      if (people.size < 2) {
        const guest = targetOf(host.head);
        people.set(host.head.id, host.head);
        people.set(guest.id, guest);
      }
      const city = cityNear(host.head);
      event.name = `Meeting in ${city.name}`;
      event.place = city.id;
      const names = [...people.values()].map((p) => p.name);
      const sentence = `${names.slice(0, -1).join(', ')} and ${names.at(-1)} met in ${city.name} ${at}.`;
      event.summary = sentence;
      for (const p of people.values()) say('PARTICIPATED_IN', p.id, event.id, sentence);
      say('OCCURRED_IN', event.id, city.id, sentence, { quote: `met in ${city.name}` });
      const chair =
        [...people.values()].find((p) => p.type === 'Person') ??
        (host.persons.length > 0 ? random.pick(host.persons) : null);
      if (chair) say('PRESIDED_OVER', chair.id, event.id, `${chair.name} chaired the meeting in ${city.name}.`);
    } else if (type === 'Resolution') {
      const body = legislatures.length > 0 ? random.pick(legislatures) : speakers.pick(random);
      const kind = random.pick(RESOLUTION_KINDS);
      const binding = random.chance(0.3) ? null : random.chance(0.4);
      const word = kind.toLowerCase();
      event.name = `${capitalise(word)} of ${body.name}`;
      event.resolutionKind = kind;
      event.binding = binding;
      const adjective = binding === null ? '' : binding ? 'binding ' : 'non-binding ';
      const sentence = `${body.name} passed a ${adjective}${word} ${at}.`;
      event.summary = sentence;
      say('PASSED', body.id, event.id, sentence);
      for (let s = random.int(4); s > 0; s--) {
        const signer = speakers.pick(random);
        say('SIGNED', signer.id, event.id, `${signer.name} signed the ${word} of ${body.name}.`);
      }
      if (lastTransition && random.chance(0.5))
        say(
          'CALLED_FOR',
          event.id,
          lastTransition.id,
          `The ${word} of ${body.name} called for the ${lastTransition.name.toLowerCase()}.`,
        );
    } else if (type === 'Statement') {
      const speaker = speakers.pick(random);
      event.name = `Statement by ${speaker.name}`;
      const sentence = `${speaker.name} issued a statement ${at}.`;
      event.summary = sentence;
      say('STATED', speaker.id, event.id, sentence);
      const foe = targetOf(speaker);
      if (random.chance(0.5))
        say('CONDEMNED', speaker.id, foe.id, `In the statement, ${speaker.name} condemned ${foe.name}.`);
      else if (random.chance(0.4))
        say('DEMANDS', speaker.id, foe.id, `${speaker.name} demanded that ${foe.name} withdraw its forces.`);
    } else if (type === 'Conflict') {
      const side = attackers.pick(random);
      const foe = targetOf(side);
      const city = cityNear(side);
      event.name = `War between ${side.name} and ${foe.name}`;
      event.place = city.id;
      const sentence = `${side.name} and ${foe.name} have been at war around ${city.name} ${at}.`;
      event.summary = sentence;
      say('PARTICIPATED_IN', side.id, event.id, sentence);
      say('PARTICIPATED_IN', foe.id, event.id, sentence);
      say('OCCURRED_IN', event.id, city.id, sentence, { quote: `at war around ${city.name}` });
    } else {
      const taker = attackers.pick(random);
      const city = cityNear(taker);
      event.name = `Handover of ${city.name}`;
      event.place = city.id;
      const sentence = `${taker.name} took control of ${city.name} ${at}.`;
      event.summary = sentence;
      say('PARTICIPATED_IN', taker.id, event.id, sentence);
      say('OCCURRED_IN', event.id, city.id, sentence, { quote: `took control of ${city.name}` });
      lastTransition = event;
    }
  }

  // Opposition that follows from attacks: one derived edge per attacker and target.
  for (const o of oppositions.values()) {
    const plain = relationshipId(o.from, 'OPPOSES', o.to);
    const id = b.relationships.has(plain) ? relationshipId(o.from, 'OPPOSES', o.to, 'derived') : plain;
    const count = o.dates.length;
    b.relationships.set(
      id,
      derivedRelationship({
        id,
        type: 'OPPOSES',
        from: o.from,
        to: o.to,
        date: spanOf(o.dates),
        derivedFrom: o.derivedFrom,
        note: `Carried out ${count} ${count === 1 ? 'attack or strike' : 'attacks or strikes'} that targeted the other party.`,
      }),
    );
  }

  doc.relationships = [...b.relationships.values()];
  doc.sources = b.texts.map((sentences, k) => {
    const lastEvent = doc.events[Math.min(E, (k + 1) * EVENTS_PER_SOURCE) - 1];
    const title = `Synthetic dispatch ${k + 1}`;
    return {
      id: `synthetic-source-${k + 1}`,
      title,
      published: lastEvent?.date?.start ? exactDate(lastEvent.date.start) : null,
      updated: null,
      outlet: 'Faultline synthetic generator',
      url: null,
      text: `${title}\n\n${sentences.join('\n')}\n`,
    };
  });
  return doc;
}
