import type { Command } from 'commander';
import { startJobs } from '../../jobs/start-jobs.js';
import { CliError } from '../cli-error.js';
import { createRuntime } from '../runtime.js';
import { onShutdownSignal } from '../shutdown-signals.js';

/**
 * `talenta worker`: only the BullMQ workers, no API and no scheduling, so review runs can scale out over processes.
 * Without Redis there is nothing to share work through, so it refuses to start.
 */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Menjalankan worker tugas (tinjauan, notifikasi, impor) dari antrean Redis')
    .action(async () => {
      const runtime = await createRuntime();
      if (runtime.queue.kind !== 'bullmq') {
        await runtime.close();
        throw new CliError('talenta worker memerlukan REDIS_URL; tanpa Redis, tugas berjalan di dalam `talenta serve`.');
      }
      onShutdownSignal(runtime.log, () => runtime.close());
      const { recovered } = await startJobs({ deps: runtime.deps, queue: runtime.queue, schedules: false }).catch(
        async (err: unknown) => {
          await runtime.close();
          throw new CliError(`Worker tidak dapat dimulai: ${(err as Error).message}`);
        },
      );
      process.stdout.write(`Worker Talenta berjalan (BullMQ), ${recovered} tinjauan dilanjutkan. Hentikan dengan Ctrl+C.\n`);
    });
}
