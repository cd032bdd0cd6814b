import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DbHandle } from '../../db/client.js';
import { buildServer } from '../../server/app.js';
import { createPgliteTestDb } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

describe('system endpoints', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  beforeAll(async () => {
    handle = await createPgliteTestDb();
    app = await buildServer(createTestDeps(handle));
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('answers liveness without authentication', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('reports ready when the database answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', queue: 'in-process' } });
  });

  it('serves the OpenAPI document and its UI', async () => {
    const spec = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(spec.statusCode).toBe(200);
    expect(spec.json().paths['/health']).toBeDefined();
    const ui = await app.inject({ method: 'GET', url: '/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('answers unknown routes in the contract error format', async () => {
    const res = await app.inject({ method: 'GET', url: '/nope', headers: { 'x-request-id': 'req-123' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'route.not_found', message: 'Rute GET /nope tidak ditemukan' },
      requestId: 'req-123',
    });
  });

  it('reports not ready once the database is gone', async () => {
    const local = await createPgliteTestDb();
    const server = await buildServer(createTestDeps(local));
    await local.close();
    const res = await server.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json().checks.database).toBe('down');
    await server.close();
  });
});
