/**
 * The placements list read lowest talent first as well as highest first: the order holds across pages, ties in nilai
 * talenta are broken by NIP on the page boundary, and a cursor pages only the order it came from.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Deps } from '../../services/deps.js';
import { listPlacements } from '../../services/talent/list-placements.js';
import type { PlacementItem } from '../../services/talent/schemas.js';
import { makeCtx } from '../factories/context.factory.js';
import { seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

type Order = 'highestFirst' | 'lowestFirst';

eachDatabase('placements listed lowest talent first', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let s: ReviewScenario;
  let reviewId: string;

  beforeAll(async () => {
    handle = await open();
    ({ deps, scenario: s, reviewId } = await seedCompletedReview(handle));
    // Three scores shared by the placed people in NIP order, so that equal scores fall on both sides of a page
    // boundary and only the NIP tells them apart.
    await handle.db.execute(sql`
      update placements p set nilai_talenta = v.score
      from (select employee_id, 40 + (row_number() over (order by nip) % 3) * 15 as score
            from placements where review_id = ${reviewId} and effective_box is not null) v
      where p.review_id = ${reviewId} and p.employee_id = v.employee_id`);
  });
  afterAll(async () => {
    await handle.close();
  });

  const admin = () => makeCtx(deps, { role: 'ADMIN', instansiId: s.instansi.id });
  const input = (order: Order, limit: number, cursor?: string) => ({
    instansiKode: s.instansi.kode, reviewId, order, limit, ...(cursor === undefined ? {} : { cursor }),
  });

  /** Every page of one order, `limit` at a time. */
  async function allPages(order: Order, limit: number): Promise<PlacementItem[][]> {
    const pages: PlacementItem[][] = [];
    let cursor: string | undefined;
    do {
      const page = await listPlacements(admin(), input(order, limit, cursor));
      pages.push(page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && pages.length < 20);
    return pages;
  }

  const byScore = (direction: 1 | -1) => (a: PlacementItem, b: PlacementItem) =>
    direction * ((a.nilaiTalenta ?? 0) - (b.nilaiTalenta ?? 0)) || a.nip.localeCompare(b.nip);

  it('lists the lowest nilai talenta first, equal scores by NIP, the same across pages of any size', async () => {
    const whole = (await listPlacements(admin(), input('lowestFirst', 100))).items;
    expect(whole.length).toBeGreaterThanOrEqual(5);
    expect(new Set(whole.map((p) => p.nilaiTalenta)).size).toBeLessThan(whole.length);
    expect(whole).toEqual([...whole].sort(byScore(1)));
    for (const limit of [1, 2, 4]) {
      const pages = await allPages('lowestFirst', limit);
      expect(pages.every((p) => p.length <= limit)).toBe(true);
      expect(pages.flat().map((p) => p.nip)).toEqual(whole.map((p) => p.nip));
    }
  });

  it('still lists highest first by default, and the two orders hold the same people', async () => {
    const highest = (await allPages('highestFirst', 2)).flat();
    expect(highest).toEqual([...highest].sort(byScore(-1)));
    const byDefault = (await listPlacements(admin(), { instansiKode: s.instansi.kode, reviewId, limit: 100 })).items;
    expect(byDefault.map((p) => p.nip)).toEqual(highest.map((p) => p.nip));
    const lowest = (await allPages('lowestFirst', 2)).flat();
    expect(lowest.map((p) => p.nip).sort()).toEqual(highest.map((p) => p.nip).sort());
    expect(lowest[0]?.nilaiTalenta).toBe(highest[highest.length - 1]?.nilaiTalenta);
  });

  it('keeps a box filter lowest first', async () => {
    const all = (await listPlacements(admin(), input('lowestFirst', 100))).items;
    const box = all[0]!.box;
    const inBox = (await listPlacements(admin(), { ...input('lowestFirst', 100), box })).items;
    expect(inBox.map((p) => p.nip)).toEqual(all.filter((p) => p.box === box).map((p) => p.nip));
  });

  it('refuses a cursor from the other order instead of paging from the wrong place', async () => {
    const first = await listPlacements(admin(), input('lowestFirst', 2));
    await expect(listPlacements(admin(), input('highestFirst', 2, first.nextCursor!))).rejects.toMatchObject({ kind: 'VALIDATION' });
    const highest = await listPlacements(admin(), input('highestFirst', 2));
    await expect(listPlacements(admin(), input('lowestFirst', 2, highest.nextCursor!))).rejects.toMatchObject({ kind: 'VALIDATION' });
  });
});
