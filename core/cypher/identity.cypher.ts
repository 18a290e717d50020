/**
 * What importers read before they build anything: the parties and places already in the graph
 * (to link actors and places to them by name or alias) and the type of any id they mean to use
 * (so an import never relabels a node of another type).
 */
import { optText, type Row, text, texts } from '../db/decode.js';
import type { Statement } from '../db/index.js';
import {
  isNodeType,
  type NodeType,
  ORGANISATION_KINDS,
  type OrganisationKind,
  type PartyType,
  PLACE_KINDS,
  type PlaceKind,
} from '../domain/vocabulary.js';

export interface PartyIdentityRow {
  id: string;
  type: PartyType;
  name: string;
  aliases: string[];
  kind: OrganisationKind | null;
  country: string | null;
}

export interface PlaceIdentityRow {
  id: string;
  name: string;
  aliases: string[];
  kind: PlaceKind;
  within: string | null;
}

const orgKind = (v: string | null): OrganisationKind | null =>
  (ORGANISATION_KINDS as readonly string[]).includes(v ?? '') ? (v as OrganisationKind) : null;

/** Every party's id, type, names and kind. */
export function partyIdentitiesStatement(): Statement<PartyIdentityRow> {
  return {
    cypher: `MATCH (p:Party)
RETURN p.id AS id, CASE WHEN p:Person THEN 'Person' ELSE 'Organisation' END AS type, p.name AS name,
  coalesce(p.aliases, []) AS aliases, p.kind AS kind, p.country AS country`,
    decode: (row: Row) => ({
      id: text(row, 'id'),
      type: text(row, 'type') === 'Person' ? 'Person' : 'Organisation',
      name: optText(row, 'name') ?? '',
      aliases: texts(row, 'aliases'),
      kind: orgKind(optText(row, 'kind')),
      country: optText(row, 'country'),
    }),
  };
}

/** Every place's id, names, kind and enclosing place. */
export function placeIdentitiesStatement(): Statement<PlaceIdentityRow> {
  return {
    cypher: `MATCH (p:Place)
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.kind AS kind, p.within AS within`,
    decode: (row: Row) => {
      const kind = optText(row, 'kind');
      return {
        id: text(row, 'id'),
        name: optText(row, 'name') ?? '',
        aliases: texts(row, 'aliases'),
        kind: (PLACE_KINDS as readonly string[]).includes(kind ?? '') ? (kind as PlaceKind) : 'OTHER',
        within: optText(row, 'within'),
      };
    },
  };
}

/** The Faultline type of each of `ids` that exists (the most specific of its labels). */
export function nodeTypesStatement(ids: readonly string[]): Statement<{ id: string; type: NodeType | null }> {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE NOT l IN ['Node', 'Party', 'Event']] AS labels`,
    params: { ids: [...new Set(ids)] },
    decode: (row: Row) => {
      const type = texts(row, 'labels').find(isNodeType);
      return { id: text(row, 'id'), type: type ?? null };
    },
  };
}

/** Pairs of parties already linked by PART_OF (child, whole), so an import does not state a link twice. */
export function partOfPairsStatement(): Statement<{ from: string; to: string }> {
  return {
    cypher: 'MATCH (a:Party)-[:PART_OF]->(b:Party) RETURN DISTINCT a.id AS from, b.id AS to',
    decode: (row: Row) => ({ from: text(row, 'from'), to: text(row, 'to') }),
  };
}
