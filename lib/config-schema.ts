/**
 * The settings schema: every environment variable Talenta reads, with its default and a message in Bahasa Indonesia
 * for a bad value. `lib/config.ts` reads the environment and validates it here.
 */
import { z } from 'zod';
import { DEFAULT_DATA_DIR } from './config-defaults.js';
import { firesEver, isValidCron, isValidTimezone, normaliseCron } from './cron.js';
import './zod-indonesian.js';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const databaseUrl = optionalString.refine(
  (v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v) && canParseUrl(v),
  { message: 'harus berupa URL postgres://user:pass@host:port/db' },
);

const redisUrl = optionalString.refine((v) => v === undefined || (/^rediss?:\/\//.test(v) && canParseUrl(v)), {
  message: 'harus berupa URL redis://host:port',
});

const httpUrl = optionalString.refine((v) => v === undefined || (/^https?:\/\//.test(v) && canParseUrl(v)), {
  message: 'harus berupa URL http(s)://',
});

/**
 * fastify's `trustProxy`: `false`/`true`, a number of proxy hops, or a comma-separated list of proxy addresses and
 * CIDR ranges.
 */
const trustProxy = z
  .string()
  .trim()
  .default('false')
  .transform((v, ctx): boolean | number | string[] => {
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    if (/^\d+$/.test(v)) return Number(v);
    const list = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (list.every((s) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(s))) return list;
    ctx.addIssue({ code: 'custom', message: 'harus false, true, jumlah hop, atau daftar alamat/CIDR dipisah koma' });
    return z.NEVER;
  });

const isoDate = z.iso.date({ message: 'harus tanggal YYYY-MM-DD yang ada' });

function canParseUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** A positive whole-number limit with its default, for the import bounds. */
function limit(defaultValue: number, description: string) {
  return z.coerce
    .number({ message: 'harus berupa angka' })
    .int({ message: 'harus bilangan bulat' })
    .positive({ message: 'harus lebih dari 0' })
    .default(defaultValue)
    .describe(description);
}

export const ConfigSchema = z.object({
  DATABASE_URL: databaseUrl.describe('PostgreSQL URL (postgres.js). Empty: embedded PGlite in DATA_DIR.'),
  DATA_DIR: z.string().trim().min(1).default(DEFAULT_DATA_DIR).describe('Folder of the embedded database.'),
  REDIS_URL: redisUrl.describe('Redis URL: schedules and runs go through BullMQ. Empty: in-process jobs.'),
  PORT: z.coerce
    .number({ message: 'harus berupa angka' })
    .int({ message: 'harus bilangan bulat' })
    .min(0, { message: 'harus antara 0 dan 65535' })
    .max(65535, { message: 'harus antara 0 dan 65535' })
    .default(3000)
    .describe('HTTP port.'),
  HOST: z.string().trim().min(1).default('127.0.0.1').describe('HTTP listen address.'),
  PUBLIC_URL: httpUrl.describe('Public base URL (for links in bot messages). Default: http://HOST:PORT.'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TZ_DEFAULT: z
    .string()
    .trim()
    .refine(isValidTimezone, { message: 'harus nama zona waktu IANA, mis. Asia/Jakarta' })
    .default('Asia/Jakarta')
    .describe('Timezone for "today" and of the default review schedule.'),
  SCHEDULE_DEFAULT_CRON: z
    .string()
    .transform(normaliseCron)
    .refine(isValidCron, { message: 'harus ekspresi cron 5 kolom (atau 6 dengan detik), mis. "0 2 1 1,4,7,10 *"' })
    .refine((cron) => !isValidCron(cron) || firesEver(cron), { message: 'tidak pernah berjalan (mis. tanggal 30 Februari)' })
    .default('0 2 1 1,4,7,10 *')
    .describe('Review schedule of every instansi that has not set its own (read in TZ_DEFAULT).'),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: httpUrl,
  TELEGRAM_BOT_TOKEN: optionalString,
  TELEGRAM_WEBHOOK_SECRET: optionalString,
  TELEGRAM_API_ROOT: httpUrl,
  RATE_LIMIT_MAX: z.coerce
    .number()
    .int()
    .positive()
    .default(6000)
    .describe('Requests per minute per token (per client address for requests without one).'),
  RATE_LIMIT_AUTH_FAILURES: z.coerce
    .number()
    .int()
    .positive()
    .default(30)
    .describe('Failed authentications per minute per client address before it is refused (429) for the rest of the minute.'),
  TRUST_PROXY: trustProxy.describe(
    'Reverse proxies whose X-Forwarded-For is believed: false (default), true, a hop count, or addresses/CIDRs.',
  ),
  AS_OF_MIN: isoDate.default('2000-01-01').describe('Earliest reference date (asOf) a review may have.'),
  AS_OF_MAX_MONTHS_AHEAD: z.coerce
    .number({ message: 'harus berupa angka' })
    .int({ message: 'harus bilangan bulat' })
    .min(0, { message: 'harus antara 0 dan 120' })
    .max(120, { message: 'harus antara 0 dan 120' })
    .default(12)
    .describe('Latest reference date (asOf) a review may have, in months after today.'),
  BODY_LIMIT_MB: z.coerce.number().positive().default(50).describe('Largest accepted request body (imports).'),
  IMPORT_MAX_FILE_MB: limit(50, 'Largest import file (CSV or XLSX as uploaded), in MB; larger files are refused before reading.'),
  IMPORT_XLSX_MAX_INFLATED_MB: limit(
    256,
    'XLSX only: most bytes the parts read from the archive may inflate to, in MB (declared sizes are checked before ' +
      'inflating, actual bytes while inflating), so a zip bomb is refused early.',
  ),
  IMPORT_MAX_ROWS: limit(200_000, 'Most rows an import file may have (title, header and data rows).'),
  IMPORT_MAX_COLUMNS: limit(256, 'Rightmost column an import file may use (256 = column IV).'),
  IMPORT_MAX_CELLS: limit(5_000_000, 'Most non-empty cells (and XLSX shared strings) an import file may have.'),
  IMPORT_MAX_CELL_CHARS: limit(32_767, 'Longest text of one cell or CSV field (32,767 is what Excel itself allows).'),
  JOB_LOCK_SECONDS: z.coerce
    .number({ message: 'harus berupa angka' })
    .int({ message: 'harus bilangan bulat' })
    .min(2, { message: 'harus antara 2 dan 3600' })
    .max(3600, { message: 'harus antara 2 dan 3600' })
    .default(30)
    .describe(
      "BullMQ only: how long a worker's lock on a running job lasts (renewed every half of it while the job runs); " +
        'a job of a worker that died is taken over after about this long (at most twice it). Must stay well above ' +
        'the longest synchronous step of a review (about 0.5 s at 50 000 employees).',
    ),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses an environment without side effects; used by `loadConfig` and by tests. */
export function parseConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.') || 'konfigurasi';
      const value = env[key];
      const shown = value === undefined || /TOKEN|SECRET|URL/.test(key) ? '' : ` (nilai: "${value}")`;
      return `${key}: ${issue.message}${shown}`;
    });
    return { ok: false, problems };
  }
  return { ok: true, config: Object.freeze(parsed.data) };
}
