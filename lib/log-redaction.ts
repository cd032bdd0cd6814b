/**
 * Redaction of log objects: personal data (NIP, names, ratings) and secrets never reach the logs, wherever they sit
 * in the first three levels of what is logged (`log.info({ employee })`, `{ rows: [{ nip }] }`,
 * `{ req: { headers: { authorization } } }`), nor in a child logger's bindings.
 *
 * Done here rather than with pino's `redact` paths: that redactor parses every path again on each call (about 28 KB
 * allocated per child logger and per log line with this list), and fastify makes a child logger for every request.
 * This walk reads a key set built once and copies only the objects it changes, so a clean log object costs no
 * allocation at all.
 */

const SENSITIVE_KEYS: ReadonlySet<string> = new Set([
  'nip', 'nama', 'name', 'tanggalLahir', 'tanggal_lahir', 'predikat', 'rating', 'ratings', 'jpm', 'nilaiPotensi',
  'nilai_potensi', 'nilaiSkp', 'nilai_skp', 'score', 'box', 'calibratedBox', 'alasan', 'explanation',
  'token', 'password', 'secret', 'authorization', 'cookie', 'botToken', 'signingSecret', 'externalId',
  'x-slack-signature', 'x-telegram-bot-api-secret-token',
]);

export const LOG_CENSOR = '[disamarkan]';

const NOTHING_SERIALIZED: ReadonlySet<string> = new Set();

/** Keys are looked at this many levels deep: the top level and two below it. */
const LEVELS = 3;

/**
 * Plain objects and arrays are walked; instances of classes (errors, requests, dates) are left to the serialisers
 * of `log-serializers.ts`, which keep only fields known to be safe.
 */
function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function redactAt(value: unknown, level: number, skip: ReadonlySet<string>): unknown {
  if (level >= LEVELS || value === null || typeof value !== 'object' || !isPlainContainer(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const redacted = redactAt(value[i], level + 1, skip);
      if (redacted !== value[i]) (copy ??= value.slice())[i] = redacted;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(record)) {
    if (level === 0 && skip.has(key)) continue;
    const original = record[key];
    const redacted = SENSITIVE_KEYS.has(key) ? LOG_CENSOR : redactAt(original, level + 1, skip);
    if (redacted !== original) (copy ??= { ...record })[key] = redacted;
  }
  return copy ?? value;
}

/**
 * `object` with every sensitive key in its first three levels replaced by {@link LOG_CENSOR}: the same object when
 * there is nothing to hide, else a copy (the caller's object is never changed).
 * @param serialized - top-level keys whose serialiser already keeps only safe fields (`err`, `req`, `res`)
 */
export function redactLogObject<T extends object>(object: T, serialized: ReadonlySet<string> = NOTHING_SERIALIZED): T {
  return redactAt(object, 0, serialized) as T;
}
