/**
 * Stating relationships with evidence (`relate`) and taking them back (`retract`), each in one
 * write transaction. Ids come from relationshipId(from, type, to, key), so a retried `relate`
 * merges into the relationship it already made instead of adding a second one.
 */

import {
  deleteRelationshipsStatement,
  dependentsStatement,
  nodesByIdStatement,
  relateStatement,
  relationshipByIdStatement,
  sourceTextsStatement,
} from '../../../core/cypher/write.cypher.js';
import type { Database } from '../../../core/db/index.js';
import type { FuzzyDate } from '../../../core/domain/fuzzy-date.js';
import {
  type EvidenceRecord,
  ID_PATTERN,
  type RelationshipRecord,
  relationshipId,
  typeOfRelationshipId,
} from '../../../core/domain/records.js';
import {
  endpointAccepts,
  isRelationshipType,
  RELATIONSHIP_SPECS,
  type RelationshipType,
} from '../../../core/domain/vocabulary.js';
import { groupBy } from '../../../core/group.js';
import { dateToProps } from '../../../core/storage/properties.js';
import { badInput, conflict, notFound } from '../../errors/index.js';
import { nodeTypeOfLabels } from './node-write.service.js';

export interface RelateCommand {
  type: RelationshipType;
  from: string;
  to: string;
  /** Tells apart two relationships of the same type between the same nodes. */
  key?: string | null;
  /** undefined keeps an existing relationship's value; null clears it. */
  role?: string | null;
  date?: FuzzyDate | null;
  note?: string | null;
  evidence: EvidenceRecord[];
}

export interface RetractResult {
  id: string;
  /** Every relationship removed: `id` first, then those derived from it (with cascade). */
  retracted: string[];
}

function withoutDuplicates(evidence: EvidenceRecord[]): EvidenceRecord[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.source}\u0000${e.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export class RelationshipWriteService {
  constructor(private readonly db: Database) {}

  /** Creates the relationship, or adds evidence to the one with the same id; returns it as stored. */
  relate(command: RelateCommand): Promise<RelationshipRecord> {
    const { type, from, to } = command;
    if (!isRelationshipType(type)) throw badInput('type', `Unknown relationship type "${type}".`);
    if (command.key != null && !ID_PATTERN.test(command.key)) {
      throw badInput('key', 'A key is a slug: lower-case letters, digits and single hyphens.');
    }
    if (from === to) throw badInput('to', 'A relationship cannot start and end at the same node.');
    if (command.evidence.length === 0)
      throw badInput('evidence', 'A stated relationship needs at least one piece of evidence.');
    const spec = RELATIONSHIP_SPECS[type];
    const id = relationshipId(from, type, to, command.key);

    return this.db.writeTransaction(async (run) => {
      const types = new Map((await run(nodesByIdStatement([from, to]))).map((n) => [n.id, nodeTypeOfLabels(n.labels)]));
      for (const [field, nodeId, accepted] of [
        ['from', from, spec.from],
        ['to', to, spec.to],
      ] as const) {
        const nodeType = types.get(nodeId);
        if (nodeType === undefined) throw badInput(field, `No node with id "${nodeId}".`);
        if (!accepted.some((endpoint) => endpointAccepts(endpoint, nodeType))) {
          throw badInput(
            field,
            `${type} goes from ${spec.from.join(' or ')} to ${spec.to.join(' or ')}, but "${nodeId}" is a ${nodeType}.`,
          );
        }
      }

      const texts = new Map(
        (await run(sourceTextsStatement(command.evidence.map((e) => e.source)))).map((s) => [s.id, s.text]),
      );
      command.evidence.forEach((e, i) => {
        const text = texts.get(e.source);
        if (text === undefined) throw badInput(`evidence[${i}].source`, `No source with id "${e.source}".`);
        if (e.quote === '' || !text.includes(e.quote)) {
          throw badInput(
            `evidence[${i}].quote`,
            `The quote is not an exact substring of the text of source "${e.source}".`,
          );
        }
      });

      // One statement under the relationship's write lock: concurrent calls append, never overwrite.
      const [written] = await run(
        relateStatement(type, {
          id,
          from,
          to,
          // Checked above: every quote is in its source's text, so each offset is known.
          evidence: withoutDuplicates(command.evidence).map((e) => ({
            source: e.source,
            quote: e.quote,
            offset: (texts.get(e.source) ?? '').indexOf(e.quote),
          })),
          role: command.role,
          note: command.note,
          dateProps: command.date === undefined ? undefined : dateToProps('date', command.date),
        }),
      );
      if (!written) throw new Error(`relate wrote no relationship for ${id}`);
      if (written.record.status === 'DERIVED') {
        throw conflict(`"${id}" is a derived relationship; retract it before stating it with evidence.`, { id });
      }
      return written.record;
    });
  }

  /**
   * Removes a relationship. Refuses (CONFLICT) when derived relationships follow from it, unless
   * `cascade`, which removes them too (and, transitively, what was derived from those).
   */
  retract(id: string, cascade = false): Promise<RetractResult> {
    const type = typeOfRelationshipId(id);
    if (type === undefined || !isRelationshipType(type))
      return Promise.reject(notFound(`No relationship with id "${id}".`, { id }));

    return this.db.writeTransaction(async (run) => {
      // The lock makes a concurrent relate wait for this retract (or this retract for it).
      const [found] = await run(relationshipByIdStatement(type, id, { lock: true }));
      if (!found) throw notFound(`No relationship with id "${id}".`, { id });

      const dependents: { id: string; type: RelationshipType }[] = [];
      const seen = new Set([id]);
      let frontier = [id];
      while (frontier.length > 0) {
        const rows = await run(dependentsStatement(frontier));
        frontier = [];
        for (const row of rows) {
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          dependents.push(row);
          frontier.push(row.id);
        }
      }
      if (dependents.length > 0 && !cascade) {
        const ids = dependents.map((d) => d.id);
        throw conflict(
          `${ids.length} derived relationship(s) follow from "${id}": ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}. Retract them first, or pass cascade: true to retract them too.`,
          { id, dependents: ids },
        );
      }

      const byType = groupBy(
        [{ type, id }, ...dependents],
        (d) => d.type,
        (d) => d.id,
      );
      for (const [t, ids] of byType) await run(deleteRelationshipsStatement(t, ids));
      return { id, retracted: [id, ...dependents.map((d) => d.id)] };
    });
  }
}
