import type { Command } from 'commander';
import { createBots } from '../../bots/create-bots.js';
import { serviceVerbs } from '../../bots/core/service-verbs.js';
import { startJobs } from '../../jobs/start-jobs.js';
import { buildServer } from '../../server/app.js';
import { apiRoutes } from '../../server/routes/api/index.js';
import { CliError } from '../cli-error.js';
import { cliContext } from '../cli-context.js';
import { createRuntime } from '../runtime.js';
import { awaitFirstReview, printDemoToken, seedDemoIfEmpty } from '../serve-demo.js';
import { onShutdownSignal } from '../shutdown-signals.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Menjalankan API, penjadwal, worker, dan bot sesuai konfigurasi')
    .option('--demo', 'membuat instansi demo pada database kosong dan mencetak token demo')
    .action(async (options: { demo?: boolean }) => {
      const runtime = await createRuntime();
      const { config, log, deps } = runtime;
      const ctx = cliContext(runtime);
      const demo = options.demo ? await seedDemoIfEmpty(ctx) : null;

      const bots = createBots(deps, { services: serviceVerbs });
      // Processors read deps lazily, so the notifier set here reaches review summaries.
      if (bots.notifier) deps.notifier = bots.notifier;
      const app = await buildServer(deps, { plugins: [apiRoutes, ...bots.fastifyPlugins] });
      try {
        await app.listen({ port: config.PORT, host: config.HOST });
      } catch (err) {
        await app.close();
        await runtime.close();
        throw new CliError(`Tidak dapat mendengarkan di ${config.HOST}:${config.PORT}: ${(err as Error).message}`);
      }
      // Shutdown is wired before the jobs start, so a signal during start-up still closes workers and queues.
      onShutdownSignal(log, async () => {
        await bots.stop();
        await app.close();
        await runtime.close();
      });
      const jobs = await startJobs({ deps, queue: runtime.queue, schedules: true }).catch(async (err: unknown) => {
        await app.close();
        await runtime.close();
        throw new CliError(`Sistem tugas tidak dapat dimulai (${runtime.queue.kind}): ${(err as Error).message}`);
      });
      await bots.start();
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.PORT;
      const url = `http://${config.HOST}:${port}`;
      process.stdout.write(
        `Tugas: ${runtime.queue.kind === 'bullmq' ? 'BullMQ (Redis)' : 'dalam proses'}, ${jobs.schedules} jadwal, ` +
          `${jobs.recovered} tinjauan dilanjutkan; bot: ${[bots.slack && 'Slack', bots.telegram && 'Telegram'].filter(Boolean).join(', ') || 'tidak ada'}\n`,
      );
      if (demo) {
        await awaitFirstReview(ctx, demo);
        await printDemoToken(ctx, demo, url);
      }
      process.stdout.write(`Talenta berjalan di ${url}  (dokumentasi API: ${url}/docs)\n`);
    });
}
