import type { Command } from 'commander';
import { buildServer } from '../../server/app.js';
import { CliError } from '../cli-error.js';
import { createRuntime } from '../runtime.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Menjalankan API, penjadwal, worker, dan bot sesuai konfigurasi')
    .option('--demo', 'membuat instansi demo pada database kosong')
    .action(async () => {
      const runtime = await createRuntime();
      const { config, log } = runtime;
      const app = await buildServer(runtime.deps);
      try {
        await app.listen({ port: config.PORT, host: config.HOST });
      } catch (err) {
        await app.close();
        await runtime.close();
        throw new CliError(`Tidak dapat mendengarkan di ${config.HOST}:${config.PORT}: ${(err as Error).message}`);
      }
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      const url = `http://${config.HOST}:${port}`;
      process.stdout.write(`Talenta berjalan di ${url}  (dokumentasi API: ${url}/docs)\n`);

      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        log.info({ signal }, 'shutting down');
        await app.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));
    });
}
