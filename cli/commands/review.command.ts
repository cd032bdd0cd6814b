import type { Command } from 'commander';
import type { ServiceContext } from '../../services/context.js';
import { getReview } from '../../services/reviews/get-review.js';
import { requestReview } from '../../services/reviews/request-review.js';
import type { ReviewView } from '../../services/reviews/schemas.js';
import { withCliContext } from '../cli-context.js';
import { CliError } from '../cli-error.js';
import { createProgressDisplay, type ProgressDisplay } from '../review-progress.js';
import type { Runtime } from '../runtime.js';

const POLL_MS = 300;

/**
 * `talenta review <instansi> [--as-of D] [--wait]`: requests a review. Without Redis this process runs it (nothing
 * else would); with Redis a worker runs it and `--wait` follows its status. Exits non-zero when it FAILED.
 */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('Meminta tinjauan talenta untuk satu instansi')
    .argument('<instansi>', 'kode instansi')
    .option('--as-of <tanggal>', 'tanggal acuan (YYYY-MM-DD); bawaan: hari ini')
    .option('--wait', 'menunggu sampai tinjauan selesai dan menampilkan progres')
    .action(async (instansiKode: string, options: { asOf?: string; wait?: boolean }) => {
      await withCliContext((ctx, runtime) => review(ctx, runtime, { instansiKode, asOf: options.asOf, wait: options.wait === true }));
    });
}

async function review(
  ctx: ServiceContext,
  runtime: Runtime,
  input: { instansiKode: string; asOf?: string; wait: boolean },
): Promise<void> {
  const requested = await requestReview(ctx, { instansiKode: input.instansiKode, ...(input.asOf ? { asOf: input.asOf } : {}) });
  process.stdout.write(`Tinjauan ${requested.id} (per ${requested.asOf}) diminta untuk ${requested.instansi}.\n`);
  const inProcess = runtime.queue.kind === 'in-process';
  if (!inProcess && !input.wait) {
    process.stdout.write('Tinjauan diantrekan; worker akan menjalankannya. Pantau dengan --wait atau API.\n');
    return;
  }
  if (inProcess) await runtime.queue.startWorkers();
  const display = input.wait ? createProgressDisplay() : null;
  const finished = await waitForReview({ ctx, runtime, review: requested, display });
  display?.stop();
  if (finished.status === 'FAILED') throw new CliError(`Tinjauan ${finished.id} GAGAL: ${finished.error ?? 'tanpa keterangan'}`);
  if (finished.status !== 'COMPLETED') {
    throw new CliError(`Tinjauan ${finished.id} tidak selesai (status ${finished.status}); lihat log untuk penyebabnya.`);
  }
  const counts = finished.counts;
  process.stdout.write(
    `Tinjauan ${finished.id} SELESAI` +
      (counts ? `: ${counts.employees} pegawai, ${counts.placed} terpetakan, talent pool ${counts.talentPool}.\n` : '.\n'),
  );
}

/**
 * Polls the review row until it is finished. In-process, the run happens in this process: once the queue is idle
 * the row is final whatever it says (a job that failed before the pipeline started leaves it QUEUED).
 */
async function waitForReview(args: {
  ctx: ServiceContext;
  runtime: Runtime;
  review: ReviewView;
  display: ProgressDisplay | null;
}): Promise<ReviewView> {
  const { ctx, runtime, display } = args;
  let idle = false;
  if (runtime.queue.kind === 'in-process') void runtime.queue.idle().then(() => (idle = true));
  for (;;) {
    // Read idleness before the row, so a row read after the queue went idle is the final one.
    const wasIdle = idle;
    const current = await getReview(ctx, { instansiKode: args.review.instansi, reviewId: args.review.id });
    display?.update(current.progress, current.status);
    if (current.status === 'COMPLETED' || current.status === 'FAILED' || wasIdle) return current;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
