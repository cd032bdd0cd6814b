/**
 * Tokens over the API (`POST/GET/DELETE /api/v1/tokens`): an administrator gives a leader access, lists and revokes
 * tokens without stopping the server. SUPERADMIN acts on any instansi, ADMIN on its own only and never on a
 * SUPERADMIN token; everyone else is refused. Every creation and revocation is audited.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../db/enums.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import { forbiddenRoles } from './helpers/roles.js';
import { INSTANSI, OTHER_INSTANSI, PIMPINAN_UNIT, startApi, type ApiHarness } from './helpers/api-harness.js';
import { eachDatabase } from '../helpers/test-db.js';

interface TokenView {
  id: number;
  token?: string;
  role: Role;
  instansi: string | null;
  unit: string | null;
  name: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

eachDatabase('API tokens over the API', (lane) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(lane, { plugins: [apiRoutes] });
  });
  afterAll(async () => api.close());

  const create = (token: string, body: Record<string, unknown>) => api.call(token, { method: 'POST', url: '/api/v1/tokens', payload: body });
  const whoAmI = (token: string) => api.call(token, { method: 'GET', url: `/api/v1/instansi/${INSTANSI}/schedule` });

  it('lets an ADMIN give a leader of its instansi a scoped token that works at once', async () => {
    const res = await create(api.tokens.ADMIN, {
      role: 'PIMPINAN', instansi: INSTANSI, unit: PIMPINAN_UNIT, name: 'kepala-dinas-pendidikan', expiresAt: '2099-12-31',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<TokenView>();
    expect(created).toMatchObject({
      role: 'PIMPINAN', instansi: INSTANSI, unit: PIMPINAN_UNIT, name: 'kepala-dinas-pendidikan',
      expiresAt: '2099-12-31T16:59:59.999Z', revokedAt: null,
    });
    expect(created.token).toMatch(/^tlt_/);
    expect((await whoAmI(created.token!)).statusCode).toBe(200);
    // Scoped: the leader's token cannot hand out tokens itself.
    expect((await create(created.token!, { role: 'VIEWER', instansi: INSTANSI, name: 'x' })).statusCode).toBe(403);
  });

  it('lets a SUPERADMIN create tokens for any instansi, including SUPERADMIN ones', async () => {
    for (const body of [
      { role: 'ADMIN', instansi: OTHER_INSTANSI, name: 'bkd-lain' },
      { role: 'SUPERADMIN', name: 'operator-pusat' },
    ]) {
      const res = await create(api.tokens.SUPERADMIN, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(201);
      expect((await whoAmI(res.json<TokenView>().token!)).statusCode).toBe(body.role === 'ADMIN' ? 403 : 200);
    }
  });

  it('never lets an ADMIN reach beyond its instansi or above its role', async () => {
    const cases: Array<[Record<string, unknown>, number]> = [
      [{ role: 'VIEWER', instansi: OTHER_INSTANSI, name: 'x' }, 403],
      [{ role: 'SUPERADMIN', name: 'x' }, 403],
      [{ role: 'ADMIN', instansi: INSTANSI, name: 'bkd-kedua' }, 201],
    ];
    for (const [body, status] of cases) expect((await create(api.tokens.ADMIN, body)).statusCode, JSON.stringify(body)).toBe(status);
    for (const role of forbiddenRoles('token.create')) {
      expect((await create(api.tokens[role], { role: 'VIEWER', instansi: INSTANSI, name: 'x' })).statusCode, role).toBe(403);
      expect((await api.call(api.tokens[role], { method: 'GET', url: '/api/v1/tokens' })).statusCode, role).toBe(403);
    }
  });

  it('refuses bad input with the contract error in Bahasa Indonesia', async () => {
    const cases: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ role: 'RAJA', instansi: INSTANSI, name: 'x' }, 400, /.+/],
      [{ role: 'VIEWER', instansi: INSTANSI, name: 'x', expiresAt: '31-12-2030' }, 400, /tanggal kedaluwarsa "31-12-2030" tidak valid/],
      [{ role: 'VIEWER', instansi: INSTANSI, name: 'x', expiresAt: '2020-01-01' }, 400, /harus di masa depan/],
      [{ role: 'PIMPINAN', instansi: INSTANSI, name: 'x' }, 400, /memerlukan unit/],
      [{ role: 'VIEWER', instansi: 'kab-tidak-ada', name: 'x' }, 404, /tidak ditemukan/],
    ];
    for (const [body, status, message] of cases) {
      const res = await create(api.tokens.SUPERADMIN, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.message).toMatch(message);
    }
  });

  it('lists tokens without their secrets, an ADMIN only those of its instansi', async () => {
    const mine = (await api.call(api.tokens.ADMIN, { method: 'GET', url: '/api/v1/tokens' })).json<{ items: TokenView[] }>();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((t) => t.instansi))).toEqual(new Set([INSTANSI]));
    expect(JSON.stringify(mine)).not.toMatch(/tlt_[\w-]{20,}/);
    const all = (await api.call(api.tokens.SUPERADMIN, { method: 'GET', url: '/api/v1/tokens' })).json<{ items: TokenView[] }>();
    expect(all.items.some((t) => t.instansi === OTHER_INSTANSI) && all.items.some((t) => t.role === 'SUPERADMIN')).toBe(true);
    const other = (await api.call(api.tokens.SUPERADMIN, { method: 'GET', url: `/api/v1/tokens?instansi=${OTHER_INSTANSI}` })).json<{ items: TokenView[] }>();
    expect(new Set(other.items.map((t) => t.instansi))).toEqual(new Set([OTHER_INSTANSI]));
    expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `/api/v1/tokens?instansi=${OTHER_INSTANSI}` })).statusCode).toBe(403);
  });

  it('revokes a token at once; an ADMIN cannot revoke a SUPERADMIN token or another instansi token', async () => {
    const viewer = (await create(api.tokens.ADMIN, { role: 'VIEWER', instansi: INSTANSI, name: 'kiosk' })).json<TokenView>();
    const superadmin = (await create(api.tokens.SUPERADMIN, { role: 'SUPERADMIN', name: 'cadangan' })).json<TokenView>();
    const otherAdmin = (await create(api.tokens.SUPERADMIN, { role: 'ADMIN', instansi: OTHER_INSTANSI, name: 'bkd-lain-2' })).json<TokenView>();
    const revoke = (token: string, id: number) => api.call(token, { method: 'DELETE', url: `/api/v1/tokens/${id}` });

    expect((await revoke(api.tokens.ADMIN, superadmin.id)).statusCode).toBe(403);
    expect((await revoke(api.tokens.ADMIN, otherAdmin.id)).statusCode).toBe(403);
    expect((await whoAmI(superadmin.token!)).statusCode).toBe(200);
    const revoked = await revoke(api.tokens.ADMIN, viewer.id);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<TokenView>()).toMatchObject({ id: viewer.id, name: 'kiosk', revokedAt: expect.any(String) });
    expect((await whoAmI(viewer.token!)).statusCode).toBe(401);
    expect((await revoke(api.tokens.ADMIN, 999_999)).statusCode).toBe(404);
    expect((await revoke(api.tokens.ADMIN, 0)).statusCode).toBe(400);
  });

  it('audits every creation and revocation', async () => {
    const res = await api.call(api.tokens.ADMIN, { method: 'GET', url: `/api/v1/instansi/${INSTANSI}/audit?limit=200` });
    const actions = res.json<{ items: Array<{ action: string; actor: string }> }>().items;
    expect(actions.filter((a) => a.action === 'token.create' && a.actor.includes('uji-admin')).length).toBeGreaterThanOrEqual(3);
    expect(actions.some((a) => a.action === 'token.revoke' && a.actor.includes('uji-admin'))).toBe(true);
  });

  it('documents the three operations in the OpenAPI document', async () => {
    const spec = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { operationId?: string; security?: unknown[] }>>;
    }>();
    expect(spec.paths['/api/v1/tokens']?.post).toMatchObject({ operationId: 'createToken', security: [{ bearer: [] }] });
    expect(spec.paths['/api/v1/tokens']?.get).toMatchObject({ operationId: 'listTokens' });
    expect(spec.paths['/api/v1/tokens/{id}']?.delete).toMatchObject({ operationId: 'revokeToken' });
  });
});
