/**
 * Board sign-in through the real API: a token or a one-time login link becomes an httpOnly SameSite=Strict cookie
 * that acts as the token (same role and scope); writes with the cookie need the CSRF token; a link works once;
 * signing out or revoking the token ends the session; another site's page cannot sign a browser in.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { apiRoutes } from '../../server/routes/api/index.js';
import { listTokens, revokeToken } from '../../services/access/tokens/index.js';
import { INSTANSI, startApi, type ApiHarness } from '../api/helpers/api-harness.js';
import { createCapturingQueue, NIP, seedTalent } from '../api/helpers/talent-seed.js';
import { eachDatabase } from '../helpers/test-db.js';

const B = `/api/v1/instansi/${INSTANSI}`;

function sessionCookie(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const line = (Array.isArray(header) ? header : [header ?? '']).find((c) => c.startsWith('talenta_sesi='));
  if (!line) throw new Error(`no session cookie in ${String(header)}`);
  return line;
}

eachDatabase('board sessions', (lane) => {
  let api: ApiHarness;
  let reviewId: string;

  beforeAll(async () => {
    const { jobs, queue } = createCapturingQueue();
    api = await startApi(lane, { plugins: [apiRoutes], deps: { queue } });
    reviewId = await seedTalent(api, jobs);
  });
  afterAll(async () => api?.close());

  async function signIn(payload: object, headers: Record<string, string> = {}) {
    return api.app.inject({ method: 'POST', url: '/auth/session', payload, headers });
  }

  it('exchanges a token for an httpOnly SameSite=Strict cookie acting with the same role and scope', async () => {
    const res = await signIn({ token: api.tokens.PIMPINAN });
    expect(res.statusCode).toBe(200);
    const line = sessionCookie(res);
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\//);
    const body = res.json();
    expect(body).toMatchObject({ role: 'PIMPINAN', unit: { kode: 'OPD-A' }, capabilities: { nipMasked: true, calibrate: false } });
    const cookie = line.split(';')[0]!;
    const board = await api.app.inject({ method: 'GET', url: `${B}/reviews/${reviewId}/board`, headers: { cookie } });
    expect(board.statusCode).toBe(200);
    expect(board.json().unit.kode).toBe('OPD-A');
  });

  it('refuses a cookie write without the CSRF token and accepts it with one', async () => {
    const res = await signIn({ token: api.tokens.KOMITE });
    const cookie = sessionCookie(res).split(';')[0]!;
    const { csrfToken } = res.json();
    const payload = { nip: NIP.stafA1, box: 8, alasan: 'Hasil asesmen: potensi di atas rata-rata unit' };
    const url = `${B}/reviews/${reviewId}/calibrations`;
    const without = await api.app.inject({ method: 'POST', url, payload, headers: { cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('auth.csrf');
    const wrong = await api.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': 'salah' } });
    expect(wrong.statusCode).toBe(403);
    const ok = await api.app.inject({ method: 'POST', url, payload, headers: { cookie, 'x-csrf-token': csrfToken } });
    expect(ok.statusCode).toBe(200);
    const me = await api.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
    expect(me.json().csrfToken).toBe(csrfToken);
  });

  it('opens a session from a one-time login link once only', async () => {
    const created = await api.call(api.tokens.ADMIN, { method: 'POST', url: '/api/v1/session/login-links' });
    expect(created.statusCode).toBe(201);
    const link = new URL(created.json<{ url: string }>().url);
    const secret = link.hash.slice(1);
    expect(link.pathname).toBe('/masuk');
    const first = await signIn({ loginLink: secret });
    expect(first.statusCode).toBe(200);
    expect(first.json().role).toBe('ADMIN');
    const second = await signIn({ loginLink: secret });
    expect(second.statusCode).toBe(401);
    expect((await signIn({ loginLink: 'tidak-ada' })).statusCode).toBe(401);
  });

  it('gives a new token its own login link through the tokens API, acting as that token', async () => {
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST',
      url: '/api/v1/tokens',
      payload: { role: 'KOMITE', instansi: INSTANSI, name: 'anggota-komite', loginLink: true },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<{ token: string; loginLink: { url: string; expiresAt: string } }>();
    const link = new URL(created.loginLink.url);
    expect(link.pathname).toBe('/masuk');
    expect(new Date(created.loginLink.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const session = await signIn({ loginLink: link.hash.slice(1) });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toMatchObject({ role: 'KOMITE', name: 'anggota-komite', capabilities: { calibrate: true } });
    expect((await signIn({ loginLink: link.hash.slice(1) })).statusCode).toBe(401);
    // Without the flag, no link is made.
    const plain = await api.call(api.tokens.ADMIN, {
      method: 'POST', url: '/api/v1/tokens', payload: { role: 'VIEWER', instansi: INSTANSI, name: 'peninjau' },
    });
    expect(plain.json()).not.toHaveProperty('loginLink');
  });

  it('ends the session on sign-out and when the token is revoked', async () => {
    const res = await signIn({ token: api.tokens.VIEWER });
    const cookie = sessionCookie(res).split(';')[0]!;
    const out = await api.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie, 'x-csrf-token': res.json().csrfToken } });
    expect(out.statusCode).toBe(200);
    expect((await api.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode).toBe(401);

    const created = await api.call(api.tokens.PIMPINAN, { method: 'POST', url: '/api/v1/session/login-links' });
    const session = await signIn({ loginLink: new URL(created.json<{ url: string }>().url).hash.slice(1) });
    const leaderCookie = sessionCookie(session).split(';')[0]!;
    expect((await api.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: leaderCookie } })).statusCode).toBe(200);
    const leader = (await listTokens(api.systemCtx, { instansiKode: INSTANSI })).find((t) => t.role === 'PIMPINAN')!;
    await revokeToken(api.systemCtx, { id: leader.id });
    expect((await api.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: leaderCookie } })).statusCode).toBe(401);
  });

  it('refuses a sign-in posted from another site', async () => {
    const res = await signIn({ token: api.tokens.ADMIN }, { origin: 'https://penyerang.example' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});
