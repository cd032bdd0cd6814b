/**
 * `talenta serve`: owns the database (on the embedded one, its lock: a second serve on the same DATA_DIR refuses
 * naming this one), opens the admin channel the command line acts through, then the HTTP API, jobs and bots.
 */
import { DataDirBusyError } from '../../db/data-dir-lock.js';
import { startDatabaseThread } from '../../db/pglite/pglite-thread.js';
import { readLocalSettings } from '../../lib/config.js';
import { lowerHelperThreads } from '../../lib/thread-priority.js';
import type { AdminChannel } from '../admin-channel/admin-server.js';
import { CliError } from '../cli-error.js';

/** The HTTP server, bots, jobs and admin channel: loaded while the database opens (see runtime.ts). */
async function loadServing() {
  const [bots, jobs, app, api, board, admin, context, demo, signals] = await Promise.all([
    import('../../bots/create-bots.js'),
    import('../../jobs/start-jobs.js'),
    import('../../server/app.js'),
    import('../../server/routes/api/index.js'),
    import('../../server/routes/web-board.routes.js'),
    import('../admin-channel/admin-server.js'),
    import('../cli-context.js'),
    import('../serve-demo.js'),
    import('../shutdown-signals.js'),
  ]);
  return { ...bots, ...jobs, ...app, ...api, ...board, ...admin, ...context, ...demo, ...signals };
}

export async function serve(options: { demo: boolean }): Promise<void> {
  // Before any thread of ours starts: the process's helper threads give way to this one, which answers requests.
  lowerHelperThreads();
  // The embedded database's thread starts (and prepares PostgreSQL) while the runtime's own code loads.
  if (readLocalSettings().embedded) startDatabaseThread();
  const runtimeCode = import('../runtime.js');
  const opening = runtimeCode.then(({ createRuntime }) => createRuntime({ command: 'talenta serve' }));
  const serving = runtimeCode.then(loadServing);
  // Failing to open is what the user hears about; a load failing meanwhile must not become a second, unhandled error.
  void serving.catch(() => undefined);
  const runtime = await opening.catch((err: unknown) => {
    if (err instanceof DataDirBusyError) throw new CliError(`${err.message}; hentikan proses itu atau pakai DATA_DIR lain`);
    throw err;
  });
  const loaded = await serving.catch(async (err: unknown) => {
    await runtime.close();
    throw err;
  });
  const { createBots, startJobs, buildServer, apiRoutes, webBoardRoutes, startAdminChannel } = loaded;
  const { cliContext, seedDemoIfEmpty, awaitFirstReview, printDemoToken, onShutdownSignal } = loaded;
  const { config, log, deps } = runtime;
  const lock = deps.dbHandle.lock;
  // From here on commands of the same user act through this process (CLI commands wait while it starts).
  let admin: AdminChannel | null = null;
  if (lock) {
    admin = await startAdminChannel({ deps, dataDir: lock.dataDir, log });
    lock.announce({ adminSocket: admin.socketPath });
  }
  const closeAll = async () => {
    await admin?.close();
    await runtime.close();
  };
  const ctx = cliContext(runtime);
  const demo = options.demo ? await seedDemoIfEmpty(ctx) : null;

  const bots = await createBots(deps);
  // Processors read deps lazily, so the notifier set here reaches review summaries.
  if (bots.notifier) deps.notifier = bots.notifier;
  const app = await buildServer(deps, { plugins: [apiRoutes, webBoardRoutes, ...bots.fastifyPlugins] });
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (err) {
    await app.close();
    await closeAll();
    throw new CliError(`Tidak dapat mendengarkan di ${config.HOST}:${config.PORT}: ${(err as Error).message}`);
  }
  // Shutdown is wired before the jobs start, so a signal during start-up still closes workers and queues.
  onShutdownSignal(log, async () => {
    await bots.stop();
    await app.close();
    await closeAll();
  });
  const jobs = await startJobs({ deps, queue: runtime.queue, schedules: true }).catch(async (err: unknown) => {
    await app.close();
    await closeAll();
    throw new CliError(`Sistem tugas tidak dapat dimulai (${runtime.queue.kind}): ${(err as Error).message}`);
  });
  await bots.start();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}`;
  lock?.announce({ url });
  process.stdout.write(
    `Tugas: ${runtime.queue.kind === 'bullmq' ? 'BullMQ (Redis)' : 'dalam proses'}, ${jobs.schedules} jadwal, ` +
      `${jobs.recovered} tinjauan dilanjutkan; bot: ${[bots.slack && 'Slack', bots.telegram && 'Telegram'].filter(Boolean).join(', ') || 'tidak ada'}\n`,
  );
  if (demo) {
    await awaitFirstReview(ctx, demo);
    await printDemoToken(ctx, demo, url);
  }
  process.stdout.write(`Talenta berjalan di ${url}  (dokumentasi API: ${url}/docs)\n`);
}
