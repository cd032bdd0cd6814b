/**
 * `talenta worker`: only the BullMQ workers, no API and no scheduling, so review runs can scale out over processes.
 * They share the work through Redis and the data through PostgreSQL; the embedded database belongs to `serve`.
 */
import type { Command } from 'commander';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Menjalankan worker tugas (tinjauan, notifikasi, impor) dari antrean Redis')
    .action(async () => {
      const { runWorker } = await import('./worker.run.js');
      await runWorker();
    });
}
