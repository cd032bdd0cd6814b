/**
 * Reads of a placement by NIP (a profile, calibration, an employee's history) go through the instansi's employee
 * with that NIP and then the placements' key: placements keep no index by NIP. The same NIP in another instansi (a
 * person who moved, or the same number in a neighbour's data) is another employee and never answers here.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { employees } from '../../db/schema/index.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { makeCtx, runnerCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedCompletedReview, seedReviewScenario, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { insertEmployee } from '../factories/talent.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('placements read by NIP', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let a: ReviewScenario;
  let b: ReviewScenario;
  let firstA: string;
  let secondA: string;
  let onlyB: string;
  /** The employee of instansi B who carries A's kabid's NIP. */
  let twinId: number;

  async function review(scenario: ReviewScenario, asOf: string): Promise<string> {
    const ctx = makeCtx(deps, { role: 'ADMIN', instansiId: scenario.instansi.id });
    const id = (await requestReview(ctx, { instansiKode: scenario.instansi.kode, asOf })).id;
    await runReview(runnerCtx(deps), { reviewId: id });
    return id;
  }

  beforeAll(async () => {
    handle = await open();
    ({ deps, scenario: a, reviewId: firstA } = await seedCompletedReview(handle));
    b = await seedReviewScenario(handle.db);
    twinId = (await insertEmployee(handle.db, { instansiId: b.instansi.id, positionId: b.positions.stafB.id, nip: a.people.kabid.nip })).id;
    onlyB = await review(b, SCENARIO_AS_OF);
    // Kabid leaves A after its first two reviews: the stored reviews still know them by NIP.
    secondA = await review(a, '2026-04-15');
    await handle.db.update(employees).set({ active: false }).where(eq(employees.id, a.people.kabid.id));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('finds the placement of the instansi\'s own employee with that NIP, and only in the review asked', async () => {
    const placements = createPlacementsRepository({ db: handle.db });
    const nip = a.people.kabid.nip;
    expect(await placements.findByNip(firstA, nip)).toMatchObject({ employeeId: a.people.kabid.id, nip, box: 7 });
    expect(await placements.findByNip(secondA, nip)).toMatchObject({ employeeId: a.people.kabid.id, nip });
    expect(await placements.findByNip(onlyB, nip)).toMatchObject({ employeeId: twinId, nip });
    expect(await placements.findByNip(firstA, b.people.star.nip)).toBeNull();
    expect(await placements.findByNip(firstA, '199901012020011999')).toBeNull();
  });

  it('gives an employee\'s history in their own instansi\'s completed reviews, oldest first', async () => {
    const placements = createPlacementsRepository({ db: handle.db });
    const nip = a.people.kabid.nip;
    expect((await placements.historyByNip(a.instansi.id, nip)).map((h) => [h.reviewId, h.asOf])).toEqual([
      [firstA, SCENARIO_AS_OF],
      [secondA, '2026-04-15'],
    ]);
    expect((await placements.historyByNip(b.instansi.id, nip)).map((h) => h.reviewId)).toEqual([onlyB]);
    expect(await placements.historyByNip(a.instansi.id, b.people.star.nip)).toEqual([]);
  });
});
