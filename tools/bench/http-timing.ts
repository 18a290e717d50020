/** GraphQL over HTTP with keep-alive, and the timing figures the benchmark prints. */
import http from 'node:http';
import { percentile } from './stats.js';

export const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export interface HttpAnswer {
  status: number;
  body: string;
}

export function post(url: URL, payload: string): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

export async function graphql(url: URL, payload: string): Promise<HttpAnswer> {
  // A kept-alive socket the server closed while idle (after a long statement run) fails once; retry on a new one.
  const answer = await post(url, payload).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ECONNRESET' || /socket hang up/.test(error.message)) return post(url, payload);
    throw error;
  });
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.body.slice(0, 500)}`);
  return answer;
}

/** The data of a GraphQL answer; throws on errors or no data. */
export function dataOf(body: string): Record<string, unknown> {
  const json = JSON.parse(body) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(`GraphQL errors: ${json.errors.map((e) => e.message).join('; ')}`);
  if (!json.data) throw new Error('the answer holds no data');
  return json.data;
}

export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export interface Figures {
  p50: number;
  p95: number;
}

export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

export async function throughput(
  url: URL,
  payload: string,
  clients: number,
  durationMs: number,
): Promise<{ rps: number; errors: number; seconds: number }> {
  const deadline = performance.now() + durationMs;
  let done = 0;
  let errors = 0;
  const started = performance.now();
  // Each client stops at the deadline, and after at most 100,000 requests in any case.
  const client = async () => {
    for (let n = 0; n < 100_000 && performance.now() < deadline; n++) {
      try {
        await graphql(url, payload);
        done += 1;
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const seconds = (performance.now() - started) / 1000;
  return { rps: done / seconds, errors, seconds };
}
