import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import { createPlacementsRepository, type PlacementReadRow } from '../../db/repositories/placements.repository.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import type { Role } from '../../db/enums.js';
import { queryRows } from '../../db/sql.js';
import type { Deps } from '../../services/deps.js';
import type { ReviewSummary } from '../../services/notifications/notifier.js';
import { notifyReviewFinished } from '../../services/reviews/notify-review-finished.js';
import { getTransitions } from '../../services/talent/get-transitions.js';
import { TransitionsSchema } from '../../services/talent/schemas.js';
import { makeCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { insertEmployee } from '../factories/talent.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

const AS_OF_A = '2025-07-01';
const AS_OF_B = '2025-10-01';

/** Effective boxes of the scenario's own review (its computed placements, asOf {@link SCENARIO_AS_OF}). */
const CURRENT = { kadisA: 9, kabid: 7, star: 9, kasi: 5, stafA: 5, pppk: 8, fresh: null } as const;

eachDatabase('box transitions between reviews', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let s: ReviewScenario;
  let current: string;
  let reviewA: string;
  let reviewB: string;

  /**
   * Stores a COMPLETED review made of the scenario review's placements with the boxes given (an employee not listed
   * is absent from it); `calibrated` sets the committee's box on top of the computed one.
   */
  async function insertPastReview(args: {
    asOf: string;
    template: PlacementReadRow[];
    boxes: ReadonlyMap<number, { box: number | null; calibrated?: number }>;
  }): Promise<string> {
    const reviews = createReviewsRepository({ db: handle.db });
    const placements = createPlacementsRepository({ db: handle.db });
    const id = randomUUID();
    await reviews.create({ id, instansiId: s.instansi.id, asOf: args.asOf, trigger: 'manual', requestedBy: 'test', queuedAt: new Date(`${args.asOf}T01:00:00Z`) });
    await reviews.markRunning(id, new Date(`${args.asOf}T01:00:00Z`));
    const rows = [...args.boxes].map(([employeeId, { box }]) => {
      const row = args.template.find((r) => r.employeeId === employeeId)!;
      return { ...row, box, explanationJson: '{}' };
    });
    await placements.insertMany(id, [{ size: rows.length, at: (k) => rows[k]! }]);
    for (const [employeeId, { calibrated }] of args.boxes) {
      if (calibrated !== undefined) await placements.setCalibratedBox(id, employeeId, calibrated);
    }
    await reviews.markCompleted(id, { policyVersion: 0, inputsHash: 'test', counts: null, timings: null, finishedAt: new Date(`${args.asOf}T02:00:00Z`) });
    return id;
  }

  beforeAll(async () => {
    handle = await open();
    ({ deps, scenario: s, reviewId: current } = await seedCompletedReview(handle));
    const p = s.people;
    const template = await createPlacementsRepository({ db: handle.db }).listAllForReview(current);
    // Someone who was reviewed in B and has left since: a placement like `fresh`'s (DINAS-B) under their own id.
    const leaver = await insertEmployee(handle.db, { instansiId: s.instansi.id, positionId: s.positions.stafB.id, active: false });
    const freshRow = template.find((r) => r.employeeId === p.fresh.id)!;
    template.push({ ...freshRow, employeeId: leaver.id, nip: leaver.nip, nama: leaver.nama });

    reviewA = await insertPastReview({
      asOf: AS_OF_A,
      template,
      boxes: new Map([
        [p.kadisA.id, { box: 9 }],
        [p.kabid.id, { box: 6 }],
        [p.star.id, { box: 8 }],
        [p.kasi.id, { box: 5 }],
        [p.stafA.id, { box: 1 }],
        [p.pppk.id, { box: 9 }],
      ]),
    });
    // kadisA is missing from B (a gap: A=9, B absent, now 9 is no streak); stafA is computed 1 but calibrated 5.
    reviewB = await insertPastReview({
      asOf: AS_OF_B,
      template,
      boxes: new Map<number, { box: number | null; calibrated?: number }>([
        [p.kabid.id, { box: 5 }],
        [p.star.id, { box: 9 }],
        [p.kasi.id, { box: 5 }],
        [p.stafA.id, { box: 1, calibrated: 5 }],
        [p.pppk.id, { box: 9 }],
        [p.fresh.id, { box: 3 }],
        [leaver.id, { box: 4 }],
      ]),
    });
  });
  afterAll(async () => {
    await handle.close();
  });

  const as = (role: Role, unitId: number | null = null) => makeCtx(deps, { role, instansiId: s.instansi.id, unitId });
  const kode = () => s.instansi.kode;
  const byNip = <T extends { nip: string }>(items: T[]) => [...items].sort((a, b) => (a.nip < b.nip ? -1 : 1));

  it('the review-finished summary counts moves up and down exactly as this view does', async () => {
    await handle.db.execute(sql`update reviews set counts = (select counts from reviews where id = ${current}) where id = ${reviewB}`);
    await handle.db.execute(sql`update instansi set slack_channel = 'C-KOMITE' where id = ${s.instansi.id}`);
    const summaries: ReviewSummary[] = [];
    const notifier = { reviewFinished: async (summary: ReviewSummary) => void summaries.push(summary) };
    await notifyReviewFinished(makeCtx({ ...deps, notifier }, { role: 'SUPERADMIN', instansiId: null }), { reviewId: current });
    const view = TransitionsSchema.parse(await getTransitions(as('KOMITE'), { instansiKode: kode(), reviewId: 'latest' }));
    expect(summaries[0]?.changes).toMatchObject({ previousReviewId: reviewB, movedUp: view.summary.movedUp, movedDown: view.summary.movedDown });
    expect(view.summary).toMatchObject({ movedUp: 1, movedDown: 1 });
  });

  it('compares the latest review with the one before it on effective boxes', async () => {
    const t = TransitionsSchema.parse(await getTransitions(as('KOMITE'), { instansiKode: kode(), reviewId: 'latest' }));
    const p = s.people;
    expect(t.review).toEqual({ id: current, asOf: SCENARIO_AS_OF });
    expect(t.previous).toEqual({ id: reviewB, asOf: AS_OF_B });
    expect(t.unit).toBeNull();
    expect(t.matrix.cells).toEqual([
      { from: 3, to: null, count: 1 }, // fresh: now BELUM_TERPETAKAN
      { from: 5, to: 5, count: 2 }, // kasi; stafA, calibrated 5 in B, so no move although B computed 1
      { from: 5, to: 7, count: 1 }, // kabid
      { from: 9, to: 8, count: 1 }, // pppk
      { from: 9, to: 9, count: 1 }, // star
    ]);
    expect(t.summary).toEqual({ stayed: 3, movedUp: 1, movedDown: 1, movedAcross: 1, entered: 1, left: 1 });
    expect(t.movers).toEqual(
      byNip([
        { nip: p.kabid.nip, nama: p.kabid.nama, from: 5, to: CURRENT.kabid, direction: 'UP' },
        { nip: p.pppk.nip, nama: p.pppk.nama, from: 9, to: CURRENT.pppk, direction: 'DOWN' },
        { nip: p.fresh.nip, nama: p.fresh.nama, from: 3, to: CURRENT.fresh, direction: 'ACROSS' },
      ]),
    );
    expect(t.moversTotal).toBe(3);
    expect(t.stuck).toEqual([
      { nip: p.kasi.nip, nama: p.kasi.nama, box: 5, reviews: 3, since: AS_OF_A },
      ...byNip([
        { nip: p.star.nip, nama: p.star.nama, box: 9, reviews: 2, since: AS_OF_B },
        { nip: p.stafA.nip, nama: p.stafA.nama, box: CURRENT.stafA, reviews: 2, since: AS_OF_B },
      ]),
    ]);
    expect(t.stuckTotal).toBe(3);
  });

  it('compares against an explicitly named earlier review, up and down by the grid axes', async () => {
    const t = await getTransitions(as('ADMIN'), { instansiKode: kode(), reviewId: current, previousReviewId: reviewA });
    expect(t.previous).toEqual({ id: reviewA, asOf: AS_OF_A });
    expect(t.matrix.cells).toEqual([
      { from: 1, to: 5, count: 1 },
      { from: 5, to: 5, count: 1 },
      { from: 6, to: 7, count: 1 },
      { from: 8, to: 9, count: 1 },
      { from: 9, to: 8, count: 1 },
      { from: 9, to: 9, count: 1 },
    ]);
    // 6 → 7 is a higher number but kinerja up and potensial down: across, not up.
    expect(t.summary).toEqual({ stayed: 2, movedUp: 2, movedDown: 1, movedAcross: 1, entered: 1, left: 0 });
    expect(t.movers.find((m) => m.nip === s.people.kabid.nip)).toMatchObject({ from: 6, to: 7, direction: 'ACROSS' });
    // Streaks always follow the consecutive completed reviews, whatever is compared.
    expect(t.stuckTotal).toBe(3);
  });

  it('defaults the previous review of an older review to the one before it', async () => {
    const t = await getTransitions(as('ADMIN'), { instansiKode: kode(), reviewId: reviewB });
    expect(t.previous).toEqual({ id: reviewA, asOf: AS_OF_A });
    // kabid 6 → 5 is a lower number but kinerja up and potensial down: across.
    expect(t.summary).toEqual({ stayed: 2, movedUp: 2, movedDown: 0, movedAcross: 1, entered: 2, left: 1 });
  });

  it('without an earlier review everyone has entered and nobody is stuck', async () => {
    const t = await getTransitions(as('ADMIN'), { instansiKode: kode(), reviewId: reviewA });
    expect(t.previous).toBeNull();
    expect(t.matrix.cells).toEqual([]);
    expect(t.summary).toEqual({ stayed: 0, movedUp: 0, movedDown: 0, movedAcross: 0, entered: 6, left: 0 });
    expect(t.movers).toEqual([]);
    expect(t.stuck).toEqual([]);
  });

  it('refuses a comparison review that is not earlier', async () => {
    await expect(getTransitions(as('ADMIN'), { instansiKode: kode(), reviewId: reviewA, previousReviewId: current })).rejects.toMatchObject({ kind: 'VALIDATION' });
    await expect(getTransitions(as('ADMIN'), { instansiKode: kode(), reviewId: current, previousReviewId: current })).rejects.toMatchObject({ kind: 'VALIDATION' });
  });

  it('gives PIMPINAN its own subtree with masked NIPs and refuses other units', async () => {
    const pimpinan = as('PIMPINAN', s.units.dinasA.id);
    const t = await getTransitions(pimpinan, { instansiKode: kode(), reviewId: 'latest' });
    expect(t.unit).toEqual({ kode: 'DINAS-A', nama: 'Dinas A' });
    expect(t.matrix.cells).toEqual([
      { from: 5, to: 5, count: 2 },
      { from: 5, to: 7, count: 1 },
    ]);
    expect(t.summary).toEqual({ stayed: 2, movedUp: 1, movedDown: 0, movedAcross: 0, entered: 1, left: 0 });
    expect(t.movers).toEqual([{ nip: expect.stringMatching(/^\d{4}\*{4}\d{4}$/), nama: s.people.kabid.nama, from: 5, to: 7, direction: 'UP' }]);
    expect(t.stuck.map((x) => x.nama)).toEqual([s.people.kasi.nama, expect.any(String)]);
    for (const item of [...t.movers, ...t.stuck]) expect(item.nip).toMatch(/^\d{4}\*{4}\d{4}$/);
    await expect(getTransitions(pimpinan, { instansiKode: kode(), reviewId: 'latest', unitKode: 'DINAS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
  });

  it('keeps VIEWER out (it names people) and audits every read', async () => {
    await expect(getTransitions(as('VIEWER'), { instansiKode: kode(), reviewId: 'latest' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    const audits = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = 'transitions.read' and target = ${current}`,
    );
    expect(audits[0]!.n).toBeGreaterThanOrEqual(3);
  });
});
