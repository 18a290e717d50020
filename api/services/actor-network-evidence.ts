/** The evidence of actor-network ties: the relationships behind each, gathered in its window. */
import { type EvidenceRequest, type EvidenceRow, tieEvidenceStatement, type Window } from '../../core/cypher/index.js';
import type { Database } from '../../core/db/index.js';
import { OPPOSITION_DIRECT, REPRESENTATION_DIRECT, type TieValue, windowKey } from './actor-network-ties.js';

/** The relationships behind one tie, gathered in one window. */
export interface EvidenceQuery extends Omit<EvidenceRequest, 'key'> {
  window: Window;
}

/** Relationship ids behind each query, most recent first (undated last), each once. */
export async function tieEvidence(db: Database, queries: readonly EvidenceQuery[]): Promise<string[][]> {
  const byWindow = new Map<string, { window: Window; requests: EvidenceRequest[] }>();
  queries.forEach((q, i) => {
    const k = windowKey(q.window);
    const group = byWindow.get(k) ?? { window: q.window, requests: [] };
    const { window: _w, ...request } = q;
    group.requests.push({ ...request, key: String(i) });
    byWindow.set(k, group);
  });
  const found: EvidenceRow[][] = queries.map(() => []);
  for (const { window, requests } of byWindow.values()) {
    for (const row of await db.read(tieEvidenceStatement(requests, window))) found[Number(row.key)]?.push(row);
  }
  return found.map((rows) => {
    rows.sort((x, y) => {
      const a = x.date ?? '';
      const b = y.date ?? '';
      return a !== b ? (a > b ? -1 : 1) : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
    });
    return [...new Set(rows.map((r) => r.id))];
  });
}

/** Where a tie's evidence is gathered: opposition and representation ties, directed. */
export function evidenceQueriesOf(tie: TieValue): EvidenceQuery[] {
  return tie.kind === 'OPPOSITION'
    ? [
        {
          from: tie.fromId,
          to: tie.toId,
          events: true,
          direct: OPPOSITION_DIRECT,
          chains: false,
          shared: false,
          window: tie.window,
        },
      ]
    : [
        {
          from: tie.fromId,
          to: tie.toId,
          events: false,
          direct: REPRESENTATION_DIRECT,
          chains: true,
          shared: false,
          window: tie.window,
        },
      ];
}
