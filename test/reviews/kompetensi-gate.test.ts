/**
 * The KOMPETENSI gate end to end: off in the default policy; an instansi sets a minimum JPM for a target, the next
 * review applies it (slates, near misses with the reason), a calibration keeps applying it (the JPM is read back from
 * the stored placement), and the earlier review still reads as it was computed.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { calibrate } from '../../services/calibration/calibrate.js';
import type { Deps } from '../../services/deps.js';
import { putPolicy } from '../../services/policy/put-policy.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getSuccessors } from '../../services/succession/get-successors.js';
import { makeCtx, runnerCtx } from '../factories/context.factory.js';
import { seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('KOMPETENSI gate', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let s: ReviewScenario;
  let firstReviewId: string;
  let secondReviewId: string;

  beforeAll(async () => {
    handle = await open();
    ({ deps, scenario: s, reviewId: firstReviewId } = await seedCompletedReview(handle));
    // kabid's JPM is 75: below this minimum for JPT_PRATAMA posts, above none for the others.
    await putPolicy(admin(), { instansiKode: s.instansi.kode, policy: { succession: { minJpm: { JPT_PRATAMA: 80 } } } });
    secondReviewId = (await requestReview(admin(), { instansiKode: s.instansi.kode, asOf: '2026-01-16' })).id;
    await runReview(runnerCtx(deps), { reviewId: secondReviewId });
  });
  afterAll(async () => {
    await handle.close();
  });

  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: s.instansi.id });
  const successors = (reviewId: string) =>
    getSuccessors(admin(), { instansiKode: s.instansi.kode, positionKode: 'KADIS-A', reviewId });

  it('is not listed while the policy sets no minimum', async () => {
    const before = await successors(firstReviewId);
    expect(before.slate.map((e) => e.nip)).toContain(s.people.kabid.nip);
    expect(before.slate.flatMap((e) => e.gates.map((g) => g.gate))).not.toContain('KOMPETENSI');
  });

  it('keeps a candidate below the minimum off the slate and names the gate and both values', async () => {
    const after = await successors(secondReviewId);
    expect(after.slate.map((e) => e.nip)).not.toContain(s.people.kabid.nip);
    expect(after.nearMisses).toContainEqual(
      expect.objectContaining({ nip: s.people.kabid.nip, gate: 'KOMPETENSI', reason: 'JPM 75 < 80' }),
    );
    for (const entry of after.slate) {
      expect(entry.gates.find((g) => g.gate === 'KOMPETENSI')).toMatchObject({ passed: true });
    }
  });

  it('still applies after a calibration recomputes succession from the stored placements', async () => {
    await calibrate(makeCtx(deps, { role: 'KOMITE', instansiId: s.instansi.id }), {
      instansiKode: s.instansi.kode,
      reviewId: secondReviewId,
      nip: s.people.kabid.nip,
      box: 9,
      alasan: 'Hasil rapat komite talenta',
    });
    const after = await successors(secondReviewId);
    expect(after.slate.map((e) => e.nip)).not.toContain(s.people.kabid.nip);
    expect(after.nearMisses).toContainEqual(expect.objectContaining({ nip: s.people.kabid.nip, gate: 'KOMPETENSI', reason: 'JPM 75 < 80' }));
  });
});
