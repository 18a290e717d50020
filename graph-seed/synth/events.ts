/**
 * Events of a synthetic graph, in date order so retaliation can point back at earlier attacks.
 * Each event is written with its relationships as soon as it is generated; opposition derived
 * from the attacks is returned for the end.
 */
import type { FuzzyDate } from '../../core/domain/fuzzy-date.js';
import {
  derivedRelationship,
  type EventRecord,
  type PartyRecord,
  type PlaceRecord,
  type RelationshipRecord,
  relationshipId,
} from '../../core/domain/records.js';
import { type EventType, RESOLUTION_KINDS, type RelationshipType } from '../../core/domain/vocabulary.js';
import { spanOf } from '../import/date-span.js';
import { type Builder, EVENTS_PER_SOURCE } from './builder.js';
import { DAY_COUNT, randomDate, when } from './calendar.js';
import { ATTACK_METHODS, capitalise, STRIKE_METHODS } from './names.js';
import { type Random, WeightedPicker, zipfPicker } from './random.js';
import { ARMED_KINDS, type World } from './world.js';

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

/** Generates `E` events; returns the derived OPPOSES edges and the date of the last event. */
export function makeEvents(
  random: Random,
  b: Builder,
  world: World,
  E: number,
): { derived: RelationshipRecord[]; lastDate: FuzzyDate | null } {
  // Events, in date order, so retaliation can point back at earlier attacks.
  const offsets = Array.from({ length: E }, () => random.int(DAY_COUNT)).sort((x, y) => x - y);
  const { clusters, clusterOf, clusterPicker, countries, countryOf } = world;
  const typePicker = new WeightedPicker(EVENT_TYPES_BY_WEIGHT, EVENT_WEIGHTS);
  const armed = world.parties.filter((p) => p.type === 'Organisation' && (p.unknown || ARMED_KINDS.includes(p.kind)));
  const attackers = zipfPicker(random, armed.length > 0 ? armed : world.parties);
  const speakers = zipfPicker(random, world.parties);
  const memberPickers = new Map(clusters.map((c) => [c.index, zipfPicker(random, c.members)]));
  const legislatures = world.parties.filter((p) => p.kind === 'LEGISLATURE' || p.kind === 'GOVERNMENT');
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
      const other = random.pick(world.parties);
      if (other.id !== actor.id) return other;
    }
  };
  const cityNear = (party: PartyRecord): PlaceRecord =>
    random.pick(countryOf.get(party.country ?? '')?.cities ?? random.pick(countries).cities);

  let lastDate: FuzzyDate | null = null;

  for (let i = 0; i < E; i++) {
    const k = Math.min(b.sourceCount - 1, Math.floor(i / EVENTS_PER_SOURCE));
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
    b.beginEvent(event.id);
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
    b.endEvent(event);
    if (k < b.sourceCount - 1 && i === (k + 1) * EVENTS_PER_SOURCE - 1) b.endSource(k, date);
    lastDate = date;
  }

  const out: RelationshipRecord[] = [];
  // Opposition that follows from attacks: one derived edge per attacker and target.
  for (const o of oppositions.values()) {
    const plain = relationshipId(o.from, 'OPPOSES', o.to);
    const id = b.lasting.has(plain) ? relationshipId(o.from, 'OPPOSES', o.to, 'derived') : plain;
    const count = o.dates.length;
    out.push(
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

  return { derived: out, lastDate };
}
