import { startJobs } from '../../jobs/start-jobs.js';
import { loadConfig } from '../../lib/config.js';
import { CliError } from '../cli-error.js';
import { createRuntime } from '../runtime.js';
import { onShutdownSignal } from '../shutdown-signals.js';

/** Refuses without Redis (nothing to share work through) and without PostgreSQL (the embedded database is serve's). */
export async function runWorker(): Promise<void> {
  const config = await loadConfig();
  if (!config.REDIS_URL) throw new CliError('talenta worker memerlukan REDIS_URL; tanpa Redis, tugas berjalan di dalam `talenta serve`.');
  if (!config.DATABASE_URL) {
    throw new CliError('talenta worker memerlukan DATABASE_URL (PostgreSQL); database bawaan hanya dipakai oleh `talenta serve`.');
  }
  const runtime = await createRuntime({ command: 'talenta worker' });
  onShutdownSignal(runtime.log, () => runtime.close());
  const { recovered } = await startJobs({ deps: runtime.deps, queue: runtime.queue, schedules: false }).catch(async (err: unknown) => {
    await runtime.close();
    throw new CliError(`Worker tidak dapat dimulai: ${(err as Error).message}`);
  });
  process.stdout.write(`Worker Talenta berjalan (BullMQ), ${recovered} tinjauan dilanjutkan. Hentikan dengan Ctrl+C.\n`);
}
