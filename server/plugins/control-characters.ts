/**
 * Refuses, with a 400, request text no user means and the database cannot store: NUL and the other control
 * characters, and unpaired UTF-16 surrogates, in path parameters, the query string and JSON bodies (keys included).
 * Without this a NUL reaches PostgreSQL and comes back as a 500. Tabs and line breaks stay allowed in body text (a
 * calibration reason may span lines). JSON nested deeper than any API document is refused as well, so no later
 * step walks a hostile depth. Raw upload bodies (CSV/XLSX bytes) are the importers' to judge.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { validationError } from '../../lib/errors.js';

// eslint-disable-next-line no-control-regex -- the point is to find them.
const IN_URL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// eslint-disable-next-line no-control-regex -- as above, minus tab, line feed and carriage return.
const IN_BODY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_DEPTH = 32;

const PART_NAMES = { params: 'alamat (path)', query: 'query string', body: 'isi permintaan' } as const;
type Part = keyof typeof PART_NAMES;

function refuse(part: Part): never {
  throw validationError(`${PART_NAMES[part]} berisi karakter kontrol (mis. NUL) atau karakter tidak valid`, { part });
}

/** Walks a parsed value without recursion, so a deep document cannot exhaust the stack. */
function check(part: Part, value: unknown, forbidden: RegExp): void {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (typeof current === 'string') {
      if (forbidden.test(current)) refuse(part);
    } else if (current !== null && typeof current === 'object') {
      if (depth >= MAX_DEPTH) {
        throw validationError(`${PART_NAMES[part]} bersarang terlalu dalam (lebih dari ${MAX_DEPTH} tingkat)`, { part });
      }
      for (const [key, child] of Object.entries(current)) {
        if (forbidden.test(key)) refuse(part);
        stack.push({ value: child, depth: depth + 1 });
      }
    }
  }
}

export function assertPrintableRequest(request: FastifyRequest): void {
  check('params', request.params, IN_URL);
  check('query', request.query, IN_URL);
  if (!Buffer.isBuffer(request.body)) check('body', request.body, IN_BODY);
}

/** Registered inside the API plugin: applies to every route there, before schema validation. */
export const controlCharactersPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => assertPrintableRequest(request));
});
