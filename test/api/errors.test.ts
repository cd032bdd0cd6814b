/** Transport-level guarantees: body limit → 413, internal failures → a generic 500 without stack or SQL. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { instansiRoutes } from '../../server/routes/api/instansi.routes.js';
import { startApi, type ApiHarness } from './helpers/api-harness.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('API error responses', (lane) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(lane, { routes: [instansiRoutes], config: { BODY_LIMIT_MB: '0.01' } });
  });
  afterAll(async () => api.close());

  it('answers an oversized body with 413 in the contract error format', async () => {
    const payload = { kode: 'kab-besar', nama: 'x'.repeat(20_000) };
    const res = await api.call(api.tokens.SUPERADMIN, { method: 'POST', url: '/api/v1/instansi', payload });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      error: { code: 'payload_too_large', message: 'Ukuran permintaan melebihi batas' },
      requestId: expect.any(String),
    });
  });

  it('sets security headers and echoes the request id', async () => {
    const res = await api.call(api.tokens.ADMIN, { method: 'GET', url: '/api/v1/instansi', headers: { 'x-request-id': 'abc-1' } });
    expect(res.headers['x-request-id']).toBe('abc-1');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("img-src 'self' data: validator.swagger.io");
    const missing = await api.call(api.tokens.ADMIN, { method: 'GET', url: '/tidak-ada' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers a database failure with a generic 500: no stack, no SQL, no driver text', async () => {
    const broken = await startApi(lane, { routes: [instansiRoutes] });
    await broken.handle.close();
    const res = await broken.call(broken.tokens.ADMIN, { method: 'GET', url: '/api/v1/instansi' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: 'internal', message: 'Terjadi kesalahan pada server' },
      requestId: expect.any(String),
    });
    expect(res.body).not.toMatch(/select|api_tokens|at .*\.ts|stack/i);
    await broken.app.close();
  });
});
