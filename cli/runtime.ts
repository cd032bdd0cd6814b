/**
 * Composition root of a Talenta process: config → logger → database (migrated) → dependencies.
 * Every CLI command starts here, so all of them see the same wiring.
 */
import { loadConfig, type Config } from '../lib/config.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { createDb, type DbHandle } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import type { Deps } from '../services/deps.js';
import { CliError } from './cli-error.js';

export interface Runtime {
  config: Config;
  log: Logger;
  deps: Deps;
  close(): Promise<void>;
}

/** Opens the configured database and applies pending migrations; a database that cannot be reached is a clear error. */
export async function openDatabase(config: Config, log: Logger): Promise<DbHandle> {
  const handle = config.DATABASE_URL
    ? await createDb({ url: config.DATABASE_URL })
    : await createDb({ dataDir: config.DATA_DIR });
  try {
    await runMigrations(handle);
  } catch (err) {
    await handle.close().catch(() => {});
    const cause = (err as { cause?: { message?: string; code?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (err as Error).message;
    throw new CliError(`Tidak dapat membuka database (${handle.driver}): ${String(reason).split('\n')[0]}`);
  }
  log.debug({ driver: handle.driver }, 'database ready');
  return handle;
}

export async function createRuntime(options: { logLevel?: string } = {}): Promise<Runtime> {
  const config = loadConfig();
  const log = createLogger({ level: options.logLevel ?? config.LOG_LEVEL });
  const dbHandle = await openDatabase(config, log);
  const deps: Deps = { config, log, dbHandle };
  return {
    config,
    log,
    deps,
    async close() {
      await dbHandle.close();
    },
  };
}
