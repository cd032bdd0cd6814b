/**
 * Builds the `/api/v1` plugin from a list of route plugins: bearer authentication, upload parsers (raw CSV/XLSX and
 * multipart) and the routes, all encapsulated under the prefix.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { authPlugin } from '../../plugins/auth.js';

export const API_PREFIX = '/api/v1';

/** Upload bodies other than JSON and multipart: kept as raw bytes for the import parsers to sniff. */
const RAW_UPLOAD_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
];

export function createApiPlugin(routes: readonly FastifyPluginAsync[]): (app: FastifyInstance) => Promise<void> {
  async function apiV1(app: FastifyInstance): Promise<void> {
    const bodyLimit = Math.round(app.deps.config.BODY_LIMIT_MB * 1024 * 1024);
    await app.register(authPlugin, { prefix: API_PREFIX });
    // The file-size limit equals the body limit, so multipart and raw uploads share one ceiling (413 beyond it).
    await app.register(multipart, { limits: { fileSize: bodyLimit, files: 1, fields: 10 } });
    app.addContentTypeParser(RAW_UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
    for (const route of routes) await app.register(route);
  }
  return async (app) => {
    await app.register(apiV1, { prefix: API_PREFIX });
  };
}
