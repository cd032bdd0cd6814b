/**
 * Builds the `/api/v1` plugin from a list of route plugins: bearer authentication of every route inside it, refusal
 * of control characters, upload parsers (raw CSV/XLSX and multipart) and the routes, all encapsulated under the
 * prefix.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { authPlugin } from '../../plugins/auth.js';
import { controlCharactersPlugin } from '../../plugins/control-characters.js';

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
    // Hooks added here apply to the routes registered in this plugin, whatever URL spelling reached them.
    await app.register(authPlugin);
    await app.register(controlCharactersPlugin);
    // The file-size limit equals the body limit, so multipart and raw uploads share one ceiling (413 beyond it).
    await app.register(multipart, { limits: { fileSize: bodyLimit, files: 1, fields: 10 } });
    // Bodies are JSON or uploads: a text/plain body would reach the routes as a string and fail as "not an object".
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser(RAW_UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit }, (_request, body, done) => done(null, body));
    for (const route of routes) await app.register(route);
  }
  return async (app) => {
    await app.register(apiV1, { prefix: API_PREFIX });
  };
}
