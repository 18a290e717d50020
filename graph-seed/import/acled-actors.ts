/**
 * Who an ACLED actor is. Each name is resolved once per import against the parties already known
 * (the database's and those the import created), by these rules in order, and the rule is kept:
 *
 * - `exact-name`, `exact-alias`, `normalised`: the name (or, for "Islamic State (Iraq)", the name
 *   without its country, `qualified-name`) matches one party's name or alias;
 * - `armed-forces-of-state`: "Military Forces of X (years)" is the one ARMED_FORCES party of X's
 *   country; `unit-of-state-force`: "Military Forces of X (years) Unit" is the party named Unit;
 * - `government-of`: "Government of X" is the state X;
 * - otherwise a new party (`new`), with a fresh id when its slug is taken by any node.
 *
 * A name matching several parties is `ambiguous`: reported with the candidates and given a new
 * party of its own, never merged by guess. Armed forces and police are linked to their state with
 * PART_OF; "Civilians (X)" and "Protesters (X)" are victim categories, never opposed parties.
 */
import type { PartyRecord } from '../../core/domain/records.js';
import type { OrganisationKind } from '../../core/domain/vocabulary.js';
import { type ActorForm, parseActorName } from '../identity/names.js';
import type { KnownParty, Match, Registry } from '../identity/registry.js';
import { kindOfInter } from './acled-mapping.js';

export type ResolutionRule =
  | Match['rule']
  | 'qualified-name'
  | 'armed-forces-of-state'
  | 'unit-of-state-force'
  | 'government-of'
  | 'ambiguous'
  | 'new';

/** How one actor name was resolved; the CLI prints these and the relationships carry them in their note. */
export interface ActorResolution {
  name: string;
  id: string;
  rule: ResolutionRule;
  /** The name or alias of the target that matched. */
  matched: string | null;
  /** Candidate ids when the name was ambiguous. */
  candidates: string[];
  /** True when the party was created by this import. */
  created: boolean;
  /** A category of victims (civilians, protesters): targeted, never opposed. */
  victim: boolean;
}

/** A PART_OF the import should state: a force of a state, a unit of a force. */
export interface PartOfLink {
  from: string;
  to: string;
  why: string;
}

export class AcledActors {
  readonly created: PartyRecord[] = [];
  readonly resolutions = new Map<string, ActorResolution>();
  readonly partOf: PartOfLink[] = [];
  /** Problems that are not about one row: a state name matching several parties, and so on. */
  readonly warnings: string[] = [];

  constructor(private readonly registry: Registry) {}

  /** The resolution of `name` (resolved on first use); `inter` gives the kind of a new party. */
  resolve(name: string, inter: string): ActorResolution {
    const known = this.resolutions.get(name);
    if (known) return known;
    const form = parseActorName(name);
    const resolution = this.resolveForm(name, form, inter);
    this.resolutions.set(name, resolution);
    return resolution;
  }

  private resolveForm(name: string, form: ActorForm, inter: string): ActorResolution {
    const victim = form.form === 'victims';
    const direct = this.registry.parties.find(name);
    if (direct?.ids.length === 1) {
      const resolution = this.linked(name, direct.ids[0] as string, direct.rule, direct.matched, victim);
      if (form.form === 'state-force') this.linkForce(resolution.id, form, name);
      return resolution;
    }
    if (direct) return this.ambiguous(name, direct.ids, inter, victim);
    switch (form.form) {
      case 'victims':
        return this.create(name, {
          kind: 'OTHER',
          description: `${form.category}${form.country ? ` in ${form.country}` : ''}: a category ACLED uses for unarmed ${form.category === 'Civilians' ? 'victims' : 'demonstrators'}, not an organised party`,
          victim: true,
        });
      case 'unidentified':
        return this.create(name, { kind: kindOfInter(inter) ?? 'MILITIA', unknown: true });
      case 'government': {
        const state = this.state(form.state);
        if (state && 'id' in state) return this.linked(name, state.id, 'government-of', state.matched, false);
        return this.create(name, { kind: 'GOVERNMENT' });
      }
      case 'qualified': {
        const base = this.registry.parties.find(form.base);
        if (base?.ids.length === 1) {
          return this.linked(name, base.ids[0] as string, 'qualified-name', base.matched, false);
        }
        if (base) return this.ambiguous(name, base.ids, inter, false);
        return this.create(name, { kind: kindOfInter(inter) });
      }
      case 'state-force':
        return this.stateForce(name, form, inter);
      default:
        return this.create(name, { kind: kindOfInter(inter) });
    }
  }

  private stateForce(name: string, form: Extract<ActorForm, { form: 'state-force' }>, inter: string): ActorResolution {
    if (form.unit !== null) {
      const forceName = name.slice(0, name.length - form.unit.length).trim();
      const force = this.resolve(forceName, inter);
      const unit = this.registry.parties.find(form.unit);
      const resolution =
        unit?.ids.length === 1
          ? this.linked(name, unit.ids[0] as string, 'unit-of-state-force', unit.matched, false)
          : unit
            ? this.ambiguous(name, unit.ids, inter, false)
            : this.create(name, { kind: 'ARMED_FORCES', aliases: [form.unit] });
      this.addPartOf(resolution.id, force.id, `ACLED names it a unit of "${forceName}"`);
      return resolution;
    }
    const state = this.state(form.state);
    const stateParty = state && 'id' in state ? this.registry.parties.byId.get(state.id) : undefined;
    if (form.force === 'military' && stateParty?.country) {
      const forces = [...this.registry.parties.byId.values()].filter(
        (p) => p.kind === 'ARMED_FORCES' && p.country === stateParty.country && !/^police forces of/i.test(p.name),
      );
      const own = forces.filter((p) => !this.createdIds.has(p.id) || p.name === name);
      if (own.length === 1) {
        const target = own[0] as KnownParty;
        const resolution = this.linked(name, target.id, 'armed-forces-of-state', target.name, false);
        this.linkForce(resolution.id, form, name);
        return resolution;
      }
      if (own.length > 1)
        return this.ambiguous(
          name,
          own.map((p) => p.id),
          inter,
          false,
        );
    }
    const years = form.years ? ` (${form.years})` : '';
    const resolution = this.create(name, {
      kind: 'ARMED_FORCES',
      country: stateParty?.country ?? null,
      description: `${form.force === 'police' ? 'Police' : 'Armed forces'} of ${form.state}${years}, as ACLED names them`,
      aliases: form.years ? [name.replace(/\s*\(\d{4}\s*-\s*(\d{4})?\)/, '')] : [],
    });
    this.linkForce(resolution.id, form, name);
    return resolution;
  }

  private readonly createdIds = new Set<string>();

  /** Links a force to its state with PART_OF, when the state is known or can be created. */
  private linkForce(id: string, form: ActorForm, name: string): void {
    if (form.form !== 'state-force' || form.unit !== null) return;
    const state = this.state(form.state);
    if (state && 'id' in state && state.id !== id) {
      this.addPartOf(
        id,
        state.id,
        `ACLED names it "${name}": the ${form.force === 'police' ? 'police' : 'armed forces'} of ${form.state}`,
      );
    }
  }

  /** The state party of a country name: a STATE, else a GOVERNMENT, else a new STATE party. */
  private state(country: string): { id: string; matched: string | null } | { ambiguous: string[] } | null {
    const match = this.registry.parties.find(country, (p) => p.type === 'Organisation');
    if (match) {
      const of = (kind: OrganisationKind) =>
        match.ids.filter((id) => this.registry.parties.byId.get(id)?.kind === kind);
      const pick = [of('STATE'), of('GOVERNMENT'), match.ids].find((ids) => ids.length > 0) ?? [];
      if (pick.length === 1) return { id: pick[0] as string, matched: match.matched };
      const warning = `state "${country}" is ambiguous (${[...pick].sort().join(', ')}); no PART_OF was stated for its forces`;
      if (!this.warnings.includes(warning)) this.warnings.push(warning);
      return { ambiguous: pick };
    }
    const place = this.registry.places.find(country, (p) => p.kind === 'COUNTRY');
    const created = this.create(country, {
      kind: 'STATE',
      country: place?.ids.length === 1 ? (place.ids[0] as string) : null,
      description: `The state of ${country}`,
      suffix: 'state',
    });
    return { id: created.id, matched: null };
  }

  private addPartOf(from: string, to: string, why: string): void {
    const key = `${from}>${to}`;
    if (from === to || this.registry.partOf.has(key)) return;
    this.registry.partOf.add(key);
    this.partOf.push({ from, to, why });
  }

  private linked(name: string, id: string, rule: ResolutionRule, matched: string | null, victim: boolean) {
    return { name, id, rule, matched, candidates: [], created: this.createdIds.has(id), victim };
  }

  private ambiguous(name: string, candidates: string[], inter: string, victim: boolean): ActorResolution {
    const resolution = this.create(name, { kind: kindOfInter(inter), victim });
    return { ...resolution, rule: 'ambiguous', candidates: [...candidates].sort() };
  }

  private create(
    name: string,
    fields: {
      kind?: OrganisationKind | null;
      unknown?: boolean;
      description?: string;
      country?: string | null;
      aliases?: string[];
      victim?: boolean;
      suffix?: string;
    },
  ): ActorResolution {
    const id = this.registry.freeId(name, fields.suffix ?? 'actor');
    const party: PartyRecord = {
      id,
      type: 'Organisation',
      name,
      aliases: fields.aliases ?? [],
      description: fields.description ?? null,
      country: fields.country ?? null,
      kind: fields.kind ?? null,
      unknown: fields.unknown ?? /^unidentified\b/i.test(name),
    };
    this.created.push(party);
    this.createdIds.add(id);
    this.registry.addParty(party);
    return { name, id, rule: 'new', matched: null, candidates: [], created: true, victim: fields.victim ?? false };
  }
}
