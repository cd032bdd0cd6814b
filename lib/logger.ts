/**
 * pino logger. Personal data (NIP, names, ratings) and secrets are redacted wherever they appear in a log object or
 * a child logger's bindings (`log-redaction.ts`), so a careless `log.info({ employee })` cannot leak them; errors and
 * requests go through the serialisers of `log-serializers.ts` (database errors reduced to SQLSTATE and statement,
 * URLs without query strings, NIPs masked). Pretty output only on a TTY.
 */
import { pino, type Logger } from 'pino';
import { redactLogObject } from './log-redaction.js';
import { LOG_SERIALIZERS } from './log-serializers.js';

export type { Logger };

/** Keys whose serialiser keeps only safe fields: redacting the raw value first would only mislabel it. */
const SERIALIZED_KEYS: ReadonlySet<string> = new Set(Object.keys(LOG_SERIALIZERS));

export function createLogger(options: { level: string; pretty?: boolean; destination?: NodeJS.WritableStream }): Logger {
  const pretty = options.pretty ?? Boolean(process.stdout.isTTY);
  const base = {
    level: options.level,
    formatters: { log: (object: Record<string, unknown>) => redactLogObject(object, SERIALIZED_KEYS) },
    serializers: LOG_SERIALIZERS,
    base: undefined,
  };
  let logger: Logger;
  if (options.destination) logger = pino(base, options.destination as pino.DestinationStream);
  else if (pretty) logger = pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } });
  else logger = pino(base);
  return redactingChildBindings(logger);
}

/**
 * pino's bindings formatter sees only the root logger's bindings, not a child's: children are made through `child`,
 * which pino's children inherit from the root (each child is created with the root in its prototype chain), so
 * redacting there covers children of children too.
 */
function redactingChildBindings(logger: Logger): Logger {
  type Child = (this: unknown, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) => unknown;
  const original = Reflect.get(logger, 'child') as Child;
  const child: Child = function redactedChild(bindings, options) {
    return original.call(this, redactLogObject(bindings), options);
  };
  Reflect.set(logger, 'child', child);
  return logger;
}
