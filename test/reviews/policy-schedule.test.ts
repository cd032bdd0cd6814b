import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Deps } from '../../services/deps.js';
import { getPolicy } from '../../services/policy/get-policy.js';
import { putPolicy } from '../../services/policy/put-policy.js';
import { PolicyViewSchema } from '../../services/policy/schemas.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getSchedule } from '../../services/schedule/get-schedule.js';
import { putSchedule } from '../../services/schedule/put-schedule.js';
import { ScheduleSchema } from '../../services/schedule/schemas.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedReviewScenario, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

eachDatabase('policy and schedule', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let queue: ReturnType<typeof recordingQueue>;
  let s: ReviewScenario;

  beforeEach(async () => {
    handle = await open();
    queue = recordingQueue();
    deps = createTestDeps(handle, { queue });
    s = await seedReviewScenario(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: s.instansi.id });

  it('starts from the default policy (version 0) and versions real changes only', async () => {
    const initial = PolicyViewSchema.parse(await getPolicy(admin(), { instansiKode: s.instansi.kode }));
    expect(initial.version).toBe(0);
    const same = await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: initial.policy });
    expect(same).toMatchObject({ version: 0, changed: false });

    const changed = await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: { succession: { slateLimit: 5 } } });
    expect(changed).toMatchObject({ version: 1, changed: true });
    const again = await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: { succession: { slateLimit: 5 } } });
    expect(again).toMatchObject({ version: 1, changed: false });
    expect((await getPolicy(admin(), { instansiKode: s.instansi.kode })).version).toBe(1);

    const reviewId = (await requestReview(admin(), { instansiKode: s.instansi.kode, asOf: SCENARIO_AS_OF })).id;
    expect((await runReview(runnerCtx(deps), { reviewId })).policyVersion).toBe(1);
  });

  it('lays a review\'s grid and talent pool out by the policy it was computed with, not a later one', async () => {
    const table = {
      DI_ATAS: { RENDAH: 7, MENENGAH: 8, TINGGI: 9 },
      SESUAI: { RENDAH: 4, MENENGAH: 5, TINGGI: 6 },
      DI_BAWAH: { RENDAH: 1, MENENGAH: 2, TINGGI: 3 },
    };
    await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: {
      nineBox: { table, talentPoolBoxes: [9, 6] },
      succession: { readiness: { SIAP_SEKARANG: [9], SIAP_1_2_TAHUN: [6] } },
    } });
    const reviewId = (await requestReview(admin(), { instansiKode: s.instansi.kode, asOf: SCENARIO_AS_OF })).id;
    await runReview(runnerCtx(deps), { reviewId });
    await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: {
      nineBox: { talentPoolBoxes: [9] },
      succession: { readiness: { SIAP_SEKARANG: [9], SIAP_1_2_TAHUN: [] } },
    } });

    const grid = await getNineBox(admin(), { instansiKode: s.instansi.kode, reviewId });
    expect(grid.grid.rows.map((r) => [r.kinerja, r.boxes])).toEqual([['DI_ATAS', [7, 8, 9]], ['SESUAI', [4, 5, 6]], ['DI_BAWAH', [1, 2, 3]]]);
    expect(grid.grid.columns.map((c) => c.potensial)).toEqual(['RENDAH', 'MENENGAH', 'TINGGI']);
    const counted = (box: number) => grid.boxes.find((b) => b.box === box)?.count ?? 0;
    expect(grid.talentPool).toEqual({ boxes: [6, 9], count: counted(6) + counted(9) });
    const pool = await getTalentPool(admin(), { instansiKode: s.instansi.kode, reviewId });
    expect(pool.boxes).toEqual([6, 9]);
    expect(pool.total).toBe(grid.talentPool.count);
    expect(grid.talentPool.count).toBeGreaterThan(0);
  });

  it('rejects an invalid policy with every issue in Bahasa Indonesia (400)', async () => {
    const bad = putPolicy(admin(), {
      instansiKode: s.instansi.kode,
      policy: { kinerja: { thresholds: { diAtas: 50, sesuai: 70 } }, nineBox: { talentPoolBoxes: [12] } },
    });
    await expect(bad).rejects.toMatchObject({ kind: 'VALIDATION' });
    const err = (await bad.catch((e: unknown) => e)) as { details: { issues: Array<{ path: string }> } };
    const paths = err.details.issues.map((i) => i.path);
    expect(paths.some((p) => p.startsWith('nineBox.talentPoolBoxes'))).toBe(true);
    expect((await getPolicy(admin(), { instansiKode: s.instansi.kode })).version).toBe(0);
  });

  it('refuses policy writes from KOMITE', async () => {
    const komite = makeCtx(deps, { role: 'KOMITE', instansiId: s.instansi.id });
    await expect(putPolicy(komite, { instansiKode: s.instansi.kode, policy: {} })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
  });

  it('reports the default quarterly schedule, then stores and installs a valid one', async () => {
    expect(ScheduleSchema.parse(await getSchedule(admin(), { instansiKode: s.instansi.kode }))).toMatchObject({
      cron: '0 2 1 1,4,7,10 *',
      timezone: 'Asia/Jakarta',
      isDefault: true,
      // 1 April 02.00 WIB, the next quarter start after 15 January.
      next: '2026-03-31T19:00:00.000Z',
    });
    const saved = await putSchedule(admin(), { instansiKode: s.instansi.kode, cron: '0 3 * * 1', timezone: 'Asia/Makassar' });
    // Monday 03.00 WITA after Thursday 15 January.
    expect(saved).toMatchObject({ cron: '0 3 * * 1', timezone: 'Asia/Makassar', isDefault: false, enabled: true, next: '2026-01-18T19:00:00.000Z' });
    expect(queue.schedules).toEqual([{ instansiId: s.instansi.id, cron: '0 3 * * 1', timezone: 'Asia/Makassar' }]);
    const withSeconds = await putSchedule(admin(), { instansiKode: s.instansi.kode, cron: '30 0 2 1 * *', timezone: 'Asia/Jayapura' });
    expect(withSeconds.cron).toBe('30 0 2 1 * *');
    expect(await getSchedule(admin(), { instansiKode: s.instansi.kode })).toMatchObject({ cron: '30 0 2 1 * *', isDefault: false });
  });

  it('rejects invalid cron expressions and unknown timezones', async () => {
    for (const cron of ['* * *', '61 2 1 1 *', 'setiap hari', '0 2 1 1,4,7,10 * * *']) {
      await expect(putSchedule(admin(), { instansiKode: s.instansi.kode, cron, timezone: 'Asia/Jakarta' })).rejects.toMatchObject({
        kind: 'VALIDATION',
      });
    }
    await expect(putSchedule(admin(), { instansiKode: s.instansi.kode, cron: '0 2 * * *', timezone: 'Asia/Bandung' })).rejects.toMatchObject({
      kind: 'VALIDATION',
    });
    expect(queue.schedules).toEqual([]);
  });
});
