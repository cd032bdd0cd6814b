/**
 * How every hostile case is judged: the answer is the contract's error (status, code, an Indonesian message, a
 * request id), the server still answers its health probe, and a read of the other instansi, sent at the same time,
 * succeeds. The cases end with a check that those neighbour reads kept their latency; each file ends with
 * {@link itWroteCleanLogs}.
 */
import { beforeAll, expect, it } from 'vitest';
import type { HostileApi } from './hostile-api.js';

export interface Answer {
  statusCode: number;
  body: string;
}

export interface HostileCase {
  name: string;
  send(api: HostileApi): Promise<Answer>;
  status: number;
  /** The error code expected; any code when omitted. */
  code?: string;
}

/** Words of fastify's and zod's English defaults that must not reach a user. */
const ENGLISH = /\b(is not|cannot|must be|expected|received|invalid|Body|Route|not found|exceeding|Too many)\b/;

export function expectContractError(res: Answer, status: number, code?: string): void {
  expect(res.statusCode, res.body).toBe(status);
  const body = JSON.parse(res.body) as { error: { code: string; message: string; details?: unknown }; requestId: string };
  expect(Object.keys(body).sort()).toEqual(['error', 'requestId']);
  expect(body.requestId).toMatch(/^[\w.-]{1,64}$/);
  expect(typeof body.error.message).toBe('string');
  if (code !== undefined) expect(body.error.code).toBe(code);
  for (const text of [body.error.message, ...detailMessages(body.error.details)]) expect(text).not.toMatch(ENGLISH);
}

function detailMessages(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d) => (d && typeof (d as { message?: unknown }).message === 'string' ? [(d as { message: string }).message] : []));
}

/** Fails on the first log line holding any of the sensitive texts, naming what leaked (never printing the line). */
export function expectCleanLogs(api: Pick<HostileApi, 'logs' | 'sensitive'>): void {
  expect(api.logs.length).toBeGreaterThan(0);
  const all = api.logs.join('');
  const leaked = api.sensitive.filter((text) => all.includes(text));
  expect(leaked.map((text) => `${text.slice(0, 6)}… (${text.length} karakter)`)).toEqual([]);
}

/** Declares, last in a file, the grep of everything its server logged. */
export function itWroteCleanLogs(getApi: () => Pick<HostileApi, 'logs' | 'sensitive'>): void {
  it('wrote no NIP, name, token, reason or chat id to its logs', () => expectCleanLogs(getApi()));
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;
}

/**
 * Declares one test per case plus the latency check. Call inside a `describe` whose `beforeAll` sets the api.
 * @param getApi - the started server (read lazily: it exists only once `beforeAll` ran)
 */
export function runHostileCases(getApi: () => HostileApi, cases: readonly HostileCase[]): void {
  const baseline: number[] = [];
  const during: number[] = [];
  beforeAll(async () => {
    const api = getApi();
    for (let i = 0; i < 20; i++) {
      const read = await api.neighbourRead();
      if (i >= 5) baseline.push(read.ms);
    }
  });

  it.each(cases)('$name → $status', async (c) => {
    const api = getApi();
    const [res, neighbour] = await Promise.all([c.send(api), api.neighbourRead()]);
    expectContractError(res, c.status, c.code);
    expect(neighbour.status).toBe(200);
    during.push(neighbour.ms);
    expect((await api.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });

  it("the other instansi's reads kept their latency meanwhile", () => {
    expect(during.length).toBe(cases.length);
    const before = percentile(baseline, 0.9);
    // Generous for a shared 2-core machine; a case that blocks the event loop (a parse bomb) costs seconds.
    expect(percentile(during, 0.9)).toBeLessThan(Math.max(5 * before, before + 250));
    expect(Math.max(...during)).toBeLessThan(2000);
  });
}
