/** Lasting ties of a synthetic graph: membership, representation, support, bases and hostility. */
import type { PartyRecord } from '../../core/domain/records.js';
import { relationshipId } from '../../core/domain/records.js';
import type { Builder } from './builder.js';
import { tenure } from './calendar.js';
import { capitalise, ROLES } from './names.js';
import { type Random, zipfPicker } from './random.js';
import { ARMED_KINDS, PARENT_KINDS, type World } from './world.js';

/** States the relationships between parties that hold over years rather than on a day. */
export function makeStructure(random: Random, b: Builder, world: World): void {
  const { clusters, countryOf } = world;
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
        if (a.id === t.id || b.lasting.has(relationshipId(a.id, 'SUPPORTS', t.id))) continue;
        b.stated('SUPPORTS', a.id, t.id, b.sharedSource(), `${a.name} declared support for ${t.name}.`, {
          date: tenure(random),
        });
      }
    }
  }
  for (const org of world.parties) {
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
}
