/**
 * `npx tsx tools/write-ceiling.ts --port 7791 --home /tmp/h3-neo4j [--relationships 60000] [--rounds 3] [--wipe]`:
 * what Neo4j's transactional write path costs per relationship on this machine, and so the most
 * relationships per second any client could write through it. It writes the same relationships
 * through the bulk path's own writer (core/storage BulkWriter: CREATE batches of 5,000 rows,
 * endpoints by element id, 3 transactions in flight) three ways, interleaved round by round:
 *   - as the bulk path stores them (relationshipToProps: id, status, quotes and their sources,
 *     derivations, the date and its day copies);
 *   - with some of those properties (SHAPES below), down to their id alone;
 *   - with no property at all.
 * For each it reads the Neo4j server's CPU time from /proc before and after (the server whose
 * command line names --home) and this process's own, and prints both per relationship with the
 * ceiling they set on this machine's cores: cores × 1 s ÷ (server + client CPU per relationship).
 * The database must be empty (or --wipe it); everything written is deleted after each run.
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config.js';
import { deferredSchemaDropStatements } from '../core/cypher/index.js';
import { Database } from '../core/db/index.js';
import { exactDate } from '../core/domain/fuzzy-date.js';
import { type RelationshipRecord, statedRelationship } from '../core/domain/records.js';
import { BulkWriter } from '../core/storage/bulk-writer.js';
import { countGraph, type Props, partyToProps, relationshipToProps, resetGraph } from '../core/storage/index.js';
import { organisation } from '../tests/support/records.js';
import { cpuSeconds, serverPid } from './neo4j-process.js';
import { wholeOption } from './options.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7791' },
    home: { type: 'string', default: '/tmp/faultline-bench-neo4j' },
    relationships: { type: 'string', default: '60000' },
    parties: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    wipe: { type: 'boolean', default: false },
  },
});

const RELATIONSHIPS = wholeOption('relationships', values.relationships, 1, 10_000_000);
const PARTIES = wholeOption('parties', values.parties, 2, 1_000_000);
const ROUNDS = wholeOption('rounds', values.rounds, 1, 100);

/** The Neo4j server started with `home`; the ceiling is read from its CPU time. */
function server(home: string): number {
  const pid = serverPid(home);
  if (pid === null) throw new Error(`no Neo4j server runs with --home-dir=${home} (start it with npm run neo4j)`);
  return pid;
}

const serverCpuMs = (pid: number) => cpuSeconds(pid) * 1000;

function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Relationships shaped like the synthetic generator's: a dated OPPOSES tie with one quote. */
function relationship(i: number): RelationshipRecord {
  const from = `party-${i % PARTIES}`;
  const to = `party-${(i * 7 + 3) % PARTIES}`;
  return statedRelationship({
    type: 'OPPOSES',
    from,
    to,
    key: String(i),
    date: exactDate(`20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`),
    evidence: [
      {
        source: `synthetic-source-${i % 500}`,
        quote: `Party ${i % PARTIES} and party ${(i * 7 + 3) % PARTIES} exchanged fire near the border crossing of Port Rukbarsel, the ${i}th such clash.`,
      },
    ],
  });
}

/** Only these of a relationship's stored properties. */
const only = (keys: readonly string[]) => (r: RelationshipRecord) => {
  const stored = relationshipToProps(r);
  return Object.fromEntries(keys.map((k) => [k, stored[k] ?? null]));
};

/**
 * The properties each run stores. "Without derivable ones" leaves out what a reader could work out
 * (status STATED, an empty derivation list, an exact date's precision and bounds): what the
 * ceiling would be if the stored graph gave up describing itself to Cypher users.
 */
const SHAPES: Record<string, (r: RelationshipRecord) => Props> = {
  'as stored': (r) => relationshipToProps(r),
  'without derivable ones': only(['id', 'evidenceSources', 'evidenceQuotes', 'date', 'dateStart', 'dateEnd']),
  'id and quotes': only(['id', 'evidenceSources', 'evidenceQuotes']),
  'id and date': only(['id', 'date', 'datePrecision', 'dateFrom', 'dateTo', 'dateStart', 'dateEnd']),
  'id only': only(['id']),
  'no properties': () => ({}),
};

async function writeOnce(db: Database, shape: (r: RelationshipRecord) => Props) {
  const writer = new BulkWriter(db, { create: true });
  for (let p = 0; p < PARTIES; p++) {
    const party = organisation(`party-${p}`, { name: `Party ${p}`, kind: 'MILITIA' });
    await writer.node('Organisation', { id: party.id, props: partyToProps(party) });
  }
  // Nodes go first and are committed before the first relationship batch: time only the relationships.
  const rows = Array.from({ length: RELATIONSHIPS }, (_, i) => {
    const r = relationship(i);
    return { id: r.id, from: r.from, to: r.to, props: shape(r) };
  });
  const pid = server(values.home);
  const [server0, own0, t0] = [serverCpuMs(pid), ownCpuMs(), performance.now()];
  for (const row of rows) await writer.relationship('OPPOSES', row);
  await writer.finish();
  const seconds = (performance.now() - t0) / 1000;
  return {
    perSecond: RELATIONSHIPS / seconds,
    serverUs: ((serverCpuMs(pid) - server0) * 1000) / RELATIONSHIPS,
    clientUs: ((ownCpuMs() - own0) * 1000) / RELATIONSHIPS,
  };
}

async function main(): Promise<void> {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${values.port}`,
    NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'faultline-local',
    LOG_LEVEL: 'silent',
  });
  const db = new Database(config.neo4j, { transactionTimeoutMs: 600_000 });
  try {
    const before = await countGraph(db);
    if (before.nodes > 0 && !values.wipe) throw new Error('the database holds data: pass --wipe to delete it first');
    await resetGraph(db);
    // As the bulk path does into an empty database: no relationship constraint or index to update.
    for (const statement of deferredSchemaDropStatements()) await db.write(statement);
    const cores = availableParallelism();
    console.log(
      `# Neo4j's write ceiling: ${RELATIONSHIPS} relationships a run between ${PARTIES} parties, ${ROUNDS} rounds, ${cores} cores, load ${loadavg()[0]?.toFixed(2)}`,
    );
    const results = new Map<string, Awaited<ReturnType<typeof writeOnce>>[]>();
    const names = Object.keys(SHAPES);
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate which shape goes first, so the server's warm-up and drift in load hit all alike.
      for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
        const shape = SHAPES[name];
        if (!shape) continue;
        const measured = await writeOnce(db, shape);
        await resetGraph(db);
        results.set(name, [...(results.get(name) ?? []), measured]);
        console.log(
          `  round ${round + 1}, ${name}: ${measured.perSecond.toFixed(0)} relationships/s, Neo4j ${measured.serverUs.toFixed(1)} µs and client ${measured.clientUs.toFixed(1)} µs of CPU each`,
        );
      }
    }
    console.log(
      '\n| properties | relationships/s (best round) | Neo4j CPU µs each (median) | client CPU µs each (median) | ceiling on these cores |',
    );
    console.log('|---|---|---|---|---|');
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    for (const [name, runs] of results) {
      const server = median(runs.map((r) => r.serverUs));
      const client = median(runs.map((r) => r.clientUs));
      const best = Math.max(...runs.map((r) => r.perSecond));
      console.log(
        `| ${name} | ${best.toFixed(0)} | ${server.toFixed(1)} | ${client.toFixed(1)} | ${((cores * 1e6) / (server + client)).toFixed(0)}/s |`,
      );
    }
    console.log(`\nLoad average at the end: ${loadavg()[0]?.toFixed(2)}.`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
