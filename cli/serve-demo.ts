/**
 * `npm start` (`talenta serve --demo`): on an empty database, seeds the demo instansi through the normal import path
 * and queues its first review; on every start, issues a fresh demo ADMIN token to print.
 */
import { issueLoginLinkForToken } from '../services/access/sessions/index.js';
import { ensureDemoAdminToken } from '../services/access/tokens/index.js';
import type { ServiceContext } from '../services/context.js';
import { DEMO_DEFAULTS, DEMO_INSTANSI } from '../services/demo/demo-defaults.js';
import { listInstansi } from '../services/instansi/list-instansi.js';
import { getReview } from '../services/reviews/get-review.js';
import { requestReview } from '../services/reviews/request-review.js';
import { printDemoSeed } from './commands/demo.command.js';
import { seedDemoOperation } from './operations/seed-demo.operation.js';

export interface DemoBootstrap {
  instansiKode: string;
  /** The first review, queued on this start; null when the demo existed already. */
  firstReviewId: string | null;
}

/** Seeds the demo instansi when the database holds no instansi at all. @returns null when there is no demo. */
export async function seedDemoIfEmpty(ctx: ServiceContext): Promise<DemoBootstrap | null> {
  const existing = await listInstansi(ctx);
  if (existing.length === 0) {
    process.stdout.write('Database kosong: membuat instansi demo …\n');
    printDemoSeed(await seedDemoOperation(ctx, { instansi: DEMO_INSTANSI.kode, size: DEMO_DEFAULTS.size, seed: DEMO_DEFAULTS.seed }));
    const review = await requestReview(ctx, { instansiKode: DEMO_INSTANSI.kode });
    return { instansiKode: DEMO_INSTANSI.kode, firstReviewId: review.id };
  }
  return existing.some((row) => row.kode === DEMO_INSTANSI.kode) ? { instansiKode: DEMO_INSTANSI.kode, firstReviewId: null } : null;
}

/** Follows the first review until it finishes, printing its progress, so the printed URL serves real results. */
export async function awaitFirstReview(ctx: ServiceContext, demo: DemoBootstrap): Promise<void> {
  if (!demo.firstReviewId) return;
  let lastProgress = -1;
  for (;;) {
    const review = await getReview(ctx, { instansiKode: demo.instansiKode, reviewId: demo.firstReviewId });
    if (review.status === 'COMPLETED' || review.status === 'FAILED') {
      process.stdout.write(`Tinjauan talenta pertama ${review.status === 'COMPLETED' ? 'selesai' : 'GAGAL'} (${review.id}, per ${review.asOf})\n`);
      return;
    }
    if (review.progress !== lastProgress && review.progress % 25 === 0) {
      lastProgress = review.progress;
      process.stdout.write(`Menghitung tinjauan talenta pertama … ${review.progress}%\n`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

export async function printDemoToken(ctx: ServiceContext, demo: DemoBootstrap, url: string): Promise<void> {
  const token = await ensureDemoAdminToken(ctx, { instansiKode: demo.instansiKode });
  const link = await issueLoginLinkForToken(ctx, { token, baseUrl: url });
  process.stdout.write(
    `Papan Komite Talenta (tautan masuk sekali pakai untuk admin demo, berlaku sampai ${link.expiresAt.toISOString()}):\n  ${link.url}\n`,
  );
  process.stdout.write(
    `Token demo (ADMIN ${demo.instansiKode}, berlaku sampai start berikutnya):\n  ${token}\n` +
      `Contoh: curl -H "Authorization: Bearer ${token}" ${url}/api/v1/instansi/${demo.instansiKode}/reviews/latest/nine-box\n`,
  );
}
