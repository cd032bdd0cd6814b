/**
 * The nine-box reads its counts from `placement_box_counts`, kept by the review's snapshot and by calibration: for
 * generated kabupaten of two seeds and sizes, the stored counts and the nine-box of the whole instansi and of every
 * unit subtree equal a `group by` over the placements after the review, after seeded random calibrations (back to
 * the computed box, into a box the unit had no row for, out of a box that then empties) and after a reorganisation;
 * the migration's backfill counts a review stored without them the same; deleting a review removes its counts.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talentPoolBoxes } from '../../analytics/policy/index.js';
import type { DbHandle } from '../../db/client.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { queryRows } from '../../db/sql.js';
import { projectPath } from '../../lib/project-root.js';
import { calibrate } from '../../services/calibration/calibrate.js';
import { SYSTEM_PRINCIPAL, type ServiceContext } from '../../services/context.js';
import { createPrng } from '../../services/demo/demo-prng.js';
import { seedDemo } from '../../services/demo/seed-demo.js';
import type { Deps } from '../../services/deps.js';
import { loadReviewPolicy } from '../../services/policy/load-policy.js';
import { requestReview } from '../../services/reviews/request-review.js';
import { runReview } from '../../services/reviews/run-review.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { makeCtx, recordingQueue, runnerCtx } from '../factories/context.factory.js';
import { eachDatabase } from '../helpers/test-db.js';
import { createTestDeps } from '../helpers/test-deps.js';

const AS_OF = '2026-06-30';

interface CountRow {
  unitId: number;
  box: number | null;
  count: number;
}

const byUnitAndBox = (a: CountRow, b: CountRow) => a.unitId - b.unitId || (a.box ?? 0) - (b.box ?? 0);

eachDatabase('placement counts per unit and box', (_lane, open) => {
  for (const { seed, size } of [{ seed: 7, size: 450 }, { seed: 41, size: 1100 }]) {
    describe(`a generated kabupaten (seed ${seed}, ${size} employees)`, () => {
      let handle: DbHandle;
      let deps: Deps;
      let ctx: ServiceContext;
      let instansiId: number;
      let instansiKode: string;
      let reviewId: string;
      let pool: ReadonlySet<number>;

      beforeAll(async () => {
        handle = await open();
        deps = createTestDeps(handle, { queue: recordingQueue() });
        const cli: ServiceContext = { deps, actor: { type: 'cli' }, principal: SYSTEM_PRINCIPAL, log: deps.log, now: () => new Date(`${AS_OF}T03:00:00Z`) };
        const { instansi } = await seedDemo(cli, { instansiKode: `kab-${seed}`, nama: `Kabupaten ${seed}`, seed, size, asOf: AS_OF });
        ({ id: instansiId, kode: instansiKode } = instansi);
        ctx = makeCtx(deps, { role: 'ADMIN', instansiId });
        reviewId = await completedReview();
        const [review] = await queryRows<{ id: string; instansiId: number; policyVersion: number | null }>(
          handle.db, sql`select id, instansi_id as "instansiId", policy_version as "policyVersion" from reviews where id = ${reviewId}`,
        );
        pool = new Set(talentPoolBoxes(await loadReviewPolicy(handle.db, review!)));
      }, 300_000);
      afterAll(async () => {
        await handle?.close();
      });

      async function completedReview(): Promise<string> {
        const id = (await requestReview(ctx, { instansiKode, asOf: AS_OF })).id;
        expect((await runReview(runnerCtx(deps), { reviewId: id })).status).toBe('COMPLETED');
        return id;
      }

      /** The stored counts of a review, rows at 0 (a box emptied by calibration) left out. */
      const storedCounts = async (id: string) =>
        (await queryRows<CountRow>(handle.db, sql`select unit_id as "unitId", box::int as box, count from placement_box_counts
          where review_id = ${id} and count > 0`)).sort(byUnitAndBox);
      /** The same counts as a `group by` over the review's placements. */
      const countedPlacements = async (id: string) =>
        (await queryRows<CountRow>(handle.db, sql`select unit_id as "unitId", effective_box::int as box, count(*)::int as count
          from placements where review_id = ${id} group by 1, 2`)).sort(byUnitAndBox);

      /** Employees per effective box in the subtree of `unitKode` as the units hang now (undefined: every placement). */
      async function groupedBoxes(unitKode: string | undefined): Promise<Map<number | null, number>> {
        const rows = await queryRows<{ box: number | null; count: number }>(handle.db, unitKode === undefined
          ? sql`select effective_box::int as box, count(*)::int as count from placements where review_id = ${reviewId} group by 1`
          : sql`with recursive subtree(id) as (
                  select id from units where instansi_id = ${instansiId} and kode = ${unitKode}
                  union all select u.id from units u join subtree s on u.parent_id = s.id)
                select effective_box::int as box, count(*)::int as count from placements
                where review_id = ${reviewId} and unit_id in (select id from subtree) group by 1`);
        return new Map(rows.map((r) => [r.box, r.count]));
      }

      /** The stored rows, and the nine-box and talent pool total of every subtree, equal a `group by` over placements. */
      async function expectCountsOfPlacements(): Promise<void> {
        expect(await storedCounts(reviewId)).toEqual(await countedPlacements(reviewId));
        const units = await queryRows<{ kode: string }>(handle.db, sql`select kode from units where instansi_id = ${instansiId} order by kode`);
        expect(units.length).toBeGreaterThan(5);
        for (const unitKode of [undefined, ...units.map((u) => u.kode)]) {
          const input = { instansiKode, reviewId, ...(unitKode ? { unitKode } : {}) };
          const where = unitKode ?? 'the instansi';
          const expected = await groupedBoxes(unitKode);
          const grid = await getNineBox(ctx, input);
          expect(grid.boxes.map((b) => [b.box, b.count]), `nine-box of ${where}`).toEqual(grid.boxes.map((b) => [b.box, expected.get(b.box) ?? 0]));
          expect(grid.belumTerpetakan, `unplaced in ${where}`).toBe(expected.get(null) ?? 0);
          expect(grid.total, `total of ${where}`).toBe([...expected.values()].reduce((a, b) => a + b, 0));
          const inPool = [...expected].filter(([box]) => box !== null && pool.has(box)).reduce((a, [, n]) => a + n, 0);
          expect(grid.talentPool.count, `talent pool of ${where}`).toBe(inPool);
          expect((await getTalentPool(ctx, { ...input, limit: 1 })).total, `talent pool list of ${where}`).toBe(inPool);
        }
      }

      const komite = () => makeCtx(deps, { role: 'KOMITE', instansiId });
      const move = (nip: string, box: number) => calibrate(komite(), { instansiKode, reviewId, nip, box, alasan: 'Hasil rapat komite talenta' });
      const placed = () => queryRows<{ nip: string; unitId: number; box: number; effectiveBox: number }>(handle.db, sql`
        select nip, unit_id as "unitId", box::int as box, effective_box::int as "effectiveBox"
        from placements where review_id = ${reviewId} and box is not null order by nip`);

      it('stores the counts of every unit and box with the review', async () => {
        const stored = await storedCounts(reviewId);
        // The generated data spreads over several boxes and units, and has employees without a box.
        expect(new Set(stored.map((r) => r.box)).size).toBeGreaterThan(5);
        expect(stored.some((r) => r.box === null)).toBe(true);
        await expectCountsOfPlacements();
      }, 300_000);

      it('moves one count per calibration, whatever the boxes on either side hold', async () => {
        const rng = createPrng(seed);
        const people = await placed();
        // Into a box their unit has no row for yet, then out of it again (the row stays at 0).
        const stored = await storedCounts(reviewId);
        const lonely = people.find((p) => [1, 2, 3, 4, 5, 6, 7, 8, 9].some((b) => !stored.some((r) => r.unitId === p.unitId && r.box === b)))!;
        const emptyBox = [1, 2, 3, 4, 5, 6, 7, 8, 9].find((b) => !stored.some((r) => r.unitId === lonely.unitId && r.box === b))!;
        await move(lonely.nip, emptyBox);
        await expectCountsOfPlacements();
        await move(lonely.nip, emptyBox === 9 ? 1 : emptyBox + 1);
        // Back to the box the review computed (calibrated, yet counted where it started).
        await move(lonely.nip, lonely.box);
        // The only one of their unit in their box moves out: that count goes to 0.
        const alone = people.find((p) => stored.some((r) => r.unitId === p.unitId && r.box === p.box && r.count === 1) && p.nip !== lonely.nip);
        if (alone) await move(alone.nip, alone.box === 5 ? 6 : 5);
        // Random moves, a few of the same people more than once, some to the box they are already in.
        for (let k = 0; k < 14; k++) {
          const who = rng.pick(people.slice(0, 12 + k));
          await move(who.nip, rng.chance(0.15) ? (await placed()).find((p) => p.nip === who.nip)!.effectiveBox : rng.int(1, 9));
        }
        const after = await placed();
        expect(after.filter((p) => p.effectiveBox !== p.box).length).toBeGreaterThan(3);
        await expectCountsOfPlacements();
      }, 300_000);

      it('reads a reorganised tree (a unit moved under another parent) as its placements count', async () => {
        const [moved] = await queryRows<{ id: number; parent: number }>(handle.db, sql`
          select u.id, (select o.id from units o where o.instansi_id = u.instansi_id and o.parent_id is not null
                          and o.id <> u.id and o.id <> u.parent_id order by o.kode desc limit 1) as parent
          from units u where u.instansi_id = ${instansiId} and u.parent_id is not null
            and not exists (select 1 from units c where c.parent_id = u.id)
            and exists (select 1 from placements p where p.review_id = ${reviewId} and p.unit_id = u.id)
          order by u.kode limit 1`);
        expect(moved?.parent).toBeTruthy();
        await handle.db.execute(sql`update units set parent_id = ${moved!.parent} where id = ${moved!.id}`);
        await expectCountsOfPlacements();
      }, 300_000);

      it('counts a review stored without counts, as the migration does, the same', async () => {
        const stored = await storedCounts(reviewId);
        await handle.db.execute(sql`delete from placement_box_counts where review_id = ${reviewId}`);
        expect(await createPlacementsRepository({ db: handle.db }).gridCounts(reviewId, null)).toEqual([]);
        const migration = readFileSync(projectPath('db', 'migrations', '0013_placement_box_counts.sql'), 'utf8');
        const backfill = migration.split('--> statement-breakpoint').filter((s) => /^\s*(--.*\n\s*)*insert/i.test(s));
        expect(backfill).toHaveLength(1);
        await handle.db.execute(sql.raw(backfill[0]!));
        expect(await storedCounts(reviewId)).toEqual(stored);
        await expectCountsOfPlacements();
      }, 300_000);

      it('removes the counts of a deleted review, and only them', async () => {
        const other = await completedReview();
        const kept = await storedCounts(reviewId);
        expect((await storedCounts(other)).length).toBeGreaterThan(0);
        await handle.db.execute(sql`delete from reviews where id = ${other}`);
        expect(await queryRows(handle.db, sql`select 1 from placement_box_counts where review_id = ${other}`)).toEqual([]);
        expect(await storedCounts(reviewId)).toEqual(kept);
      }, 300_000);
    });
  }
});
