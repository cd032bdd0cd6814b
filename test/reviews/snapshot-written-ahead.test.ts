/**
 * A database with one connection (the embedded default) gets a review's placements, succession and ABK before the
 * snapshot's transaction, in short transactions, so other requests wait for one of them instead of the whole snapshot.
 * These check what makes that safe: nothing reads them before COMPLETED, two runs of one review never mix their rows,
 * a run that lost the review stops without marking it, a failed run leaves none, and rows a crash left are replaced.
 * Both lanes: PostgreSQL through a pool of one connection, which takes the same path.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../db/client.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { queryRows } from '../../db/sql.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import type { ReviewView } from '../../services/reviews/schemas.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedReviewScenario, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { refuseInserts } from '../helpers/refuse-inserts.js';
import { createTestDeps } from '../helpers/test-deps.js';

/** Employees per page: the scenario's seven are placed in four pages, and written in (at least) as many pieces. */
const PAGE = 2;

async function snapshotCounts(handle: DbHandle, reviewId: string) {
  const [row] = await queryRows<{ placements: number; counted: number; status: string }>(
    handle.db,
    sql`select (select count(*)::int from placements where review_id = ${reviewId}) as placements,
               (select coalesce(sum(count), 0)::int from placement_box_counts where review_id = ${reviewId}) as counted,
               (select status from reviews where id = ${reviewId}) as status`,
  );
  return row!;
}

/** Rows of the review's other parts: succession plans, slate entries, the ABK row and its positions. */
async function derivedCounts(handle: DbHandle, reviewId: string) {
  const [row] = await queryRows<{ plans: number; slates: number; abk: number; abkPositions: number }>(
    handle.db,
    sql`select (select count(*)::int from succession_plans where review_id = ${reviewId}) as plans,
               (select count(*)::int from slate_entries where review_id = ${reviewId}) as slates,
               (select count(*)::int from abk_snapshots where review_id = ${reviewId}) as abk,
               (select count(*)::int from abk_positions where review_id = ${reviewId}) as "abkPositions"`,
  );
  return row!;
}

eachDatabase('a snapshot written ahead of its transaction', (lane, open) => {
  let handle: DbHandle;
  let laneHandle: DbHandle;
  let deps: Deps;
  let scenario: ReviewScenario;

  beforeEach(async () => {
    laneHandle = await open();
    // PostgreSQL with one connection takes the embedded database's path.
    handle = lane === 'postgres' ? await createDb({ url: (laneHandle as DbHandle & { url: string }).url, maxConnections: 1 }) : laneHandle;
    deps = createTestDeps(handle, { queue: recordingQueue() });
    scenario = await seedReviewScenario(handle.db);
  });
  afterEach(async () => {
    if (handle !== laneHandle) await handle.close();
    await laneHandle.close();
  });

  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
  const request = async () => (await requestReview(admin(), { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF })).id;

  it('lets other statements run between the pieces, and shows no placement before the review completes', async () => {
    const id = await request();
    let between: Promise<[Awaited<ReturnType<typeof snapshotCounts>>, unknown]> | undefined;
    const done = await runReview(runnerCtx(deps), {
      reviewId: id,
      pageSize: PAGE,
      onProgress: (progress) => {
        // The first placements are written; the rest, succession and the ABK are not.
        if (progress > 60 && progress < 95 && !between) {
          between = Promise.all([
            snapshotCounts(handle, id),
            getNineBox(admin(), { instansiKode: scenario.instansi.kode, reviewId: 'latest' }).catch((err: unknown) => err),
          ]);
        }
      },
    });
    expect(done.status).toBe('COMPLETED');
    expect(between, 'progress between 60 and 95 was reported').toBeDefined();
    const [seen, nineBox] = await between!;
    // Answered while the run still wrote: in one transaction it would have waited for COMPLETED.
    expect(seen.status).toBe('RUNNING');
    expect(seen.placements).toBeGreaterThan(0);
    expect(seen.placements).toBeLessThan(scenario.activeEmployees);
    expect(seen.counted).toBe(0);
    expect(nineBox).toMatchObject({ code: 'review.none_completed' });

    expect(await snapshotCounts(handle, id)).toEqual({ placements: 7, counted: 7, status: 'COMPLETED' });
    const grid = await getNineBox(admin(), { instansiKode: scenario.instansi.kode, reviewId: 'latest' });
    expect(grid.total).toBe(7);
    // Succession and the ABK, written ahead too.
    const derived = await derivedCounts(handle, id);
    expect(derived.plans).toBeGreaterThan(0);
    expect(derived.slates).toBeGreaterThan(0);
    expect(derived.abk).toBe(1);
  });

  it('has succession and the ABK written before the snapshot\'s transaction, which then writes only what makes it readable', async (ctx) => {
    // Only PostgreSQL lets another connection look while the transaction is open (the embedded one has just one).
    if (lane !== 'postgres') ctx.skip();
    const id = await request();
    let seen: { derived: Awaited<ReturnType<typeof derivedCounts>>; snapshot: Awaited<ReturnType<typeof snapshotCounts>> } | undefined;
    const done = await runReview(runnerCtx(deps), {
      reviewId: id,
      pageSize: PAGE,
      beforeCommit: async () => {
        seen = { derived: await derivedCounts(laneHandle, id), snapshot: await snapshotCounts(laneHandle, id) };
      },
    });
    expect(done.status).toBe('COMPLETED');
    expect(seen?.snapshot).toEqual({ placements: 7, counted: 0, status: 'RUNNING' });
    expect(seen?.derived).toEqual(await derivedCounts(handle, id));
    expect(seen?.derived.abk).toBe(1);
  });

  it('leaves none of the rows it wrote ahead when the snapshot\'s transaction fails, and a retry completes', async () => {
    const allow = await refuseInserts(handle, 'review_constants');
    const id = await request();
    try {
      await expect(runReview(runnerCtx(deps), { reviewId: id, pageSize: PAGE })).rejects.toThrow();
    } finally {
      await allow();
    }
    expect(await snapshotCounts(handle, id)).toEqual({ placements: 0, counted: 0, status: 'FAILED' });
    expect(await derivedCounts(handle, id)).toEqual({ plans: 0, slates: 0, abk: 0, abkPositions: 0 });
    const retried = await runReview(runnerCtx(deps), { reviewId: id, pageSize: PAGE });
    expect(retried.status).toBe('COMPLETED');
    expect(await snapshotCounts(handle, id)).toEqual({ placements: 7, counted: 7, status: 'COMPLETED' });
    expect((await derivedCounts(handle, id)).abk).toBe(1);
  });

  it('stops a run that a later run claimed meanwhile, without marking the review, and keeps the later run whole', async () => {
    const id = await request();
    let later: Promise<ReviewView> | undefined;
    const first = await runReview(runnerCtx(deps), {
      reviewId: id,
      pageSize: PAGE,
      onProgress: (progress) => {
        if (progress > 60 && progress < 95 && !later) later = runReview(runnerCtx(deps), { reviewId: id, pageSize: PAGE });
      },
    });
    expect(later).toBeDefined();
    const second = await later!;
    expect(second.status).toBe('COMPLETED');
    expect(second.error).toBeNull();
    // The first run found out at its next piece and returned the review as the later run had it.
    expect(['RUNNING', 'COMPLETED']).toContain(first.status);
    expect(await snapshotCounts(handle, id)).toEqual({ placements: 7, counted: 7, status: 'COMPLETED' });
    const [row] = await queryRows<{ attempts: number }>(handle.db, sql`select run_attempt as attempts from reviews where id = ${id}`);
    expect(row?.attempts).toBe(2);
  });

  it('replaces the rows a crashed run left, and counts each placement once', async () => {
    const done = await runReview(runnerCtx(deps), { reviewId: await request() });
    const id = await request();
    // A run that crashed after some pieces: RUNNING, with placements of its own (here, copied from a finished one).
    await handle.db.execute(sql`update reviews set status = 'RUNNING', progress = 75 where id = ${id}`);
    await handle.db.execute(sql`insert into placements (review_id, employee_id, nip, nama, jenis_pegawai, golongan, pendidikan,
        position_id, position_kode, jabatan, jenis_jabatan, unit_id, unit_kode, unit_nama, kinerja_score, kinerja_level,
        potensial_score, potensial_level, box, nilai_talenta, unrated_reasons, flags, explanation)
      select ${id}, employee_id, nip, nama, jenis_pegawai, golongan, pendidikan, position_id, position_kode, jabatan,
        jenis_jabatan, unit_id, unit_kode, unit_nama, kinerja_score, kinerja_level, potensial_score, potensial_level, box,
        nilai_talenta, unrated_reasons, flags, explanation
      from placements where review_id = ${done.id} order by employee_id limit 3`);
    await handle.db.execute(sql`insert into abk_snapshots (review_id, tahun, inputs_hash, inputs, years, total, units, outlook_totals, redistribution)
      select ${id}, tahun, inputs_hash, inputs, years, total, units, outlook_totals, redistribution from abk_snapshots where review_id = ${done.id}`);
    const rerun = await runReview(runnerCtx(deps), { reviewId: id, pageSize: PAGE });
    expect(rerun.status).toBe('COMPLETED');
    expect(await snapshotCounts(handle, id)).toEqual({ placements: 7, counted: 7, status: 'COMPLETED' });
    expect(await derivedCounts(handle, id)).toEqual(await derivedCounts(handle, done.id));
  });

  it('does not mark FAILED a review that a later run claimed', async () => {
    const id = await request();
    const reviews = createReviewsRepository({ db: handle.db });
    const earlier = await reviews.markRunning(id, new Date());
    const latest = await reviews.markRunning(id, new Date());
    expect(latest!.runAttempt).toBe(earlier!.runAttempt + 1);
    expect(await reviews.markFailed(id, 'Tinjauan gagal pada tahap menyimpan hasil', new Date(), earlier!.runAttempt)).toBeNull();
    expect((await reviews.findById(id))!.status).toBe('RUNNING');
    expect((await reviews.markFailed(id, 'Tinjauan gagal pada tahap menyimpan hasil', new Date(), latest!.runAttempt))!.status).toBe('FAILED');
  });
});
