import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { projectPath } from '../../lib/project-root.js';
import { queryRows } from '../../db/sql.js';
import type { Deps } from '../../services/deps.js';
import type { ReviewSummary } from '../../services/notifications/notifier.js';
import { putPolicy } from '../../services/policy/put-policy.js';
import { getReview } from '../../services/reviews/get-review.js';
import { listReviews } from '../../services/reviews/list-reviews.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { ReviewViewSchema, type ReviewView } from '../../services/reviews/schemas.js';
import { getEmployeeTalent } from '../../services/talent/get-employee-talent.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedReviewScenario, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { refuseInserts } from '../helpers/refuse-inserts.js';
import { createTestDeps } from '../helpers/test-deps.js';
import { waitFor } from '../helpers/wait-for.js';

async function count(handle: DbHandle, table: string, reviewId: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from ${sql.raw(table)} where review_id = ${reviewId}`);
  return row!.n;
}

eachDatabase('review pipeline', (lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let scenario: ReviewScenario;
  let queue: ReturnType<typeof recordingQueue>;
  const summaries: ReviewSummary[] = [];

  beforeEach(async () => {
    handle = await open();
    queue = recordingQueue();
    summaries.length = 0;
    deps = createTestDeps(handle, { queue, notifier: { reviewFinished: async (s) => void summaries.push(s) } });
    scenario = await seedReviewScenario(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
  const request = async () => requestReview(admin(), { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF });

  it('queues a review for today in Jakarta and hands it to the job queue', async () => {
    const queued = await requestReview(admin(), { instansiKode: scenario.instansi.kode });
    expect(queued.status).toBe('QUEUED');
    expect(queued.asOf).toBe('2026-01-15');
    expect(queue.jobs).toEqual([{ reviewId: queued.id }]);
    expect(ReviewViewSchema.parse(queued)).toBeTruthy();
  });

  it('refuses review requests from roles without review.run', async () => {
    const ctx = makeCtx(deps, { role: 'KOMITE', instansiId: scenario.instansi.id });
    await expect(requestReview(ctx, { instansiKode: scenario.instansi.kode })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
  });

  it('completes with counts, a snapshot per active employee and progress up to 100', async () => {
    const { id } = await request();
    const progress: number[] = [];
    const done = await runReview(runnerCtx(deps), { reviewId: id, onProgress: (p) => progress.push(p), notify: true });
    expect(done.status).toBe('COMPLETED');
    expect(done.progress).toBe(100);
    expect(done.policyVersion).toBe(0);
    expect(done.counts).toMatchObject({ employees: 7, placed: 6, belumTerpetakan: 1, talentPool: 4 });
    expect(done.counts?.perBox).toEqual({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 2, '6': 0, '7': 1, '8': 1, '9': 2 });
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await count(handle, 'placements', id)).toBe(7);
    expect(await count(handle, 'succession_plans', id)).toBeGreaterThan(0);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toMatchObject({ review: { id, status: 'COMPLETED' }, counts: { employees: 7, talentPool: 4 } });
    const view = await getReview(admin(), { instansiKode: scenario.instansi.kode, reviewId: 'latest' });
    expect(view.id).toBe(id);
  });

  it('treats a COMPLETED review as a no-op', async () => {
    const { id } = await request();
    const first = await runReview(runnerCtx(deps), { reviewId: id });
    const again = await runReview(runnerCtx(deps), { reviewId: id });
    expect(again).toEqual(first);
    expect(await count(handle, 'placements', id)).toBe(7);
  });

  it('leaves no partial snapshot when persistence fails, and a retry completes exactly once', async () => {
    const allow = await refuseInserts(handle, 'succession_plans');
    const { id } = await request();
    await expect(runReview(runnerCtx(deps), { reviewId: id })).rejects.toThrow();
    const failed = await getReview(admin(), { instansiKode: scenario.instansi.kode, reviewId: id });
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/^Tinjauan gagal pada tahap menyimpan hasil/);
    expect(failed.error).not.toMatch(/Pegawai|\d{18}/);
    expect(await count(handle, 'placements', id)).toBe(0);
    expect(await count(handle, 'succession_plans', id)).toBe(0);
    expect(await count(handle, 'slate_entries', id)).toBe(0);
    expect(await count(handle, 'review_constants', id)).toBe(0);

    await allow();
    const retried = await runReview(runnerCtx(deps), { reviewId: id });
    expect(retried.status).toBe('COMPLETED');
    expect(retried.error).toBeNull();
    // Exactly one snapshot: as many rows as a review of the same inputs that never failed.
    const clean = await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    for (const table of ['placements', 'succession_plans', 'slate_entries']) {
      expect(await count(handle, table, id), table).toBe(await count(handle, table, clean.id));
    }
    expect(await count(handle, 'placements', id)).toBe(7);
    expect(await count(handle, 'succession_plans', id)).toBeGreaterThan(0);
  });

  it('fails cleanly when the placements are refused while succession is computed beside them', async () => {
    const allow = await refuseInserts(handle, 'placements');
    const { id } = await request();
    try {
      await expect(runReview(runnerCtx(deps), { reviewId: id })).rejects.toThrow();
    } finally {
      await allow();
    }
    const failed = await getReview(admin(), { instansiKode: scenario.instansi.kode, reviewId: id });
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/^Tinjauan gagal pada tahap menyimpan hasil/);
    for (const table of ['placements', 'succession_plans', 'slate_entries', 'review_constants']) {
      expect(await count(handle, table, id), table).toBe(0);
    }
    // The succession computed beside the refused write settles without an unhandled rejection; a retry completes.
    const retried = await runReview(runnerCtx(deps), { reviewId: id });
    expect(retried.status).toBe('COMPLETED');
    expect(await count(handle, 'placements', id)).toBe(7);
  });

  it('writes the same snapshot whether its population is read in one page or placed page by page', async () => {
    const whole = await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    const paged = await runReview(runnerCtx(deps), { reviewId: (await request()).id, pageSize: 2 });
    const snapshot = async (id: string) => ({
      placements: await queryRows(handle.db, sql`select employee_id, nip, nama, unit_id, position_kode, box, nilai_talenta,
        kinerja_score, potensial_score, unrated_reasons, flags, explanation from placements where review_id = ${id} order by employee_id`),
      counts: await queryRows(handle.db, sql`select unit_id, box, count from placement_box_counts where review_id = ${id} order by unit_id, box`),
      plans: await queryRows(handle.db, sql`select position_id, incumbent_nama, eligible_count, ready_now_count, risks, slate, near_misses
        from succession_plans where review_id = ${id} order by position_id`),
      review: await queryRows(handle.db, sql`select inputs_hash, counts from reviews where id = ${id}`),
    });
    const [a, b] = [await snapshot(whole.id), await snapshot(paged.id)];
    expect(a.placements).toHaveLength(7);
    expect(a.plans.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(paged.counts).toEqual(whole.counts);
  });

  it('fails at the placing stage when a later page cannot be placed, leaving nothing and naming no one', async () => {
    // An education level the engine does not know, stored behind the importer's back, on the last employee read.
    const [last] = await queryRows<{ id: number }>(handle.db, sql`select max(id)::int as id from employees where instansi_id = ${scenario.instansi.id} and active`);
    await handle.db.execute(sql`update employees set pendidikan = 'TIDAK-DIKENAL' where id = ${last!.id}`);
    const { id } = await request();
    await expect(runReview(runnerCtx(deps), { reviewId: id, pageSize: 2 })).rejects.toThrow(RangeError);
    const failed = await getReview(admin(), { instansiKode: scenario.instansi.kode, reviewId: id });
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toBe('Tinjauan gagal pada tahap menghitung kotak talenta');
    for (const table of ['placements', 'placement_box_counts', 'succession_plans', 'review_constants']) {
      expect(await count(handle, table, id), table).toBe(0);
    }
    // The database took the abandoned write back: a review of corrected data completes.
    await handle.db.execute(sql`update employees set pendidikan = 'S1' where id = ${last!.id}`);
    const retried = await runReview(runnerCtx(deps), { reviewId: id, pageSize: 2 });
    expect(retried.status).toBe('COMPLETED');
    expect(await count(handle, 'placements', id)).toBe(7);
  });

  it.skipIf(lane !== 'postgres')('gives a review one snapshot when a second run reaches the write while the first is writing', async () => {
    // The first run's snapshot transaction is held at its succession plans (a statement trigger waits for a lock the
    // test holds) until the second run is seen waiting for the right to write; then both go on.
    const PAUSE = 7_310_015;
    await handle.db.execute(sql.raw(`
      create function pause_plans() returns trigger language plpgsql as $$
      begin perform pg_advisory_xact_lock_shared(${PAUSE}); return null; end $$;
      create trigger pause_plans before insert on succession_plans for each statement execute function pause_plans();`));
    const { id } = await request();
    const runs: Promise<ReviewView>[] = [];
    await handle.db.transaction(async (pause) => {
      await pause.execute(sql`select pg_advisory_xact_lock(${PAUSE})`);
      const waiting = async (paused: boolean) => {
        const [row] = await queryRows<{ n: number }>(pause, sql`select count(*)::int as n from pg_locks
          where locktype = 'advisory' and not granted and (objid = ${PAUSE}) = ${paused}`);
        return row!.n > 0;
      };
      runs.push(runReview(runnerCtx(deps), { reviewId: id }));
      await waitFor(() => waiting(true), 'the first run to reach its succession plans', 10_000);
      runs.push(runReview(runnerCtx(deps), { reviewId: id }));
      await waitFor(() => waiting(false), 'the second run to wait for the right to write the snapshot', 10_000);
    });
    const [first, second] = await Promise.all(runs);
    expect([first!.status, second!.status]).toEqual(['COMPLETED', 'COMPLETED']);
    await handle.db.execute(sql.raw('drop trigger pause_plans on succession_plans; drop function pause_plans();'));
    expect(await count(handle, 'placements', id)).toBe(7);
    const clean = await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    for (const table of ['placement_box_counts', 'succession_plans', 'slate_entries', 'review_constants']) {
      expect(await count(handle, table, id), table).toBe(await count(handle, table, clean.id));
    }
  });

  it('re-runs a review left RUNNING by a crashed worker', async () => {
    const { id } = await request();
    await handle.db.execute(sql`update reviews set status = 'RUNNING', progress = 55 where id = ${id}`);
    const done = await runReview(runnerCtx(deps), { reviewId: id });
    expect(done.status).toBe('COMPLETED');
    expect(await count(handle, 'placements', id)).toBe(7);
  });

  it('keeps the resolved policy it used and the explanation constants once, and reads every explanation back whole', async () => {
    await putPolicy(admin(), {
      instansiKode: scenario.instansi.kode,
      policy: {
        nineBox: { talentPoolBoxes: [8, 9] },
        succession: { readiness: { SIAP_SEKARANG: [9], SIAP_1_2_TAHUN: [8] } },
        potensial: { thresholds: { tinggi: 85, menengah: 60 } },
      },
    });
    const { id } = await request();
    await runReview(runnerCtx(deps), { reviewId: id });
    const [stored] = await queryRows<{ policy: { nineBox: { talentPoolBoxes: number[] }; succession: unknown } }>(
      handle.db, sql`select policy from review_constants where review_id = ${id}`);
    expect(stored!.policy.nineBox.talentPoolBoxes).toEqual([8, 9]);
    expect(stored!.policy.succession).toBeTruthy();
    const [repeated] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from placements
      where review_id = ${id} and (explanation ? 'asOf' or explanation->'potensial' ? 'weights' or explanation->'kinerja' ? 'window')`);
    expect(repeated!.n).toBe(0);

    const placed = await queryRows<{ nip: string }>(handle.db, sql`select nip from placements where review_id = ${id} and box is not null`);
    for (const { nip } of placed) {
      const { explanation } = await getEmployeeTalent(admin(), { instansiKode: scenario.instansi.kode, nip });
      expect(explanation).toMatchObject({
        asOf: SCENARIO_AS_OF,
        kinerja: { thresholds: { diAtas: 90, sesuai: 70 }, window: { toYear: 2026, yearsUsed: 2 } },
        potensial: { thresholds: { tinggi: 85, menengah: 60 }, weights: { kompetensi: 0.4 }, integritas: { lookback: { upTo: SCENARIO_AS_OF } } },
        nilaiTalenta: { weights: { kinerja: 0.5, potensial: 0.5 } },
      });
    }

    // The policy's stored version no longer says what it said: the review still reads with the policy it used.
    await handle.db.execute(sql`update policies set body = '{}'::jsonb where instansi_id = ${scenario.instansi.id}`);
    const pool = await getTalentPool(admin(), { instansiKode: scenario.instansi.kode, reviewId: id });
    expect(pool.boxes).toEqual([8, 9]);
  });

  it('stores every person of a plan with the name and unit the review placed them with', async () => {
    const { id } = await request();
    await runReview(runnerCtx(deps), { reviewId: id });
    const placed = new Map(
      (await queryRows<{ employeeId: number; nip: string; nama: string; unitId: number }>(handle.db, sql`
        select employee_id as "employeeId", nip, nama, unit_id as "unitId" from placements where review_id = ${id}`))
        .map((p) => [p.employeeId, p]),
    );
    const readPlans = () => queryRows<{
      incumbentEmployeeId: number | null; incumbentNip: string | null; incumbentNama: string | null; incumbentUnitId: number | null;
      slate: Array<{ employeeId: number; nip: string; nama: string; unitId: number }>;
      nearMisses: { items: Array<{ employeeId: number; nama: string; unitId: number }> };
    }>(handle.db, sql`select incumbent_employee_id as "incumbentEmployeeId", incumbent_nip as "incumbentNip",
        incumbent_nama as "incumbentNama", incumbent_unit_id as "incumbentUnitId", slate, near_misses as "nearMisses"
      from succession_plans where review_id = ${id} order by position_id`);
    const plans = await readPlans();
    const people = plans.flatMap((p) => [...p.slate, ...p.nearMisses.items]);
    expect(people.length).toBeGreaterThan(0);
    for (const person of people) {
      const p = placed.get(person.employeeId)!;
      expect({ nama: person.nama, unitId: person.unitId }).toEqual({ nama: p.nama, unitId: p.unitId });
    }
    const held = plans.filter((p) => p.incumbentEmployeeId !== null);
    expect(held.length).toBeGreaterThan(0);
    for (const plan of plans) {
      const p = plan.incumbentEmployeeId === null ? null : placed.get(plan.incumbentEmployeeId)!;
      expect([plan.incumbentNip, plan.incumbentNama, plan.incumbentUnitId]).toEqual(p ? [p.nip, p.nama, p.unitId] : [null, null, null]);
    }

    // A plan stored before names travelled with it: the migration names it from the review's own placements.
    const unnamed = (column: string) => sql.raw(`(select coalesce(jsonb_agg(e - 'nama' - 'unitId' order by o), '[]'::jsonb)
      from jsonb_array_elements(${column}) with ordinality as x(e, o))`);
    await handle.db.execute(sql`update succession_plans set incumbent_nip = null, incumbent_nama = null, incumbent_unit_id = null,
      slate = ${unnamed('slate')}, near_misses = jsonb_set(near_misses, '{items}', ${unnamed("near_misses->'items'")})
      where review_id = ${id}`);
    const migration = readFileSync(projectPath('db', 'migrations', '0010_succession_names.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint').filter((s) => /^\s*(--.*\n\s*)*update/i.test(s))) {
      await handle.db.execute(sql.raw(statement));
    }
    expect(await readPlans()).toEqual(plans);
  });

  it('computes identical placements and slates for identical inputs', async () => {
    const a = await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    const b = await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    const placements = (id: string) =>
      queryRows(handle.db, sql`select employee_id, nip, box, calibrated_box, nilai_talenta, kinerja_score, potensial_score,
        unrated_reasons, flags, explanation from placements where review_id = ${id} order by employee_id`);
    const plans = (id: string) =>
      queryRows(handle.db, sql`select position_id, eligible_count, ready_now_count, risks, slate, near_misses
        from succession_plans where review_id = ${id} order by position_id`);
    expect(await placements(a.id)).toEqual(await placements(b.id));
    expect(await plans(a.id)).toEqual(await plans(b.id));
    const hashes = await queryRows<{ h: string }>(handle.db, sql`select inputs_hash as h from reviews where status = 'COMPLETED'`);
    expect(new Set(hashes.map((r) => r.h)).size).toBe(1);
  });

  it('reports changes since the previous completed review', async () => {
    await runReview(runnerCtx(deps), { reviewId: (await request()).id });
    await runReview(runnerCtx(deps), { reviewId: (await request()).id, notify: true });
    expect(summaries.at(-1)?.changes).toMatchObject({ movedUp: 0, movedDown: 0, talentPoolDelta: 0 });
  });

  it('lists reviews newest first with an opaque cursor', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id }, new Date(Date.UTC(2026, 0, 15, i)));
      ids.push((await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf: SCENARIO_AS_OF })).id);
    }
    const first = await listReviews(admin(), { instansiKode: scenario.instansi.kode, limit: 2 });
    expect(first.items.map((r) => r.id)).toEqual([ids[2], ids[1]]);
    const second = await listReviews(admin(), { instansiKode: scenario.instansi.kode, limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((r) => r.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    await expect(listReviews(admin(), { instansiKode: scenario.instansi.kode, cursor: 'bogus' })).rejects.toMatchObject({ kind: 'VALIDATION' });
  });
});

describe('review inputs hash', () => {
  it('is independent of policy key order', async () => {
    const { canonicalJson } = await import('../../services/reviews/inputs-hash.js');
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });
});
