/**
 * pino logger. Personal data (NIP, names, ratings) and secrets are redacted wherever they appear in a log object,
 * so a careless `log.info({ employee })` cannot leak them; errors and requests go through the serialisers of
 * `log-serializers.ts` (database errors reduced to SQLSTATE and statement, URLs without query strings, NIPs masked).
 * Pretty output only on a TTY.
 */
import { pino, type Logger } from 'pino';
import { LOG_SERIALIZERS } from './log-serializers.js';

export type { Logger };

const SENSITIVE_KEYS = [
  'nip', 'nama', 'name', 'tanggalLahir', 'tanggal_lahir', 'predikat', 'rating', 'ratings', 'jpm', 'nilaiPotensi',
  'nilai_potensi', 'nilaiSkp', 'nilai_skp', 'score', 'box', 'calibratedBox', 'alasan', 'explanation',
  'token', 'password', 'secret', 'authorization', 'cookie', 'botToken', 'signingSecret', 'externalId',
];

/** Redaction paths: each sensitive key at the top level and two levels down, plus request headers. */
export const REDACT_PATHS = [
  ...SENSITIVE_KEYS,
  ...SENSITIVE_KEYS.map((k) => `*.${k}`),
  ...SENSITIVE_KEYS.map((k) => `*.*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-slack-signature"]',
  'req.headers["x-telegram-bot-api-secret-token"]',
];

export function createLogger(options: { level: string; pretty?: boolean; destination?: NodeJS.WritableStream }): Logger {
  const pretty = options.pretty ?? Boolean(process.stdout.isTTY);
  const base = {
    level: options.level,
    redact: { paths: REDACT_PATHS, censor: '[disamarkan]' },
    serializers: LOG_SERIALIZERS,
    base: undefined,
  };
  if (options.destination) return pino(base, options.destination as pino.DestinationStream);
  if (pretty) {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } });
  }
  return pino(base);
}
