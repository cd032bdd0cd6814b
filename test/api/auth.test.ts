import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiTokens } from '../../db/schema/index.js';
import { instansiRoutes } from '../../server/routes/api/instansi.routes.js';
import { createToken, ensureDemoAdminToken, listTokens, parseExpiry, resolveToken, revokeToken } from '../../services/access/tokens/index.js';
import { hashToken } from '../../services/access/tokens/token-secret.js';
import { INSTANSI, startApi, type ApiHarness } from './helpers/api-harness.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('API authentication by bearer token', (lane) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(lane, { routes: [instansiRoutes] });
  });
  afterAll(async () => api.close());

  const listInstansi = (headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'GET', url: '/api/v1/instansi', headers });

  it('refuses a request without a token with 401 auth.unauthorized in Bahasa Indonesia', async () => {
    const res = await listInstansi({ 'x-request-id': 'tanpa-token' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'auth.unauthorized', message: expect.stringContaining('Authorization: Bearer') },
      requestId: 'tanpa-token',
    });
  });

  it('refuses a malformed header and an unknown token', async () => {
    expect((await listInstansi({ authorization: 'Basic dXNlcjpwYXNz' })).statusCode).toBe(401);
    const unknown = await listInstansi({ authorization: 'Bearer tlt_bukan-token-yang-benar' });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe('Token tidak dikenal');
  });

  it('answers unknown routes under /api/v1 with 404 in the contract error format', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/api/v1/tidak-ada' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('route.not_found');
  });

  it('accepts a valid token and stamps its last use', async () => {
    const res = await api.call(api.tokens.ADMIN, { method: 'GET', url: '/api/v1/instansi' });
    expect(res.statusCode).toBe(200);
    const [row] = await api.handle.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashToken(api.tokens.ADMIN)));
    expect(row!.lastUsedAt).toBeInstanceOf(Date);
  });

  it('refuses a revoked token at once', async () => {
    const created = await createToken(api.systemCtx, { role: 'VIEWER', instansiKode: INSTANSI, name: 'dicabut' });
    expect((await api.call(created.token, { method: 'GET', url: '/api/v1/instansi' })).statusCode).toBe(200);
    await revokeToken(api.systemCtx, { id: created.id });
    const res = await api.call(created.token, { method: 'GET', url: '/api/v1/instansi' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toContain('dicabut');
  });

  it('refuses an expired token', async () => {
    const soon = new Date(Date.now() + 60_000);
    const created = await createToken(api.systemCtx, { role: 'VIEWER', instansiKode: INSTANSI, name: 'kedaluwarsa', expiresAt: soon });
    await expect(resolveToken(api.deps, created.token, new Date(soon.getTime() + 1))).rejects.toMatchObject({
      code: 'auth.unauthorized',
      message: expect.stringContaining('kedaluwarsa'),
    });
  });

  it('stores only a hash and shows the token once', async () => {
    const created = await createToken(api.systemCtx, { role: 'KOMITE', instansiKode: INSTANSI, name: 'komite-2' });
    expect(created.token).toMatch(/^tlt_[A-Za-z0-9_-]{43}$/);
    const rows = await api.handle.db.select().from(apiTokens).where(eq(apiTokens.id, created.id));
    expect(rows[0]!.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(await listTokens(api.systemCtx))).not.toContain(created.token);
  });

  it.each([
    [{ role: 'ADMIN' as const }, 'validation'],
    [{ role: 'PIMPINAN' as const, instansiKode: INSTANSI }, 'validation'],
    [{ role: 'SUPERADMIN' as const, instansiKode: INSTANSI }, 'validation'],
    [{ role: 'VIEWER' as const, instansiKode: 'tidak-ada' }, 'instansi.not_found'],
    [{ role: 'PIMPINAN' as const, instansiKode: INSTANSI, unitKode: 'TIDAK-ADA' }, 'unit.not_found'],
  ])('validates the role scope of a new token: %j → %s', async (scope, code) => {
    await expect(createToken(api.systemCtx, { name: 'x', ...scope })).rejects.toMatchObject({ code });
  });

  it('lets an ADMIN create tokens only inside its own instansi and never a SUPERADMIN', async () => {
    const { principal } = await resolveToken(api.deps, api.tokens.ADMIN, new Date());
    const adminCtx = { ...api.systemCtx, principal };
    await expect(createToken(adminCtx, { role: 'VIEWER', instansiKode: INSTANSI, name: 'ok' })).resolves.toHaveProperty('token');
    await expect(createToken(adminCtx, { role: 'VIEWER', instansiKode: 'kab-lain', name: 'x' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(createToken(adminCtx, { role: 'SUPERADMIN', name: 'x' })).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('rotates the demo admin token: the previous one stops working', async () => {
    const first = await ensureDemoAdminToken(api.systemCtx, { instansiKode: INSTANSI });
    expect((await api.call(first, { method: 'GET', url: '/api/v1/instansi' })).statusCode).toBe(200);
    const second = await ensureDemoAdminToken(api.systemCtx, { instansiKode: INSTANSI });
    expect(second).not.toBe(first);
    expect((await api.call(first, { method: 'GET', url: '/api/v1/instansi' })).statusCode).toBe(401);
    const res = await api.call(second, { method: 'GET', url: '/api/v1/instansi' });
    expect(res.json().items.map((i: { kode: string }) => i.kode)).toEqual([INSTANSI]);
  });

  it('reads an expiry date as valid through that day in Jakarta', () => {
    expect(parseExpiry('2026-12-31')?.toISOString()).toBe('2026-12-31T16:59:59.999Z');
    expect(parseExpiry('2026-12-31T10:00:00Z')?.toISOString()).toBe('2026-12-31T10:00:00.000Z');
    expect(parseExpiry('31-12-2026')).toBeNull();
    expect(parseExpiry('2026-02-30')).toBeNull();
  });
});
