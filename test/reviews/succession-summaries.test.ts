/**
 * The bench metrics and retirement outlook a review stores per unit read byte for byte as the engine computes them
 * from the review's stored plans (what these reads did before the figures were stored): for generated kabupaten of
 * several seeds and sizes, for the whole instansi and every unit subtree; after calibrations recompute succession;
 * after a reorganisation moves a unit under another parent; and for a review stored before the figures existed.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchMetrics, retirementProjection, successionParamsFromPolicy } from '../../analytics/succession/index.js';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { calibrate } from '../../services/calibration/calibrate.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../services/context.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import type { Deps } from '../../services/deps.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { openSnapshotRead } from '../../services/snapshots/open-snapshot-read.js';
import { storedPositions } from '../../services/snapshots/stored-plan.js';
import { getRetirementOutlook } from '../../services/succession/get-retirement-outlook.js';
import { getRisks } from '../../services/succession/get-risks.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

const AS_OF = '2026-06-30';

/** Both reads as the engine computes them from the stored plans of the subtree, shaped as the reads answer. */
async function recomputed(ctx: ServiceContext, input: { instansiKode: string; reviewId: string; unitKode?: string }) {
  const read = await openSnapshotRead(ctx, { ...input, permission: 'aggregates.read' });
  const positions = await storedPositions(read);
  const params = successionParamsFromPolicy(read.policy);
  const metrics = benchMetrics({ positions, units: read.units.units, unitId: null, params });
  const projection = retirementProjection({ positions, units: read.units.units, asOf: read.review.asOf, params, unitId: null });
  return {
    risks: {
      review: read.reviewRef,
      unit: read.unitRef,
      positions: positions
        .filter((p) => p.kritikal && p.risks.length > 0)
        .map((p) => ({ kode: p.kode, nama: p.nama, risks: p.risks, readyNow: p.readyNowCount, eligible: p.eligibleCount })),
      metrics: {
        criticalPositions: metrics.criticalPositions,
        pctWithReadyNow: metrics.pctWithReadyNow,
        meanEligible: metrics.meanEligible,
        overloadedSuccessors: metrics.overloadedSuccessors,
      },
    },
    outlook: {
      review: read.reviewRef,
      unit: read.unitRef,
      horizons: projection.horizons.map((h) => ({
        months: h.months,
        cutoff: h.cutoff,
        losingIncumbent: h.losingIncumbent,
        covered: h.covered,
        uncovered: h.uncovered,
        positions: h.positions.map((p) => ({
          kode: p.kode, nama: p.nama, retirementDate: p.retirementDate, readyNowCount: p.readyNowCount, covered: p.covered,
        })),
      })),
    },
  };
}

eachDatabase('stored succession summaries', (_lane, open) => {
  for (const { seed, size } of [{ seed: 3, size: 500 }, { seed: 29, size: 1400 }]) {
    describe(`a generated kabupaten (seed ${seed}, ${size} employees)`, () => {
      let handle: DbHandle;
      let deps: Deps;
      let ctx: ServiceContext;
      let instansiKode: string;
      let reviewId: string;

      beforeAll(async () => {
        handle = await open();
        deps = createTestDeps(handle, { queue: recordingQueue() });
        const cli: ServiceContext = { deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date(`${AS_OF}T03:00:00Z`) };
        const { instansi } = await seedDemo(cli, { instansiKode: `kab-${seed}`, nama: `Kabupaten ${seed}`, seed, size, asOf: AS_OF });
        instansiKode = instansi.kode;
        ctx = makeCtx(deps, { role: 'ADMIN', instansiId: instansi.id });
        reviewId = (await requestReview(ctx, { instansiKode, asOf: AS_OF })).id;
        expect((await runReview(runnerCtx(deps), { reviewId })).status).toBe('COMPLETED');
      }, 300_000);
      afterAll(async () => {
        await handle?.close();
      });

      /** Every subtree (and the whole instansi): the stored reads equal the recomputed ones, serialised alike. */
      async function expectStoredEqualsRecomputed(): Promise<{ units: number; whole: Awaited<ReturnType<typeof recomputed>> }> {
        const units = await queryRows<{ kode: string }>(
          handle.db,
          sql`select u.kode from units u join instansi i on i.id = u.instansi_id where i.kode = ${instansiKode} order by u.kode`,
        );
        for (const unitKode of [undefined, ...units.map((u) => u.kode)]) {
          const input = { instansiKode, reviewId, ...(unitKode ? { unitKode } : {}) };
          const expected = await recomputed(ctx, input);
          expect(JSON.stringify(await getRisks(ctx, input)), `risks of ${unitKode ?? 'the instansi'}`).toBe(JSON.stringify(expected.risks));
          expect(JSON.stringify(await getRetirementOutlook(ctx, input)), `outlook of ${unitKode ?? 'the instansi'}`).toBe(
            JSON.stringify(expected.outlook),
          );
        }
        return { units: units.length, whole: await recomputed(ctx, { instansiKode, reviewId }) };
      }

      const storedRows = async () =>
        (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from succession_summaries where review_id = ${reviewId}`))[0]!.n;

      it('reads every subtree from the stored summaries exactly as the engine computes it', async () => {
        expect(await storedRows()).toBeGreaterThan(0);
        const { units, whole } = await expectStoredEqualsRecomputed();
        expect(units).toBeGreaterThan(5);
        // The generated data exercises every figure.
        expect(whole.risks.metrics.criticalPositions).toBeGreaterThan(0);
        expect(whole.risks.metrics.overloadedSuccessors).toBeGreaterThan(0);
        expect(whole.outlook.horizons.at(-1)!.losingIncumbent).toBeGreaterThan(0);
      }, 300_000);

      it('stores the figures a calibration recomputes, in its transaction', async () => {
        const before = await recomputed(ctx, { instansiKode, reviewId });
        // People on slates who are not ready now become ready now when the committee moves them into box 9.
        const movable = await queryRows<{ nip: string }>(
          handle.db,
          sql`select distinct e->>'nip' as nip from succession_plans sp, jsonb_array_elements(sp.slate) e
              where sp.review_id = ${reviewId} and sp.kritikal = 1 and e->>'readiness' <> 'SIAP_SEKARANG' order by 1 limit 4`,
        );
        expect(movable.length).toBeGreaterThan(0);
        const komite = makeCtx(deps, { role: 'KOMITE', instansiId: ctx.principal.instansiId });
        for (const { nip } of movable) await calibrate(komite, { instansiKode, reviewId, nip, box: 9, alasan: 'Hasil rapat komite talenta' });
        // Read from rows the calibration wrote (a review without rows would be read from its plans).
        expect(await storedRows()).toBeGreaterThan(0);
        const { whole } = await expectStoredEqualsRecomputed();
        expect(whole).not.toEqual(before);
      }, 300_000);

      it('reads a reorganised tree (a unit moved under another parent) as the engine computes it', async () => {
        // A leaf unit with critical positions, moved under another unit: no cycle, and the subtrees of both its old and
        // its new ancestors change.
        const [moved] = await queryRows<{ id: number; parent: number }>(
          handle.db,
          sql`select u.id, (select o.id from units o where o.instansi_id = u.instansi_id and o.parent_id is not null
                              and o.id <> u.id and o.id <> u.parent_id order by o.kode desc limit 1) as parent
              from units u join instansi i on i.id = u.instansi_id
              where i.kode = ${instansiKode} and u.parent_id is not null
                and not exists (select 1 from units c where c.parent_id = u.id)
                and exists (select 1 from succession_summaries s where s.review_id = ${reviewId} and s.unit_id = u.id)
              order by u.kode limit 1`,
        );
        expect(moved?.parent).toBeTruthy();
        await handle.db.execute(sql`update units set parent_id = ${moved!.parent} where id = ${moved!.id}`);
        await expectStoredEqualsRecomputed();
      }, 300_000);

      it('reads a review stored before the figures were (no rows) by computing them from its plans', async () => {
        await handle.db.execute(sql`delete from succession_summaries where review_id = ${reviewId}`);
        expect(await storedRows()).toBe(0);
        await expectStoredEqualsRecomputed();
      }, 300_000);
    });
  }
});
