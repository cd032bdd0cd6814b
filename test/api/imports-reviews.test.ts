/** Imports (raw CSV, multipart, XLSX, 422, 413) and the review lifecycle endpoints. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importsRoutes } from '../../server/routes/api/imports.routes.js';
import { reviewsRoutes } from '../../server/routes/api/reviews.routes.js';
import { INSTANSI, startApi, type ApiHarness } from './helpers/api-harness.js';
import { forbiddenRoles } from './helpers/roles.js';
import { AS_OF, createCapturingQueue, csvOf, seedTalent } from './helpers/talent-seed.js';
import { eachDatabase } from '../helpers/test-db.js';

function multipartBody(fileName: string, contentType: string, content: Buffer | string) {
  const boundary = '----talenta-uji';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head), Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

eachDatabase('imports and reviews endpoints', (lane) => {
  let api: ApiHarness;
  const { jobs, queue } = createCapturingQueue();
  let reviewId: string;
  const base = `/api/v1/instansi/${INSTANSI}`;

  beforeAll(async () => {
    api = await startApi(lane, { routes: [importsRoutes, reviewsRoutes], deps: { queue }, config: { BODY_LIMIT_MB: '0.05' } });
    reviewId = await seedTalent(api, jobs);
  });
  afterAll(async () => api.close());

  it('re-importing a raw text/csv body reports every row unchanged', async () => {
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST', url: `${base}/imports/positions`, headers: { 'content-type': 'text/csv; charset=utf-8' }, payload: csvOf('positions'),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'positions', rows: 5, inserted: 0, unchanged: 5, rejected: [] });
  });

  it('accepts a multipart upload with one CSV file', async () => {
    const { payload, headers } = multipartBody('jabatan.csv', 'text/csv', csvOf('positions'));
    const res = await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/imports/positions`, headers, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json().unchanged).toBe(5);
  });

  it('accepts an XLSX body', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('units');
    sheet.addRow(['kode_unit', 'nama_unit', 'kode_unit_induk']);
    sheet.addRow(['A-2', 'Bidang Pembinaan SMP', 'OPD-A']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST', url: `${base}/imports/units`,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }, payload: data,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'units', rows: 1, inserted: 1 });
  });

  it('refuses a file lacking a required column with 422 naming it', async () => {
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST', url: `${base}/imports/units`, headers: { 'content-type': 'text/csv' }, payload: 'kode_unit\nX\n',
    });
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json())).toContain('nama_unit');
  });

  it('answers 413 for raw and multipart uploads over the body limit', async () => {
    const big = `kode_unit,nama_unit\n${'X,'.padEnd(80, 'y')}\n`.repeat(1000);
    const raw = await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/imports/units`, headers: { 'content-type': 'text/csv' }, payload: big });
    expect(raw.statusCode).toBe(413);
    expect(raw.json().error.code).toBe('payload_too_large');
    const { payload, headers } = multipartBody('besar.csv', 'text/csv', big);
    const multi = await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/imports/units`, headers, payload });
    expect(multi.statusCode).toBe(413);
  });

  it('answers 400 on an unknown kind or an empty body, 415 on JSON, 404 on an unknown instansi, 401 without token', async () => {
    const csv = { 'content-type': 'text/csv' };
    expect((await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/imports/gaji`, headers: csv, payload: 'a\n' })).statusCode).toBe(400);
    expect((await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/imports/units`, headers: csv, payload: '' })).statusCode).toBe(400);
    expect((await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi/tidak-ada/imports/units', headers: csv, payload: csvOf('positions') })).statusCode).toBe(404);
    expect((await api.call(null, { method: 'POST', url: `${base}/imports/units`, headers: csv, payload: 'a\n' })).statusCode).toBe(401);
  });

  it.each(forbiddenRoles('import.write'))('refuses imports by %s (403)', async (role) => {
    const res = await api.call(api.tokens[role], {
      method: 'POST', url: `${base}/imports/positions`, headers: { 'content-type': 'text/csv' }, payload: csvOf('positions'),
    });
    expect(res.statusCode).toBe(403);
  });

  it('lists reviews with a cursor and reads one by id and as latest', async () => {
    const list = await api.call(api.tokens.VIEWER, { method: 'GET', url: `${base}/reviews?limit=1` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id: reviewId, instansi: INSTANSI, asOf: AS_OF, status: 'COMPLETED' });
    const latest = await api.call(api.tokens.VIEWER, { method: 'GET', url: `${base}/reviews/latest` });
    expect(latest.json()).toMatchObject({ id: reviewId, progress: 100, policyVersion: expect.any(Number) });
    expect((await api.call(api.tokens.VIEWER, { method: 'GET', url: `${base}/reviews/${reviewId}` })).statusCode).toBe(200);
  });

  it('answers 400 on a bad review id or asOf, 404 on an unknown review', async () => {
    expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `${base}/reviews/bukan-uuid` })).statusCode).toBe(400);
    expect((await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/reviews`, payload: { asOf: '15-01-2026' } })).statusCode).toBe(400);
    expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `${base}/reviews/00000000-0000-4000-8000-000000000000` })).statusCode).toBe(404);
    expect((await api.call(api.tokens.ADMIN, { method: 'GET', url: `${base}/reviews?limit=500` })).statusCode).toBe(400);
  });

  it.each(forbiddenRoles('review.run'))('refuses a review request by %s (403)', async (role) => {
    expect((await api.call(api.tokens[role], { method: 'POST', url: `${base}/reviews`, payload: {} })).statusCode).toBe(403);
  });

  it.each(forbiddenRoles('review.finalize'))('refuses finalizing by %s (403)', async (role) => {
    expect((await api.call(api.tokens[role], { method: 'POST', url: `${base}/reviews/${reviewId}/finalize` })).statusCode).toBe(403);
  });

  it('requests a review without a body (asOf defaults to today) and answers 202', async () => {
    const res = await api.call(api.tokens.ADMIN, { method: 'POST', url: `${base}/reviews` });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ reviewId: expect.any(String), status: 'QUEUED' });
    jobs.length = 0;
  });

  it('refuses review endpoints without token (401)', async () => {
    expect((await api.call(null, { method: 'GET', url: `${base}/reviews` })).statusCode).toBe(401);
    expect((await api.call(null, { method: 'POST', url: `${base}/reviews/${reviewId}/finalize` })).statusCode).toBe(401);
  });
});
