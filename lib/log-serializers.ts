/**
 * Serialisers every log line goes through (pino applies them by key), so personal data and secrets cannot reach the
 * logs through an error message, a request URL or a driver error, whoever logs them:
 * - `err`: database errors become `{ type, sqlState, statement }` (their text quotes the query's parameters); other
 *   errors keep type, code, message and stack with long digit runs (NIPs) and secret-looking strings masked.
 * - `req`: method, route pattern and the path with NIPs masked; the query string (which may carry a token or a name)
 *   is dropped.
 */
import { isDatabaseError, quotesFailedQuery, sqlStateOf, statementNameOf } from './database-error.js';

/** Words that may hide something: UUIDs (kept), and runs of token characters long enough to matter. */
const WORDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[A-Za-z0-9_-]{8,}/gi;
/** Review ids and other UUIDs name no person and help trace a failure. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TEXT = 2000;
const MAX_CAUSES = 3;

function maskWord(word: string): string {
  if (UUID.test(word)) return word;
  // Bearer tokens, Slack tokens, signing secrets: long runs of token characters mixing letters and digits.
  if (word.length >= 24 && /\d/.test(word) && /[A-Za-z]/.test(word)) return '[rahasia]';
  // NIPs (18 digits), NIKs (16), phone numbers.
  return word.replace(/\d{8,}/g, '[angka]');
}

/** A free text made fit for the logs: NIP-like digit runs and secret-looking words masked, length capped. */
export function maskLogText(text: string): string {
  if (quotesFailedQuery(text)) return '[kueri database disamarkan]';
  return text.slice(0, MAX_TEXT).replace(WORDS, maskWord);
}

/** The `err` serialiser: accepts Errors, plain `{ message, code }` objects and strings. */
export function serializeLogError(err: unknown, depth = 0): unknown {
  if (typeof err === 'string') return maskLogText(err);
  if (err === null || typeof err !== 'object') return err;
  if (isDatabaseError(err)) {
    return { type: 'DatabaseError', sqlState: sqlStateOf(err) ?? null, statement: statementNameOf(err) };
  }
  const e = err as { name?: unknown; message?: unknown; code?: unknown; statusCode?: unknown; stack?: unknown; cause?: unknown };
  const out: Record<string, unknown> = { type: typeof e.name === 'string' ? e.name : 'Error' };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.statusCode === 'number') out.statusCode = e.statusCode;
  if (typeof e.message === 'string') out.message = maskLogText(e.message);
  if (typeof e.stack === 'string') out.stack = maskLogText(e.stack);
  if (e.cause !== undefined && depth < MAX_CAUSES) out.cause = serializeLogError(e.cause, depth + 1);
  return out;
}

/** A request path fit for the logs: without its query string, percent-decoding undone, NIPs masked. */
export function maskLogUrl(url: string): string {
  const path = url.split('?', 1)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Malformed percent-encoding: mask the raw text.
  }
  return maskLogText(decoded).slice(0, 300);
}

interface RequestLike {
  method?: string;
  url?: string;
  ip?: string;
  routeOptions?: { url?: string };
}

/** The `req` serialiser for fastify requests (and raw Node requests). */
export function serializeLogRequest(req: RequestLike): Record<string, unknown> {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? maskLogUrl(req.url) : undefined,
    route: req.routeOptions?.url,
    remoteAddress: req.ip,
  };
}

export function serializeLogResponse(res: { statusCode?: number }): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

export const LOG_SERIALIZERS = {
  err: serializeLogError,
  req: serializeLogRequest,
  res: serializeLogResponse,
};
