import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { calibrate } from '../../services/calibration/calibrate.js';
import { CalibrationResultSchema } from '../../services/calibration/schemas.js';
import type { Deps } from '../../services/deps.js';
import { finalizeReview } from '../../services/reviews/finalize-review.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { getSuccessors } from '../../services/succession/get-successors.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { makeCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('calibration', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let s: ReviewScenario;
  let reviewId: string;

  beforeEach(async () => {
    handle = await open();
    ({ deps, scenario: s, reviewId } = await seedCompletedReview(handle));
  });
  afterEach(async () => {
    await handle.close();
  });

  const komite = () => makeCtx(deps, { role: 'KOMITE', instansiId: s.instansi.id });
  const move = (nip: string, box: number, alasan = 'Hasil rapat komite talenta') =>
    calibrate(komite(), { instansiKode: s.instansi.kode, reviewId, nip, box, alasan });

  it('calibrating into box 9 makes a candidate SIAP_SEKARANG and reorders the slate', async () => {
    const before = await getSuccessors(komite(), { instansiKode: s.instansi.kode, positionKode: 'KADIS-A' });
    expect(before.slate.find((e) => e.nip === s.people.kabid.nip)).toMatchObject({ readiness: 'SIAP_1_2_TAHUN', box: 7 });

    const result = CalibrationResultSchema.parse(await move(s.people.kabid.nip, 9));
    expect(result.calibration).toMatchObject({ computedBox: 7, fromBox: 7, toBox: 9, alasan: 'Hasil rapat komite talenta' });

    const after = await getSuccessors(komite(), { instansiKode: s.instansi.kode, positionKode: 'KADIS-A' });
    expect(after.slate[0]).toMatchObject({ rank: 1, nip: s.people.kabid.nip, readiness: 'SIAP_SEKARANG', box: 9, kesesuaian: 'OPD' });
    const grid = await getNineBox(komite(), { instansiKode: s.instansi.kode, reviewId });
    expect(grid.boxes.find((b) => b.box === 9)?.count).toBe(3);
    expect(grid.boxes.find((b) => b.box === 7)?.count).toBe(0);

    const [row] = await queryRows<{ box: number; calibrated: number }>(
      handle.db,
      sql`select box, calibrated_box as calibrated from placements where review_id = ${reviewId} and nip = ${s.people.kabid.nip}`,
    );
    expect(row).toEqual({ box: 7, calibrated: 9 });
    const audit = await queryRows<{ from_box: number; to_box: number; alasan: string; actor: string }>(
      handle.db,
      sql`select from_box, to_box, alasan, actor from calibrations where review_id = ${reviewId}`,
    );
    expect(audit).toEqual([{ from_box: 7, to_box: 9, alasan: 'Hasil rapat komite talenta', actor: 'token:1:test-KOMITE' }]);
  });

  it('calibrating out of the pool removes the employee from the talent pool and the slates', async () => {
    await move(s.people.star.nip, 5);
    const pool = await getTalentPool(komite(), { instansiKode: s.instansi.kode });
    expect(pool.items.map((p) => p.nip)).not.toContain(s.people.star.nip);
    const slate = await getSuccessors(komite(), { instansiKode: s.instansi.kode, positionKode: 'KADIS-B' });
    expect(slate.slate.map((e) => e.nip)).not.toContain(s.people.star.nip);
  });

  it('refuses an empty reason, an invalid box and an unplaced employee', async () => {
    await expect(move(s.people.kabid.nip, 9, '   ')).rejects.toMatchObject({
      kind: 'VALIDATION',
      message: expect.stringContaining('alasan kalibrasi wajib diisi') as string,
    });
    await expect(move(s.people.kabid.nip, 9, '\u200b'.repeat(40))).rejects.toMatchObject({ kind: 'VALIDATION' });
    await expect(move(s.people.kabid.nip, 10)).rejects.toMatchObject({ kind: 'VALIDATION' });
    await expect(move(s.people.kabid.nip, 2.5)).rejects.toMatchObject({ kind: 'VALIDATION' });
    await expect(move(s.people.fresh.nip, 5)).rejects.toMatchObject({ kind: 'CONFLICT', code: 'calibration.unplaced' });
    await expect(move('199901012020011999', 5)).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('refuses roles without calibration.write', async () => {
    const pimpinan = makeCtx(deps, { role: 'PIMPINAN', instansiId: s.instansi.id, unitId: s.units.dinasA.id });
    await expect(
      calibrate(pimpinan, { instansiKode: s.instansi.kode, reviewId, nip: s.people.kabid.nip, box: 9, alasan: 'rapat komite' }),
    ).rejects.toMatchObject({ kind: 'FORBIDDEN' });
  });

  it('refuses calibration of a finalized review and of a review that is not COMPLETED', async () => {
    const admin = makeCtx(deps, { role: 'ADMIN', instansiId: s.instansi.id });
    const finalized = await finalizeReview(admin, { instansiKode: s.instansi.kode, reviewId });
    expect(finalized.finalizedAt).not.toBeNull();
    await expect(move(s.people.kabid.nip, 9)).rejects.toMatchObject({ kind: 'CONFLICT', code: 'review.finalized' });
    await expect(finalizeReview(admin, { instansiKode: s.instansi.kode, reviewId })).rejects.toMatchObject({ kind: 'CONFLICT' });

    const queued = await requestReview(admin, { instansiKode: s.instansi.kode, asOf: SCENARIO_AS_OF });
    await expect(
      calibrate(komite(), { instansiKode: s.instansi.kode, reviewId: queued.id, nip: s.people.kabid.nip, box: 9, alasan: 'rapat komite' }),
    ).rejects.toMatchObject({ kind: 'CONFLICT', code: 'review.not_completed' });
    await expect(finalizeReview(admin, { instansiKode: s.instansi.kode, reviewId: queued.id })).rejects.toMatchObject({ kind: 'CONFLICT' });
  });
});
