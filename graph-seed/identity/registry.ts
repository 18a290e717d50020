/**
 * Every party and place an import can link to: those already in the database (loaded once before
 * the import) and those the import has created so far, looked up by exact name, exact alias, or
 * normalised name/alias. Also the one id space: an id taken by a node of any type is never reused
 * for something else.
 */
import type { NodeType, OrganisationKind, PartyType, PlaceKind } from '../../core/domain/vocabulary.js';
import { slugify } from '../import/slug.js';
import { normaliseName } from './names.js';

export interface KnownParty {
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
  kind: OrganisationKind | null;
  country: string | null;
}

export interface KnownPlace {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  within: string | null;
}

/** What the database holds that an import must respect: its parties and places, and the type of every id it asked about. */
export interface IdentitySnapshot {
  parties: KnownParty[];
  places: KnownPlace[];
  /** Node ids of any type known to exist (parties and places included). */
  nodeTypes: Map<string, NodeType>;
  /** PART_OF links between parties already stated, as `child>whole`. */
  partOf: Set<string>;
}

export function emptySnapshot(): IdentitySnapshot {
  return { parties: [], places: [], nodeTypes: new Map(), partOf: new Set() };
}

/** How a name was matched: its exact name, one of its aliases, or a name or alias once normalised. */
export type MatchRule = 'exact-name' | 'exact-alias' | 'normalised';

export interface Match {
  ids: string[];
  rule: MatchRule;
  /** The name or alias that matched, as the target spells it. */
  matched: string;
}

class NameIndex<T extends { id: string; name: string; aliases: string[] }> {
  readonly byId = new Map<string, T>();
  private readonly names = new Map<string, string[]>();
  private readonly aliases = new Map<string, string[]>();
  private readonly normalised = new Map<string, string[]>();

  add(item: T): void {
    if (this.byId.has(item.id)) return;
    this.byId.set(item.id, item);
    const put = (map: Map<string, string[]>, key: string) => {
      if (key === '') return;
      const ids = map.get(key) ?? [];
      if (!ids.includes(item.id)) ids.push(item.id);
      map.set(key, ids);
    };
    put(this.names, item.name);
    put(this.normalised, normaliseName(item.name));
    for (const alias of item.aliases) {
      put(this.aliases, alias);
      put(this.normalised, normaliseName(alias));
    }
  }

  find(text: string, accept: (item: T) => boolean = () => true): Match | null {
    const pick = (ids: string[] | undefined) => (ids ?? []).filter((id) => accept(this.byId.get(id) as T));
    const byName = pick(this.names.get(text));
    if (byName.length > 0) return { ids: byName, rule: 'exact-name', matched: text };
    const byAlias = pick(this.aliases.get(text));
    if (byAlias.length > 0) return { ids: byAlias, rule: 'exact-alias', matched: text };
    const key = normaliseName(text);
    const byNorm = pick(this.normalised.get(key));
    if (byNorm.length === 0) return null;
    const first = this.byId.get(byNorm[0] as string) as T;
    const spelled = [first.name, ...first.aliases].find((n) => normaliseName(n) === key) ?? first.name;
    return { ids: byNorm, rule: 'normalised', matched: spelled };
  }
}

export class Registry {
  readonly parties = new NameIndex<KnownParty>();
  readonly places = new NameIndex<KnownPlace>();
  private readonly ids = new Map<string, NodeType>();
  readonly partOf: Set<string>;

  constructor(snapshot: IdentitySnapshot = emptySnapshot()) {
    this.partOf = new Set(snapshot.partOf);
    for (const [id, type] of snapshot.nodeTypes) this.ids.set(id, type);
    for (const p of snapshot.parties) this.addParty(p);
    for (const p of snapshot.places) this.addPlace(p);
  }

  addParty(p: KnownParty): void {
    this.parties.add(p);
    this.ids.set(p.id, p.type);
  }

  addPlace(p: KnownPlace): void {
    this.places.add(p);
    this.ids.set(p.id, 'Place');
  }

  /** Marks an id as used (an event or source the import creates). */
  claim(id: string, type: NodeType): void {
    this.ids.set(id, type);
  }

  /** The type of the node holding `id`, if any. */
  typeOf(id: string): NodeType | undefined {
    return this.ids.get(id);
  }

  /** A free id from `name`: its slug, else slug-`suffix`, else slug-`suffix`-2, … */
  freeId(name: string, suffix: string): string {
    const base = slugify(name) || suffix;
    if (!this.ids.has(base)) return base;
    const second = `${base}-${suffix}`;
    if (!this.ids.has(second)) return second;
    for (let n = 2; ; n++) if (!this.ids.has(`${second}-${n}`)) return `${second}-${n}`;
  }
}
