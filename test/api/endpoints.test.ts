/**
 * Every endpoint of contract §5 through `apiRoutes`: success, 401 without token, 403 for each role the PERMISSIONS
 * table excludes, 404 on unknown kodes/ids, 400 on bad input, PIMPINAN subtree scoping with masked NIPs, VIEWER
 * aggregates only, and the OpenAPI document listing every route.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import type { Role } from '../../db/enums.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import type { Permission } from '../../services/access/permissions.js';
import { INSTANSI, startApi, type ApiHarness } from './helpers/api-harness.js';
import { forbiddenRoles } from './helpers/roles.js';
import { createCapturingQueue, NIP, seedTalent } from './helpers/talent-seed.js';
import { eachDatabase } from '../helpers/test-db.js';

const B = `/api/v1/instansi/${INSTANSI}`;
const UNKNOWN_REVIEW = '00000000-0000-4000-8000-000000000000';

interface Endpoint {
  name: string;
  request: InjectOptions & { method: NonNullable<InjectOptions['method']>; url: string };
  permission: Permission;
  /** A bad-input variant answered with 400. */
  bad?: Partial<InjectOptions>;
  /** Success status for an ADMIN (SUPERADMIN for instansi creation). */
  ok?: number;
}

/** Endpoints scoped to {@link INSTANSI}; unknown kodes are 404 for each of them. */
const ENDPOINTS: Endpoint[] = [
  { name: 'import', permission: 'import.write', request: { method: 'POST', url: `${B}/imports/positions`, headers: { 'content-type': 'text/csv' }, payload: 'kode_jabatan,nama_jabatan,kode_unit,jenis_jabatan\nSTAF-B,Pengelola Kesehatan,OPD-B,PELAKSANA\n' }, bad: { url: `${B}/imports/gaji` } },
  { name: 'request review', permission: 'review.run', ok: 202, request: { method: 'POST', url: `${B}/reviews`, payload: { asOf: '2026-01-20' } }, bad: { payload: { asOf: 'kemarin' } } },
  { name: 'list reviews', permission: 'review.read', request: { method: 'GET', url: `${B}/reviews` }, bad: { url: `${B}/reviews?limit=-1` } },
  { name: 'get review', permission: 'review.read', request: { method: 'GET', url: `${B}/reviews/latest` }, bad: { url: `${B}/reviews/abc` } },
  { name: 'nine-box', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/reviews/latest/nine-box` }, bad: { url: `${B}/reviews/abc/nine-box` } },
  { name: 'placements', permission: 'personal.read', request: { method: 'GET', url: `${B}/reviews/latest/placements?limit=2` }, bad: { url: `${B}/reviews/latest/placements?box=10` } },
  { name: 'employee talent', permission: 'personal.read', request: { method: 'GET', url: `${B}/employees/${NIP.kabidA1}/talent` }, bad: { url: `${B}/employees/123/talent` } },
  { name: 'successors', permission: 'personal.read', request: { method: 'GET', url: `${B}/positions/KADIS-A/successors` }, bad: { url: `${B}/positions/KADIS-A/successors?limit=0` } },
  { name: 'risks', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/succession/risks` }, bad: { url: `${B}/succession/risks?review=abc` } },
  { name: 'retirement outlook', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/succession/outlook` }, bad: { url: `${B}/succession/outlook?review=abc` } },
  { name: 'abk positions', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/abk/positions` }, bad: { url: `${B}/abk/positions?status=habis` } },
  { name: 'abk units', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/abk/units` }, bad: { url: `${B}/abk/units?review=abc` } },
  { name: 'abk outlook', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/abk/outlook` }, bad: { url: `${B}/abk/outlook?review=abc` } },
  { name: 'abk priorities', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/abk/priorities` }, bad: { url: `${B}/abk/priorities?limit=0` } },
  { name: 'abk redistribution', permission: 'aggregates.read', request: { method: 'GET', url: `${B}/abk/redistribution` }, bad: { url: `${B}/abk/redistribution?review=abc` } },
  { name: 'abk export', permission: 'export.read', request: { method: 'GET', url: `${B}/abk/export.xlsx` }, bad: { url: `${B}/abk/export.xlsx?review=abc` } },
  { name: 'talent pool', permission: 'personal.read', request: { method: 'GET', url: `${B}/talent-pool` }, bad: { url: `${B}/talent-pool?review=abc` } },
  { name: 'transitions', permission: 'personal.read', request: { method: 'GET', url: `${B}/reviews/latest/transitions` }, bad: { url: `${B}/reviews/latest/transitions?previous=abc` } },
  { name: 'calibrate', permission: 'calibration.write', request: { method: 'POST', url: `${B}/reviews/latest/calibrations`, payload: { nip: NIP.stafB2, box: 8, alasan: 'Hasil rapat komite talenta' } }, bad: { payload: { nip: NIP.stafB2, box: 12, alasan: 'x' } } },
  { name: 'get schedule', permission: 'schedule.read', request: { method: 'GET', url: `${B}/schedule` } },
  { name: 'put schedule', permission: 'schedule.write', request: { method: 'PUT', url: `${B}/schedule`, payload: { cron: '0 2 1 1,4,7,10 *', timezone: 'Asia/Jakarta' } }, bad: { payload: { cron: 'x' } } },
  { name: 'get policy', permission: 'policy.read', request: { method: 'GET', url: `${B}/policy` } },
  { name: 'chat identity', permission: 'chat.link', ok: 201, request: { method: 'POST', url: `${B}/chat-identities`, payload: { platform: 'slack', externalId: 'U-END', role: 'VIEWER' } }, bad: { payload: { platform: 'irc' } } },
  { name: 'audit', permission: 'audit.read', request: { method: 'GET', url: `${B}/audit` }, bad: { url: `${B}/audit?limit=abc` } },
  { name: 'export', permission: 'export.read', request: { method: 'GET', url: `${B}/reviews/latest/export.xlsx` }, bad: { url: `${B}/reviews/abc/export.xlsx` } },
  { name: 'finalize', permission: 'review.finalize', request: { method: 'POST', url: `${B}/reviews/latest/finalize` }, bad: { url: `${B}/reviews/abc/finalize` } },
];

/** Every path of contract §5 (plus audit and finalize), as OpenAPI spells them. */
const DOCUMENTED: Array<[string, string]> = [
  ['post', '/api/v1/instansi'], ['get', '/api/v1/instansi'],
  ['post', '/api/v1/instansi/{kode}/imports/{kind}'],
  ['post', '/api/v1/instansi/{kode}/reviews'], ['get', '/api/v1/instansi/{kode}/reviews'],
  ['get', '/api/v1/instansi/{kode}/reviews/{id}'],
  ['get', '/api/v1/instansi/{kode}/reviews/{id}/nine-box'],
  ['get', '/api/v1/instansi/{kode}/reviews/{id}/placements'],
  ['get', '/api/v1/instansi/{kode}/employees/{nip}/talent'],
  ['get', '/api/v1/instansi/{kode}/positions/{positionKode}/successors'],
  ['get', '/api/v1/instansi/{kode}/succession/risks'],
  ['get', '/api/v1/instansi/{kode}/succession/outlook'],
  ['get', '/api/v1/instansi/{kode}/talent-pool'],
  ['get', '/api/v1/instansi/{kode}/reviews/{id}/transitions'],
  ['post', '/api/v1/instansi/{kode}/reviews/{id}/calibrations'],
  ['post', '/api/v1/instansi/{kode}/reviews/{id}/finalize'],
  ['get', '/api/v1/instansi/{kode}/schedule'], ['put', '/api/v1/instansi/{kode}/schedule'],
  ['get', '/api/v1/instansi/{kode}/policy'], ['put', '/api/v1/instansi/{kode}/policy'],
  ['post', '/api/v1/instansi/{kode}/chat-identities'],
  ['get', '/api/v1/instansi/{kode}/audit'],
  ['get', '/api/v1/instansi/{kode}/reviews/{id}/export.xlsx'],
  ['get', '/api/v1/instansi/{kode}/abk/positions'], ['get', '/api/v1/instansi/{kode}/abk/units'],
  ['get', '/api/v1/instansi/{kode}/abk/outlook'], ['get', '/api/v1/instansi/{kode}/abk/priorities'],
  ['get', '/api/v1/instansi/{kode}/abk/redistribution'], ['get', '/api/v1/instansi/{kode}/abk/export.xlsx'],
];

eachDatabase('REST API v1 endpoints', (lane) => {
  let api: ApiHarness;
  const { jobs, queue } = createCapturingQueue();
  const call = (role: Role | null, request: InjectOptions) => api.call(role === null ? null : api.tokens[role], request);

  beforeAll(async () => {
    api = await startApi(lane, { plugins: [apiRoutes], deps: { queue } });
    await seedTalent(api, jobs);
  });
  afterAll(async () => api.close());

  describe.each(ENDPOINTS)('$name', (endpoint) => {
    it('answers 401 without a token', async () => {
      expect((await call(null, endpoint.request)).statusCode).toBe(401);
    });

    it.each(forbiddenRoles(endpoint.permission))('answers 403 to %s', async (role) => {
      const res = await call(role, endpoint.request);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('auth.forbidden');
    });

    it('answers 403 to an ADMIN of another instansi', async () => {
      expect((await api.call(api.otherAdminToken, endpoint.request)).statusCode).toBe(403);
    });

    it('answers 404 on an unknown instansi', async () => {
      const url = endpoint.request.url.replace(`/instansi/${INSTANSI}/`, '/instansi/tidak-ada/');
      expect((await call('SUPERADMIN', { ...endpoint.request, url })).statusCode).toBe(404);
    });

    if (endpoint.bad) it('answers 400 on bad input', async () => {
      expect((await call('ADMIN', { ...endpoint.request, ...endpoint.bad })).statusCode).toBe(400);
    });

    it('succeeds for an ADMIN', async () => {
      const res = await call('ADMIN', endpoint.request);
      expect(res.statusCode, res.body).toBe(endpoint.ok ?? 200);
    });
  });

  it('answers 404 on unknown review ids, NIPs and positions', async () => {
    for (const url of [`${B}/reviews/${UNKNOWN_REVIEW}`, `${B}/reviews/${UNKNOWN_REVIEW}/nine-box`, `${B}/employees/199912312020121999/talent`, `${B}/positions/TIDAK-ADA/successors`]) {
      expect((await call('ADMIN', { method: 'GET', url })).statusCode, url).toBe(404);
    }
  });

  it('round-trips the policy: GET then PUT the same body', async () => {
    const current = await call('ADMIN', { method: 'GET', url: `${B}/policy` });
    const body = current.json().policy ?? current.json();
    const res = await call('ADMIN', { method: 'PUT', url: `${B}/policy`, payload: body });
    expect(res.statusCode, res.body).toBe(200);
    expect((await call('ADMIN', { method: 'PUT', url: `${B}/policy`, payload: { bobot: 'salah' } })).statusCode).toBe(400);
  });

  it('serves the committee pack as an XLSX attachment', async () => {
    const res = await call('KOMITE', { method: 'GET', url: `${B}/reviews/latest/export.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="talenta-kab-uji-.*\.xlsx"/);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Kotak Talenta', 'Penempatan', 'Suksesi']));
    const placements = workbook.getWorksheet('Penempatan')!;
    // Rows 1–5 are the print title block; the table header is row 6.
    const header = placements.getRow(6).values as unknown[];
    const unitColumn = header.indexOf('Unit');
    const units = placements.getColumn(unitColumn).values.slice(7).map(String);
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.length > 0 && !u.includes('[object'))).toBe(true);
  });

  describe('PIMPINAN sees only its subtree, with masked NIPs', () => {
    it('gets the grid of its own unit and 403 outside it; a person outside is answered like an unknown NIP', async () => {
      expect((await call('PIMPINAN', { method: 'GET', url: `${B}/reviews/latest/nine-box?unit=A-1` })).statusCode).toBe(200);
      expect((await call('PIMPINAN', { method: 'GET', url: `${B}/reviews/latest/nine-box?unit=OPD-B` })).statusCode).toBe(403);
      expect((await call('PIMPINAN', { method: 'GET', url: `${B}/employees/${NIP.stafB1}/talent` })).statusCode).toBe(404);
    });

    it('lists only placements inside OPD-A, NIPs masked', async () => {
      const res = await call('PIMPINAN', { method: 'GET', url: `${B}/reviews/latest/placements?limit=50` });
      expect(res.statusCode).toBe(200);
      const nips = res.json().items.map((p: { nip: string }) => p.nip);
      expect(nips.length).toBeGreaterThan(0);
      for (const nip of nips) expect(nip).toMatch(/^\d{4}\*{4}\d{4}$/);
      expect(res.body).not.toContain('Dewi Lestari');
      const talent = await call('PIMPINAN', { method: 'GET', url: `${B}/employees/${NIP.kabidA1}/talent` });
      expect(talent.statusCode).toBe(200);
      expect(talent.body).not.toContain(NIP.kabidA1);
    });
  });

  it('lists placements lowest nilai talenta first on request, pages that order, and refuses a cursor of the other', async () => {
    const url = `${B}/reviews/latest/placements`;
    const everyone = (await call('ADMIN', { method: 'GET', url: `${url}?limit=500` })).json<{ items: { nip: string; nilaiTalenta: number }[] }>().items;
    const first = await call('ADMIN', { method: 'GET', url: `${url}?order=lowestFirst&limit=2` });
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ items: { nip: string; nilaiTalenta: number }[]; nextCursor: string | null }>();
    expect(page1.nextCursor).toEqual(expect.any(String));
    const rest = await call('ADMIN', { method: 'GET', url: `${url}?order=lowestFirst&limit=500&cursor=${page1.nextCursor}` });
    const lowest = [...page1.items, ...rest.json<{ items: { nip: string; nilaiTalenta: number }[] }>().items];
    const scores = lowest.map((p) => p.nilaiTalenta);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBeLessThan(scores.at(-1)!);
    expect(lowest.map((p) => p.nip).sort()).toEqual(everyone.map((p) => p.nip).sort());
    expect(everyone[0]!.nilaiTalenta).toBe(scores.at(-1));
    // A cursor pages only the order it came from; an unknown order is bad input.
    const mixed = await call('ADMIN', { method: 'GET', url: `${url}?limit=2&cursor=${page1.nextCursor}` });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.message).toMatch(/urutan lain/);
    expect((await call('ADMIN', { method: 'GET', url: `${url}?order=terendah` })).statusCode).toBe(400);
  });

  describe('VIEWER sees aggregates only', () => {
    it('reads the grid and the risks but no personal endpoint', async () => {
      expect((await call('VIEWER', { method: 'GET', url: `${B}/reviews/latest/nine-box` })).statusCode).toBe(200);
      expect((await call('VIEWER', { method: 'GET', url: `${B}/succession/risks` })).statusCode).toBe(200);
      for (const url of [`${B}/reviews/latest/placements`, `${B}/employees/${NIP.kabidA1}/talent`, `${B}/talent-pool`, `${B}/positions/KADIS-A/successors`]) {
        expect((await call('VIEWER', { method: 'GET', url })).statusCode, url).toBe(403);
      }
      const grid = await call('VIEWER', { method: 'GET', url: `${B}/reviews/latest/nine-box` });
      expect(grid.body).not.toMatch(/Budi Santoso|Siti Rahayu|\d{18}/);
    });
  });

  it('documents every route of contract §5 in /openapi.json with summary, operationId, tags and bearer security', async () => {
    const spec = (await api.app.inject({ method: 'GET', url: '/openapi.json' })).json<{
      paths: Record<string, Record<string, { summary?: string; operationId?: string; tags?: string[]; security?: unknown[] }>>;
    }>();
    for (const [method, path] of DOCUMENTED) {
      const op = spec.paths[path]?.[method];
      expect(op, `${method.toUpperCase()} ${path}`).toBeDefined();
      expect(op!.summary).toBeTruthy();
      expect(op!.operationId).toBeTruthy();
      expect(op!.tags?.length).toBeGreaterThan(0);
      expect(op!.security).toEqual([{ bearer: [] }]);
    }
  });
});
