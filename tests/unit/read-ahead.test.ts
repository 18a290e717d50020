/**
 * What the API remembers of a request body to read ahead the next time (api/http/read-ahead.ts),
 * with a stand-in for the database door that only records which reads it was asked to start
 * (tests/integration/read-ahead.test.ts runs the real thing against Neo4j).
 */
import { describe, expect, it } from 'vitest';
import { MAX_BODIES, MAX_BODY_CHARS, MAX_READS, ReadAhead } from '../../api/http/read-ahead.js';
import type { Database, Statement } from '../../core/db/index.js';

const KEY = 'a-key-of-sixteen-chars';

function setUp(requireKeyForReads = false) {
  const started: Statement<unknown>[][] = [];
  const base = {
    readingAhead(statements: readonly Statement<unknown>[]) {
      started.push([...statements]);
      return { ahead: statements } as unknown as Database;
    },
  } as unknown as Database;
  const readAhead = new ReadAhead(base, { apiKeys: [KEY], requireKeyForReads });
  const anyone = { presented: false, valid: false };
  /** One request: `reads` are its single reads (in order), `other` whether it also wrote or ran a transaction. */
  const send = (body: string, reads: Statement<unknown>[], options: { status?: number; other?: boolean } = {}) => {
    const request = readAhead.begin(body, { credentials: anyone });
    for (const statement of reads) request.log.started('read', statement);
    if (options.other) request.log.started('other', null);
    // Each read ends after all have started (the first wave), told ahead when it was started ahead.
    for (const _ of reads)
      request.log.finished({
        cypher: '',
        mode: 'READ',
        ms: 1,
        rows: 1,
        ahead: request.started > request.log.counts.taken,
      });
    readAhead.end(body, request, options.status ?? 200);
    return request;
  };
  return { readAhead, started, send, base };
}

const party = (id: string): Statement<unknown> => ({ cypher: 'MATCH (n:Node {id: $id}) RETURN n', params: { id } });

describe('ReadAhead', () => {
  it('reads ahead from the second time a body is sent, what it read first the time before', () => {
    const { send, started } = setUp();
    expect(send('A', [party('x')]).started).toBe(0);
    expect(send('A', [party('x')]).started).toBe(1);
    expect(started).toEqual([[party('x')]]);
    expect(send('B', [party('y')]).started).toBe(0);
  });

  it('stops reading a body ahead once its first reads were seen to change, until it is forgotten', () => {
    const { send, started } = setUp();
    send('A', [party('x')]);
    send('A', [party('other')]);
    expect(send('A', [party('other')]).started).toBe(0);
    expect(send('A', [party('other')]).started).toBe(0);
    expect(started).toHaveLength(1);
  });

  it('forgets a body answered otherwise than 200, or that wrote or ran a transaction', () => {
    const { send } = setUp();
    send('A', [party('x')]);
    send('A', [party('x')], { status: 500 });
    expect(send('A', [party('x')]).started).toBe(0);
    send('B', [party('x')]);
    send('B', [party('x')], { other: true });
    expect(send('B', [party('x')]).started).toBe(0);
    expect(send('B', [party('x')]).started).toBe(1);
  });

  it('keeps what it knows of a body when a request of it was refused before it ran anything', () => {
    const { send } = setUp();
    send('A', [party('x')]);
    send('A', [], { status: 401 });
    expect(send('A', [party('x')]).started).toBe(1);
  });

  it('remembers no body over MAX_BODY_CHARS and no request of more than MAX_READS first reads', () => {
    const { send, readAhead } = setUp();
    const long = `{${' '.repeat(MAX_BODY_CHARS)}}`;
    send(long, [party('x')]);
    expect(send(long, [party('x')]).started).toBe(0);
    const many = Array.from({ length: MAX_READS + 1 }, (_, i) => party(`p${i}`));
    send('M', many);
    expect(send('M', many).started).toBe(0);
    const most = many.slice(0, MAX_READS);
    send('N', most);
    expect(send('N', most).started).toBe(MAX_READS);
    expect(readAhead.size).toBe(1);
  });

  it('forgets the body sent longest ago beyond MAX_BODIES', () => {
    const { send, readAhead } = setUp();
    for (let i = 0; i <= MAX_BODIES; i++) send(`body ${i}`, [party(String(i))]);
    expect(readAhead.size).toBe(MAX_BODIES);
    expect(send('body 0', [party('0')]).started).toBe(0);
    expect(send(`body ${MAX_BODIES}`, [party(String(MAX_BODIES))]).started).toBe(1);
  });

  it('starts nothing for a caller who may not read, when reads need a key', () => {
    const { readAhead, started, send } = setUp(true);
    send('A', [party('x')]);
    expect(readAhead.begin('A', { credentials: { presented: true, valid: false } }).started).toBe(0);
    expect(readAhead.begin('A', { credentials: { presented: false, valid: false } }).started).toBe(0);
    expect(readAhead.begin('A', { credentials: { presented: true, valid: true } }).started).toBe(1);
    expect(started).toHaveLength(1);
  });

  it('keeps only the reads started before the first came back', () => {
    const { readAhead, started } = setUp();
    for (let i = 0; i < 2; i++) {
      const request = readAhead.begin('A', { credentials: { presented: false, valid: false } });
      request.log.started('read', party('root'));
      request.log.finished({ cypher: '', mode: 'READ', ms: 1, rows: 1, ahead: i === 1 });
      // Made from what the first read answered: not the body's alone.
      request.log.started('read', party('found-by-the-first'));
      request.log.finished({ cypher: '', mode: 'READ', ms: 1, rows: 1, ahead: false });
      readAhead.end('A', request, 200);
    }
    expect(started).toEqual([[party('root')]]);
  });
});
