/**
 * Open-loop HTTP probes for the responsiveness benchmark: requests sent on a fixed schedule whatever the server does,
 * each timed from when it was due, and their latencies summarised.
 */
import { Agent, get } from 'node:http';

/** One request: when it was due (performance.now()) and how long after that its answer was read. */
export interface Sample {
  due: number;
  ms: number;
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  requests: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

export function summarise(samples: readonly Sample[]): Latency {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0), requests: sorted.length };
}

/**
 * Kept-alive connections for the probes. The load generator shares the machine's two cores with the server, and its
 * own pauses count as the server's latency: node:http allocates several times less per request than fetch, whose
 * collections in this process showed up as slow answers.
 */
export const probeAgent = new Agent({ keepAlive: true });

/** GET `url` with the token; resolves once the whole answer is read, fails on a non-2xx status. */
function probe(url: string, token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(url, { agent: probeAgent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
      res.resume();
      res.once('end', () => (ok ? resolve() : reject(new Error(`${url} answered ${res.statusCode}`))));
      res.once('error', reject);
    }).once('error', reject);
  });
}

/**
 * GET `url` with the token and its JSON answer, through the probes' kept-alive connections: the review's status is
 * polled while the probes are timed, and a poll through fetch (which allocates several times more) would make this
 * process collect during the reviews only, its pauses counted as slow answers of the server.
 */
export function getJson(url: string, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, { agent: probeAgent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.once('end', () => {
        try {
          resolve(JSON.parse(body));
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      });
      res.once('error', reject);
    }).once('error', reject);
  });
}

/**
 * Sends GET `url` (or the URL made for its i-th request) every 1000/`rate` ms until `stop` resolves and times each from when it was due, not from when it
 * could be sent: a server that stalls for a second makes every request of that second late (a closed-loop load
 * generator would wait with it and hide the stall). Any error or non-2xx fails the benchmark.
 */
export async function probeUntil(url: string | ((i: number) => string), token: string, stop: Promise<unknown>, rate: number): Promise<Sample[]> {
  const urlOf = typeof url === 'string' ? () => url : url;
  const samples: Sample[] = [];
  const pending = new Set<Promise<void>>();
  let stopped = false;
  void stop.then(() => (stopped = true));
  const first = performance.now();
  for (let i = 0; !stopped; i++) {
    const due = first + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const request = probe(urlOf(i), token).then(() => {
      samples.push({ due, ms: performance.now() - due });
    });
    pending.add(request);
    void request.finally(() => pending.delete(request));
  }
  await Promise.all(pending);
  return samples;
}
