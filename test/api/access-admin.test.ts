/** Instansi, chat identities and the audit log: endpoints whose services ship with the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/enums.js';
import { auditRoutes } from '../../server/routes/api/audit.routes.js';
import { chatIdentitiesRoutes } from '../../server/routes/api/chat-identities.routes.js';
import { instansiRoutes } from '../../server/routes/api/instansi.routes.js';
import { PERMISSIONS } from '../../services/access/permissions.js';
import { resolveChatIdentity } from '../../services/chat/resolve-chat-identity.js';
import { INSTANSI, OTHER_INSTANSI, startApi, type ApiHarness } from './helpers/api-harness.js';
import { forbiddenRoles } from './helpers/roles.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('instansi, chat identities and audit endpoints', (lane) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(lane, { routes: [instansiRoutes, chatIdentitiesRoutes, auditRoutes] });
  });
  afterAll(async () => api.close());

  describe('POST/GET /api/v1/instansi', () => {
    it('lets a SUPERADMIN create an instansi (201) and refuses a duplicate kode (409)', async () => {
      const body = { kode: 'kota-baru', nama: 'Pemerintah Kota Baru' };
      const res = await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi', payload: body });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject(body);
      const again = await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi', payload: body });
      expect(again.statusCode).toBe(409);
    });

    it('answers 400 on a bad kode with the field in details', async () => {
      const res = await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi', payload: { kode: 'Bad Kode', nama: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation');
    });

    it.each(forbiddenRoles('instansi.create'))('refuses %s creating an instansi (403)', async (role) => {
      const res = await api.call(api.tokens[role], { method: 'POST', url: '/api/v1/instansi', payload: { kode: 'kab-x', nama: 'Kab X' } });
      expect(res.statusCode).toBe(403);
    });

    it('lists only the caller’s own instansi, all of them for a SUPERADMIN', async () => {
      const own = await api.call(api.tokens.VIEWER, { method: 'GET', url: '/api/v1/instansi' });
      expect(own.json().items.map((i: { kode: string }) => i.kode)).toEqual([INSTANSI]);
      const all = await api.call(api.tokens.SUPERADMIN, { method: 'GET', url: '/api/v1/instansi' });
      expect(all.json().items.map((i: { kode: string }) => i.kode)).toEqual(expect.arrayContaining([INSTANSI, OTHER_INSTANSI]));
    });

    it('answers 401 without a token', async () => {
      expect((await api.call(null, { method: 'GET', url: '/api/v1/instansi' })).statusCode).toBe(401);
      expect((await api.call(null, { method: 'POST', url: '/api/v1/instansi', payload: {} })).statusCode).toBe(401);
    });
  });

  describe('POST /api/v1/instansi/{kode}/chat-identities', () => {
    const url = `/api/v1/instansi/${INSTANSI}/chat-identities`;

    it('links a Telegram user as PIMPINAN of a unit (201), then re-links it (200), and the bots see the scope', async () => {
      const payload = { platform: 'telegram', externalId: '123456789', role: 'PIMPINAN', unit: 'OPD-A' };
      const res = await api.call(api.tokens.ADMIN, { method: 'POST', url, payload });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ instansi: INSTANSI, platform: 'telegram', role: 'PIMPINAN', unit: 'OPD-A', created: true });
      const again = await api.call(api.tokens.ADMIN, { method: 'POST', url, payload: { ...payload, role: 'KOMITE', unit: undefined } });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toMatchObject({ role: 'KOMITE', unit: null, created: false });
      const identity = await resolveChatIdentity(api.deps, 'telegram', '123456789');
      expect(identity?.principal).toMatchObject({ role: 'KOMITE', unitId: null });
    });

    it.each([
      [{ platform: 'discord', externalId: 'U1', role: 'VIEWER' }],
      [{ platform: 'slack', externalId: '', role: 'VIEWER' }],
      [{ platform: 'slack', externalId: 'U1', role: 'SUPERADMIN' }],
      [{ platform: 'slack', externalId: 'U1', role: 'PIMPINAN' }],
    ])('answers 400 on %j', async (payload) => {
      const res = await api.call(api.tokens.ADMIN, { method: 'POST', url, payload });
      expect(res.statusCode).toBe(400);
    });

    it('answers 404 on an unknown instansi or unit', async () => {
      const payload = { platform: 'slack', externalId: 'U9', role: 'VIEWER' };
      expect((await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi/tidak-ada/chat-identities', payload })).statusCode).toBe(404);
      expect((await api.call(api.tokens.ADMIN, { method: 'POST', url, payload: { ...payload, role: 'PIMPINAN', unit: 'NOPE' } })).statusCode).toBe(404);
    });

    it.each(forbiddenRoles('chat.link'))('refuses %s (403)', async (role) => {
      const res = await api.call(api.tokens[role], { method: 'POST', url, payload: { platform: 'slack', externalId: 'U2', role: 'VIEWER' } });
      expect(res.statusCode).toBe(403);
    });

    it('refuses an ADMIN of another instansi (403) and a request without token (401)', async () => {
      const payload = { platform: 'slack', externalId: 'U3', role: 'VIEWER' };
      expect((await api.call(api.otherAdminToken, { method: 'POST', url, payload })).statusCode).toBe(403);
      expect((await api.call(null, { method: 'POST', url, payload })).statusCode).toBe(401);
    });
  });

  describe('GET /api/v1/instansi/{kode}/audit', () => {
    const url = `/api/v1/instansi/${INSTANSI}/audit`;

    it('pages the audit log newest first with an opaque cursor', async () => {
      for (const externalId of ['A1', 'A2', 'A3']) {
        await api.call(api.tokens.ADMIN, { method: 'POST', url: `/api/v1/instansi/${INSTANSI}/chat-identities`, payload: { platform: 'slack', externalId, role: 'VIEWER' } });
      }
      const first = await api.call(api.tokens.ADMIN, { method: 'GET', url: `${url}?limit=2` });
      expect(first.statusCode).toBe(200);
      const page1 = first.json();
      expect(page1.items).toHaveLength(2);
      expect(page1.items[0].action).toBe('chat.link');
      expect(page1.items[0].actor).toMatch(/^token:\d+:uji-admin$/);
      expect(page1.nextCursor).toEqual(expect.any(String));
      const second = await api.call(api.tokens.ADMIN, { method: 'GET', url: `${url}?limit=2&cursor=${page1.nextCursor}` });
      const ids = [...page1.items, ...second.json().items].map((i: { id: number }) => i.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('answers 400 on a bad limit or cursor, 404 on an unknown instansi, 401 without token', async () => {
      expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `${url}?limit=0` })).statusCode).toBe(400);
      expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `${url}?cursor=xyz` })).statusCode).toBe(400);
      expect((await api.call(api.tokens.SUPERADMIN, { method: 'GET', url: '/api/v1/instansi/tidak-ada/audit' })).statusCode).toBe(404);
      expect((await api.call(null, { method: 'GET', url })).statusCode).toBe(401);
    });

    it.each(forbiddenRoles('audit.read'))('refuses %s (403)', async (role: Role) => {
      expect((await api.call(api.tokens[role], { method: 'GET', url })).statusCode).toBe(403);
    });

    it('is readable by exactly the roles of the permission table', () => {
      expect(forbiddenRoles('audit.read')).toEqual(['KOMITE', 'PIMPINAN', 'VIEWER']);
      expect(PERMISSIONS['audit.read']).toContain('ADMIN');
    });
  });
});
