/** `talenta serve [--demo]`: the API, scheduler, workers and bots; the work lives in serve.run.ts, loaded on use. */
import type { Command } from 'commander';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Menjalankan API, penjadwal, worker, dan bot sesuai konfigurasi')
    .option('--demo', 'membuat instansi demo pada database kosong dan mencetak token demo')
    .action(async (options: { demo?: boolean }) => {
      const { serve } = await import('./serve.run.js');
      await serve({ demo: options.demo === true });
    });
}
