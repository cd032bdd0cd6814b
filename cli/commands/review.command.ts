/**
 * `talenta review <instansi> [--as-of D] [--wait]`: requests a review. While `talenta serve` runs, the server runs
 * it and `--wait` follows it there. Otherwise, without Redis this process runs it (nothing else would) and waits;
 * with Redis a worker runs it and `--wait` follows its status. Exits non-zero when it FAILED.
 */
import type { Command } from 'commander';
import type { ReviewView } from '../../services/reviews/schemas.js';
import { withAdminSession, type AdminSession } from '../admin-session.js';
import { CliError } from '../cli-error.js';
import type { ProgressDisplay } from '../review-progress.js';

const POLL_MS = 300;

export function registerReview(program: Command): void {
  program
    .command('review')
    .description('Meminta tinjauan talenta untuk satu instansi')
    .argument('<instansi>', 'kode instansi')
    .option('--as-of <tanggal>', 'tanggal acuan (YYYY-MM-DD); bawaan: hari ini')
    .option('--wait', 'menunggu sampai tinjauan selesai dan menampilkan progres')
    .action(async (instansiKode: string, options: { asOf?: string; wait?: boolean }) => {
      await withAdminSession('review', (session) => review(session, { instansiKode, asOf: options.asOf, wait: options.wait === true }), {
        runJobs: true,
      });
    });
}

/**
 * Requests a review and, when asked to wait (or when this process runs it), follows it to its end, printing its
 * progress. `talenta demo` runs the demo's first review through it too.
 */
export async function review(session: AdminSession, input: { instansiKode: string; asOf?: string | undefined; wait: boolean }): Promise<void> {
  const requested = await session.call('review.request', { instansiKode: input.instansiKode, ...(input.asOf ? { asOf: input.asOf } : {}) });
  process.stdout.write(`Tinjauan ${requested.id} (per ${requested.asOf}) diminta untuk ${requested.instansi}.\n`);
  if (!session.jobsRunHere && !input.wait) {
    const who = session.where === 'server' ? session.worker : 'worker';
    process.stdout.write(`Tinjauan diantrekan; ${who} akan menjalankannya. Pantau dengan --wait atau API.\n`);
    return;
  }
  const display = input.wait ? (await import('../review-progress.js')).createProgressDisplay() : null;
  const finished = await waitForReview(session, requested, display).finally(() => display?.stop());
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
 * Polls the review until it is finished. When it runs in this process, once the queue is idle the row is final
 * whatever it says (a job that failed before the pipeline started leaves it QUEUED).
 */
async function waitForReview(session: AdminSession, review: ReviewView, display: ProgressDisplay | null): Promise<ReviewView> {
  let idle = false;
  if (session.jobsRunHere) void session.jobsIdle().then(() => (idle = true));
  for (;;) {
    // Read idleness before the row, so a row read after the queue went idle is the final one.
    const wasIdle = idle;
    const current = await session.call('review.get', { instansiKode: review.instansi, reviewId: review.id });
    display?.update(current.progress, current.status);
    if (current.status === 'COMPLETED' || current.status === 'FAILED' || wasIdle) return current;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
