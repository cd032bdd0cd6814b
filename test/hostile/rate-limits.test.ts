/**
 * Rate limits count every request: unauthenticated ones, unknown tokens, unknown routes and unreadable URLs too.
 * Failed authentication has a stricter budget per client address, authenticated traffic a budget per token (users
 * behind one proxy do not share one), and the client address follows TRUST_PROXY.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../services/access/tokens/create-token.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import { INSTANSI, startApi, type ApiHarness } from '../api/helpers/api-harness.js';
import { expectContractError } from './helpers/hostile-cases.js';
import { freshClientIp } from './helpers/hostile-api.js';

const LIST = { method: 'GET', url: '/api/v1/instansi' } as const;

async function repeat(times: number, send: () => Promise<{ statusCode: number }>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await send()).statusCode);
  return statuses;
}

describe('hostile: rate limits behind a trusted proxy', () => {
  let api: ApiHarness;
  const from = (ip: string, token: string | null, request: InjectOptions = LIST) =>
    api.call(token, { ...request, headers: { 'x-forwarded-for': ip, ...(request.headers ?? {}) } });

  beforeAll(async () => {
    api = await startApi('pglite', {
      plugins: [apiRoutes],
      config: { TRUST_PROXY: 'true', RATE_LIMIT_MAX: '20', RATE_LIMIT_AUTH_FAILURES: '5' },
    });
  });
  afterAll(() => api.close());

  it('refuses an address after its failed authentications, valid token or not, before looking tokens up', async () => {
    const ip = freshClientIp();
    const statuses = await repeat(5, () => from(ip, `tlt_tebakan-${Math.random()}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await from(ip, api.tokens.ADMIN);
    expectContractError(refused, 429, 'rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from(freshClientIp(), api.tokens.ADMIN)).statusCode).toBe(200);
  });

  it('counts requests without any credential as failed authentications too', async () => {
    const ip = freshClientIp();
    expect(await repeat(6, () => from(ip, null))).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('gives each token its own budget, so users behind one address do not share one', async () => {
    const ip = freshClientIp();
    const other = (await createToken(api.systemCtx, { role: 'VIEWER', instansiKode: INSTANSI, name: 'rekan' })).token;
    const statuses = await repeat(21, () => from(ip, api.tokens.KOMITE));
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expectContractError(await from(ip, api.tokens.KOMITE), 429, 'rate_limited');
    expect((await from(ip, other)).statusCode).toBe(200);
  });

  it('counts unknown routes and unreadable URLs per address', async () => {
    const ip = freshClientIp();
    const statuses = await repeat(21, () => from(ip, null, { method: 'GET', url: '/tidak-ada' }));
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    const badUrlIp = freshClientIp();
    const bad = await repeat(21, () => from(badUrlIp, null, { method: 'GET', url: '/api/v1/instansi/%E0%A4%A' }));
    expect(bad.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(bad[20]).toBe(429);
  });

  it('never limits the health probes', async () => {
    const ip = freshClientIp();
    await repeat(6, () => from(ip, null));
    expect((await from(ip, null, { method: 'GET', url: '/health' })).statusCode).toBe(200);
  });
});

describe('hostile: rate limits without a trusted proxy', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi('pglite', { plugins: [apiRoutes], config: { RATE_LIMIT_AUTH_FAILURES: '3' } });
  });
  afterAll(() => api.close());

  it('ignores X-Forwarded-For: a client cannot spread its failures over invented addresses', async () => {
    const statuses = await repeat(4, () => api.call(null, { ...LIST, headers: { 'x-forwarded-for': freshClientIp() } }));
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
