/**
 * Authentication belongs to the route that matched, not to the spelling of the URL: every route of the API, reached
 * through percent-encoded, re-cased, dotted and doubled spellings, either is not a route at all (404/400) or answers
 * 401 without a token. The variants are generated from the route table the server registered.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { expectContractError, itWroteCleanLogs } from './helpers/hostile-cases.js';
import { startHostileApi, type RouteEntry } from './helpers/hostile-api.js';
import { INSTANSI } from '../api/helpers/api-harness.js';

const api = await startHostileApi();
afterAll(() => api.close());

/** Concrete values for the route parameters, so a matched route would serve real data. */
function fill(url: string): string {
  const values: Record<string, string> = {
    kode: INSTANSI,
    id: 'latest',
    kind: 'employees',
    nip: api.home.kabidA1.nip,
    positionKode: 'KADIS-A',
    employeeId: '1',
  };
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for route parameter ${name}`);
    return value;
  });
}

const hex = (c: string, upper: boolean) => {
  const h = c.charCodeAt(0).toString(16);
  return `%${upper ? h.toUpperCase() : h}`;
};
const encodeAll = (segment: string, upper: boolean) => [...segment].map((c) => hex(c, upper)).join('');

interface Variant {
  route: RouteEntry;
  spelling: string;
  url: string;
  /** The router is expected to reach the route through this spelling. */
  mustMatch: boolean;
}

function variants(route: RouteEntry): Variant[] {
  const path = fill(route.url);
  const segments = path.split('/');
  const out: Variant[] = [];
  const add = (spelling: string, url: string, mustMatch: boolean) => out.push({ route, spelling, url, mustMatch });
  add('as registered', path, true);
  segments.forEach((segment, i) => {
    if (segment === '') return;
    const first = segments.map((s, j) => (j === i ? `${hex(s[0]!, false)}${s.slice(1)}` : s)).join('/');
    add(`segment ${i} first letter encoded`, first, true);
  });
  add('every character encoded (lower hex)', segments.map((s) => encodeAll(s, false)).join('/'), true);
  add('every character encoded (upper hex)', segments.map((s) => encodeAll(s, true)).join('/'), true);
  add('dot segment', path.replace('/api/', '/api/./'), false);
  add('doubled slash', path.replace('/api/v1/', '/api//v1/'), false);
  add('trailing slash', `${path}/`, false);
  add('encoded slash', path.replace('/api/v1/', '/api%2fv1/'), false);
  add('double encoding', path.replace('/api/v1/', '/api/%2576%31/'), false);
  add('upper case', path.toUpperCase(), false);
  add('matrix parameter', path.replace('/api/v1/', '/api;x=1/v1/'), false);
  add('query string only', `${path}?authorization=Bearer%20x`, true);
  return out;
}

const cases = api.routes.flatMap(variants);

describe(`hostile: every API route under ${cases.length} spellings`, () => {
  it('knows the whole route table', () => {
    expect(api.routes.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('$route.method $route.url — $spelling', async ({ route, url, mustMatch }) => {
    const request = { method: route.method as 'GET', url };
    // A VIEWER token tells whether the spelling reaches the route without changing data: every answer but "no such
    // route" and "unreadable URL" comes from the route.
    const withToken = await api.send(api.tokens.VIEWER, request);
    const code = withToken.json<{ error?: { code?: string } }>().error?.code ?? '';
    const reached = !['route.not_found', 'request.invalid_url'].includes(code);
    if (mustMatch) expect(reached, withToken.body).toBe(true);
    const anonymous = await api.send(null, request);
    if (reached) expectContractError(anonymous, 401, 'auth.unauthorized');
    else expect([400, 404]).toContain(anonymous.statusCode);
    expect(anonymous.statusCode).toBeLessThan(500);
    expectContractError(anonymous, anonymous.statusCode);
  });

  itWroteCleanLogs(() => api);
});
