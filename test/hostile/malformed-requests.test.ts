/**
 * Malformed and hostile requests: broken JSON, empty and oversized bodies, bad percent-encoding, over-long
 * parameters, unsupported media types, control characters, deep nesting, oversized headers, an upload body announced
 * but never sent. Each is answered in the contract's error shape, in Bahasa Indonesia, while the other instansi keeps
 * being served.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe } from 'vitest';
import { HOME, startHostileApi, type HostileApi } from './helpers/hostile-api.js';
import { itWroteCleanLogs, runHostileCases, type HostileCase } from './helpers/hostile-cases.js';
import { rawRequest } from './helpers/raw-http.js';

let api: HostileApi;
let port = 0;

const asAdmin = (request: InjectOptions) => (a: HostileApi) => a.send(a.tokens.ADMIN, request);
const calibrate = (alasan: string) =>
  asAdmin({ method: 'POST', url: `${HOME}/reviews/latest/calibrations`, payload: { nip: '198001012005011100', box: 8, alasan } });
const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const CASES: HostileCase[] = [
  { name: 'broken JSON', status: 400, code: 'request.invalid_json', send: asAdmin({ method: 'POST', url: `${HOME}/reviews`, headers: { 'content-type': 'application/json' }, payload: '{"asOf":' }) },
  { name: 'empty JSON body', status: 400, code: 'request.empty_body', send: asAdmin({ method: 'POST', url: `${HOME}/reviews`, headers: { 'content-type': 'application/json' }, payload: '' }) },
  { name: 'JSON with __proto__', status: 400, code: 'request.invalid_json', send: asAdmin({ method: 'PUT', url: `${HOME}/policy`, headers: { 'content-type': 'application/json' }, payload: '{"__proto__":{"admin":true}}' }) },
  { name: 'JSON nested 5,000 deep', status: 400, code: 'validation', send: asAdmin({ method: 'PUT', url: `${HOME}/policy`, headers: { 'content-type': 'application/json' }, payload: deepJson(5000) }) },
  { name: 'body over the size limit', status: 413, code: 'payload_too_large', send: asAdmin({ method: 'PUT', url: `${HOME}/policy`, payload: { pad: 'x'.repeat(1.5 * 1024 * 1024) } }) },
  { name: 'Content-Length smaller than the body', status: 400, code: 'request.invalid_content_length', send: asAdmin({ method: 'POST', url: `${HOME}/reviews`, headers: { 'content-type': 'application/json', 'content-length': '3' }, payload: '{"asOf":"2026-01-01"}' }) },
  { name: 'unsupported media type on a JSON route', status: 415, code: 'unsupported_media_type', send: asAdmin({ method: 'POST', url: `${HOME}/reviews`, headers: { 'content-type': 'text/plain' }, payload: 'asOf=2026-01-01' }) },
  { name: 'unsupported media type on an import', status: 415, code: 'unsupported_media_type', send: asAdmin({ method: 'POST', url: `${HOME}/imports/employees`, headers: { 'content-type': 'application/xml' }, payload: '<pegawai/>' }) },
  { name: 'malformed Content-Type', status: 415, code: 'unsupported_media_type', send: asAdmin({ method: 'POST', url: `${HOME}/reviews`, headers: { 'content-type': ';;;' }, payload: '{}' }) },
  { name: 'multipart header without multipart body', status: 400, code: 'validation', send: asAdmin({ method: 'POST', url: `${HOME}/imports/employees`, headers: { 'content-type': 'multipart/form-data; boundary=x' }, payload: 'bukan multipart' }) },
  { name: 'bad percent-encoding in the path', status: 400, code: 'request.invalid_url', send: asAdmin({ method: 'GET', url: `${HOME}/reviews/%E0%A4%A` }) },
  { name: 'over-long path parameter', status: 414, code: 'request.param_too_long', send: asAdmin({ method: 'GET', url: `/api/v1/instansi/${'k'.repeat(150)}/reviews` }) },
  { name: 'NUL in a path parameter', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/positions/KADIS%00A/successors` }) },
  { name: 'NUL in the instansi kode', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: '/api/v1/instansi/kab%00uji/reviews' }) },
  { name: 'NUL in the query string', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/reviews/latest/nine-box?unit=OPD%00A` }) },
  { name: 'line feed in the query string', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/talent-pool?unit=OPD-A%0A` }) },
  { name: 'NUL in a JSON string', status: 400, code: 'validation', send: calibrate('Hasil rapat\u0000komite talenta') },
  { name: 'bell character in a JSON string', status: 400, code: 'validation', send: calibrate('Hasil rapat \u0007 komite talenta') },
  { name: 'unpaired surrogate in a JSON string', status: 400, code: 'validation', send: asAdmin({ method: 'POST', url: `${HOME}/reviews/latest/calibrations`, headers: { 'content-type': 'application/json' }, payload: '{"nip":"198001012005011100","box":8,"alasan":"Hasil rapat \\ud800 komite"}' }) },
  { name: 'NUL in a JSON key', status: 400, code: 'validation', send: asAdmin({ method: 'PUT', url: `${HOME}/policy`, headers: { 'content-type': 'application/json' }, payload: '{"kinerja\\u0000":{}}' }) },
  { name: 'NUL in a chat external id', status: 400, code: 'validation', send: asAdmin({ method: 'POST', url: `${HOME}/chat-identities`, payload: { platform: 'slack', externalId: 'U1\u0000', role: 'VIEWER' } }) },
  { name: 'wrong JSON types, details in Bahasa Indonesia', status: 400, code: 'validation', send: asAdmin({ method: 'POST', url: `${HOME}/reviews/latest/calibrations`, payload: { nip: 123, box: 'sembilan', alasan: [] } }) },
  { name: 'number beyond double range', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/reviews/latest/placements?limit=1e400` }) },
  { name: 'negative page size', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/reviews?limit=-1` }) },
  { name: 'SQL in a review id', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/reviews/1';DROP%20TABLE%20reviews;--` }) },
  { name: 'seventeen-digit NIP', status: 400, code: 'validation', send: asAdmin({ method: 'GET', url: `${HOME}/employees/19800101200501110/talent` }) },
  { name: 'unknown route', status: 404, code: 'route.not_found', send: asAdmin({ method: 'DELETE', url: `${HOME}/reviews/latest` }) },
  { name: 'malformed Authorization header', status: 401, code: 'auth.unauthorized', send: (a) => a.send(null, { method: 'GET', url: `${HOME}/reviews`, headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } }) },
  { name: 'a 10 KB bearer token', status: 401, code: 'auth.unauthorized', send: (a) => a.send(`tlt_${'A'.repeat(10_000)}`, { method: 'GET', url: `${HOME}/reviews` }) },
  {
    name: 'headers beyond the parser limit',
    status: 431,
    code: 'request.headers_too_large',
    send: () => rawRequest(port, `GET /health HTTP/1.1\r\nHost: x\r\nX-Isi: ${'a'.repeat(20_000)}\r\n\r\n`),
  },
  { name: 'bytes that are not HTTP', status: 400, code: 'bad_request', send: () => rawRequest(port, 'HELLO\r\n\r\n') },
  {
    name: 'unauthenticated 45 MB upload announced, never sent: refused before the body is read',
    status: 401,
    code: 'auth.unauthorized',
    send: () =>
      rawRequest(
        port,
        `POST ${HOME}/imports/employees HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: ${45 * 1024 * 1024}\r\n\r\nnip,nama\n`,
      ),
  },
];

describe(`hostile: ${CASES.length} malformed requests`, () => {
  beforeAll(async () => {
    api = await startHostileApi({ config: { BODY_LIMIT_MB: '1' } });
    await api.app.listen({ port: 0, host: '127.0.0.1' });
    port = (api.app.server.address() as { port: number }).port;
  });
  afterAll(() => api.close());

  runHostileCases(() => api, CASES);

  itWroteCleanLogs(() => api);
});
