/**
 * A stand-in for Faultline's `/graphql`, answering the explorer's actor-network and analysis
 * operations with a deterministic synthetic world, and serving the built explorer (web/dist).
 * No Neo4j: it exists for the scale benchmark (tools/web-bench.ts), the 10k-party browser test
 * and the docs screenshots, where seeding 10,000 parties and 100,000 events into Neo4j would
 * take longer than the thing measured. Behaviour on the real graph is tested against the real
 * server. The answers follow schema.graphql's `actorNetwork`, `tie` and `analysis`; the analyses
 * are simple stand-ins computed over the strongest ties (sign by majority, blocs by local
 * search, frustration of that partition, centralities from degrees), not the API's algorithms.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { num, signedAnalysis, str, type Vars } from './fake-analysis.js';
import {
  dayOf,
  inWindow,
  isoDay,
  KINDS,
  makeWorld,
  SPAN_DAYS,
  type TieEvents,
  type WindowTie,
  type World,
  type WorldOptions,
} from './fake-world.js';

export { makeWorld, random, type World, type WorldOptions } from './fake-world.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIST = path.join(ROOT, 'web', 'dist');

/** Answers the explorer's operations over `world`, by operation name. */
export function resolver(world: World) {
  const windows = new Map<string, WindowTie[]>();
  const windowTies = (vars: Vars, map = world.hostile): WindowTie[] => {
    const from = str(vars.from) ? dayOf(str(vars.from)!) : 0;
    const to = str(vars.to) ? dayOf(str(vars.to)!) : SPAN_DAYS;
    const key = `${map === world.hostile ? 'h' : 'f'}:${from}:${to}`;
    let ties = windows.get(key);
    if (!ties) {
      ties = [...map.values()].map((t) => inWindow(t, from, to)).filter((t): t is WindowTie => !!t);
      ties.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1));
      windows.set(key, ties);
    }
    return ties;
  };
  const partyRef = (i: number) => ({ id: world.parties[i]!.id, name: world.parties[i]!.name });
  const tieJson = (t: WindowTie) => ({
    id: t.id,
    kind: 'OPPOSITION',
    fromId: world.parties[t.from]!.id,
    toId: world.parties[t.to]!.id,
    from: partyRef(t.from),
    to: partyRef(t.to),
    total: t.total,
    weight: t.total,
    firstDate: isoDay(t.first),
    lastDate: isoDay(t.last),
    fatalities: t.fatalities,
    roles: ['perpetrator', 'target'],
    counts: [...t.counts].map(([k, count]) => ({ kind: KINDS[k] ?? 'SUPPORTS', count })),
  });
  const evidence = (tie: TieEvents, first: number, after: string | null) => {
    const start = after ? Number(after) : 0;
    const a = world.parties[tie.from]!.name;
    const b = world.parties[tie.to]!.name;
    const edges = tie.days.slice(start, start + first).map((d, i) => {
      const kind = tie.kinds[start + i]!;
      const verb =
        kind < 0
          ? 'pledged support to'
          : (['fought', 'attacked', 'shelled', 'struck', 'abducted members of', 'condemned'][kind] ?? 'opposed');
      return {
        node: {
          id: `${tie.id}:${start + i}`,
          type: kind < 0 ? 'SUPPORTS' : 'TARGETED',
          date: { value: isoDay(d) },
          evidence: [
            {
              quote: `${a} ${verb} ${b} on ${isoDay(d)}, according to local sources.`,
              source: { title: `Synthetic wire report ${tie.id.length * 31 + start + i}` },
            },
          ],
        },
      };
    });
    const end = start + edges.length;
    return {
      totalCount: tie.days.length,
      pageInfo: { endCursor: String(end), hasNextPage: end < tie.days.length },
      edges,
    };
  };

  const totals = new WeakMap<WindowTie[], { degree: Map<number, number>; weight: Map<number, number> }>();
  /** Each party's degree and weight in a window's network, computed once per window. */
  function partyTotals(all: WindowTie[]) {
    let found = totals.get(all);
    if (!found) {
      found = { degree: new Map(), weight: new Map() };
      for (const t of all) {
        for (const p of [t.from, t.to]) {
          found.degree.set(p, (found.degree.get(p) ?? 0) + 1);
          found.weight.set(p, (found.weight.get(p) ?? 0) + t.total);
        }
      }
      totals.set(all, found);
    }
    return found;
  }

  function actorNetwork(vars: Vars) {
    let ties = windowTies(vars);
    const all = ties;
    const focus = Array.isArray(vars.focus) ? new Set(vars.focus as string[]) : null;
    if (focus) ties = ties.filter((t) => focus.has(world.parties[t.from]!.id) || focus.has(world.parties[t.to]!.id));
    const minWeight = num(vars.minWeight, 0);
    if (minWeight) ties = ties.filter((t) => t.total >= minWeight);
    if (vars.orderBy === 'RECENT_FIRST') ties = [...ties].sort((a, b) => b.last - a.last);
    const start = str(vars.after) ? Number(vars.after) : 0;
    const first = Math.min(1000, num(vars.first, 200));
    const page = ties.slice(start, start + first);
    const { degree, weight } = partyTotals(all);
    const inNetwork = new Set(ties.flatMap((t) => [t.from, t.to]));
    const onPage = [...new Set(page.flatMap((t) => [t.from, t.to]))];
    const end = start + page.length;
    return {
      actorNetwork: {
        ties: page.map(tieJson),
        parties: onPage.map((i) => {
          const p = world.parties[i]!;
          return {
            id: p.id,
            name: p.name,
            type: p.type,
            kind: p.kind,
            parentId: p.parentId,
            parentName: p.parentName,
            degree: degree.get(i) ?? 0,
            weight: weight.get(i) ?? 0,
          };
        }),
        totalTies: ties.length,
        totalParties: inNetwork.size,
        truncated: end < ties.length,
        endCursor: page.length ? String(end) : null,
        hasNextPage: end < ties.length,
      },
    };
  }

  function findTie(id: string): TieEvents | undefined {
    return world.hostile.get(id) ?? world.friendly.get(id);
  }

  /** Signed ties over the strongest pairs of the window, and a stand-in analysis of them. */
  const context = { world, windowTies, partyRef, evidence, findTie };
  // The whole span is what the explorer asks for first; a database would have it indexed.
  partyTotals(windowTies({}));
  return (operation: string, vars: Vars): unknown => {
    switch (operation) {
      case 'DateRange':
        return { dateRange: { first: isoDay(0), last: isoDay(SPAN_DAYS) } };
      case 'ActorNetwork':
        return actorNetwork(vars);
      case 'TieDetails': {
        const tie = findTie(String(vars.id));
        if (!tie) return { tie: null };
        return { tie: tieJson(inWindow(tie, 0, SPAN_DAYS)!) };
      }
      case 'TieEvidence': {
        const tie = findTie(String(vars.id));
        if (!tie) return { tie: null };
        return { tie: { id: tie.id, evidence: evidence(tie, Math.min(100, num(vars.first, 10)), str(vars.after)) } };
      }
      case 'Analysis':
      case 'SignedTieEvidence': {
        const { analysis: a } = signedAnalysis(context, { ...vars, ties: vars.ties ?? 600 });
        return { analysis: a };
      }
      case 'Search': {
        const text = String(vars.text ?? '').toLowerCase();
        const hits = world.parties
          .filter((p) => p.name.toLowerCase().includes(text))
          .slice(0, num(vars.first, 10))
          .map((p) => ({ score: 1, node: { id: p.id, name: p.name, type: p.type } }));
        return { search: hits };
      }
      case 'NodeDetails': {
        const p = world.parties.find((q) => q.id === vars.id);
        return { node: p ? { id: p.id, name: p.name, type: p.type, aliases: [], description: null } : null };
      }
      default:
        return undefined;
    }
  };
}

export interface StandIn {
  url: string;
  world: World;
  /** GraphQL requests answered, by operation name. */
  requests: Map<string, number>;
  close(): Promise<void>;
}

/** Starts the stand-in on 127.0.0.1 and a free port. */
export async function startStandIn(options: WorldOptions & { webDir?: string }): Promise<StandIn> {
  const world = makeWorld(options);
  const answer = resolver(world);
  const webDir = options.webDir ?? WEB_DIST;
  const requests = new Map<string, number>();
  const server = http.createServer(async (req, res) => {
    if (req.url?.startsWith('/graphql')) {
      let body = '';
      for await (const chunk of req) body += chunk;
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Vars };
      const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
      requests.set(name, (requests.get(name) ?? 0) + 1);
      const data = answer(name, variables ?? {});
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data ? { data } : { errors: [{ message: `the stand-in serves no ${name}` }] }));
      return;
    }
    const url = req.url ?? '/';
    const file = url === '/' || url.startsWith('/?') ? 'index.html' : url.split('?')[0]!.slice(1);
    try {
      const bytes = readFileSync(path.join(webDir, path.normalize(file)));
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html';
      res.writeHead(200, { 'content-type': type });
      res.end(bytes);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    world,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
