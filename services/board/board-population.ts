/**
 * Everyone in a review's unit subtree as the board sees them (real NIPs: presentation masks them later), with age
 * band, flags and the previous review's box. Loaded once per review, subtree and data version, then filtered in
 * memory by every board read (grid, people, fairness, agenda).
 */
import { ageBand, boardFlags, type AgeBand, type BoardFlag } from '../../analytics/board/index.js';
import type { Box } from '../../analytics/domain/enums.js';
import { opdOf } from '../../analytics/domain/unit-tree.js';
import type { Policy } from '../../analytics/policy/index.js';
import { createBoardRepository, type BoardRow } from '../../db/repositories/board.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import { loadReviewPolicy } from '../policy/load-policy.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { retirementOf } from '../talent/retirement.js';

export interface BoardPerson extends BoardRow {
  /** Place in the population's order (nilai talenta desc, NIP), which the board's pages follow. */
  rank: number;
  effectiveBox: Box | null;
  usia: AgeBand | null;
  retirementDate: string | null;
  flags: BoardFlag[];
  /** The OPD-level unit under the scope the person belongs to (the fairness view's unit groups). */
  group: { kode: string; nama: string };
}

export interface BoardPopulation {
  previous: Pick<ReviewRow, 'id' | 'asOf'> | null;
  people: BoardPerson[];
  /** Employee id → rank, for a page cursor naming the last person shown. */
  rankById: ReadonlyMap<number, number>;
}

export async function loadBoardPopulation(scope: SnapshotRead): Promise<BoardPopulation> {
  return cachedRead(scope.ctx, {
    instansiKode: scope.instansi.kode,
    key: readKey('board-population', { reviewId: scope.review.id, unit: scope.unit?.kode }),
    load: () => buildPopulation(scope),
  });
}

async function buildPopulation(scope: SnapshotRead): Promise<BoardPopulation> {
  const db = scope.db;
  const chain = await createReviewsRepository({ db }).listCompletedUpTo(scope.review, 2);
  const previous = chain.length === 2 ? (chain[0] ?? null) : null;
  const previousPolicy: Policy = previous ? await loadReviewPolicy(db, previous) : scope.policy;
  const rows = await createBoardRepository({ db }).people({
    reviewId: scope.review.id,
    previousReviewId: previous?.id ?? null,
    unitIds: scope.unitIds,
  });
  const asOf = scope.review.asOf;
  const unitsById = new Map(scope.units.units.map((u) => [u.id, u]));
  const groupOf = groupUnder(scope, unitsById);
  const people = rows.map((row, rank): BoardPerson => {
    const effectiveBox = row.effectiveBox as Box | null;
    const retires = retirementOf(scope.policy, row)?.date ?? null;
    return {
      ...row,
      rank,
      effectiveBox,
      usia: ageBand(row.tanggalLahir, asOf),
      retirementDate: retires,
      flags: boardFlags({
        asOf,
        retirementDate: retires,
        activePenalty: row.activePenalty,
        unratedReasons: row.unratedReasons,
        box: effectiveBox,
        previousBox: row.previousBox as Box | null,
        policy: scope.policy,
        previousPolicy,
      }),
      group: groupOf(row.unitId),
    };
  });
  return {
    previous: previous ? { id: previous.id, asOf: previous.asOf } : null,
    people,
    rankById: new Map(people.map((p) => [p.employeeId, p.rank])),
  };
}

/**
 * Unit groups one level below the read's scope: the OPDs for the whole instansi, the scope unit's children for a
 * subtree (people sitting in the scope unit itself form its own group).
 */
function groupUnder(scope: SnapshotRead, unitsById: ReadonlyMap<number, { id: number; kode: string; nama: string; parentId: number | null }>) {
  const tree = scope.units.tree;
  const memo = new Map<number, { kode: string; nama: string }>();
  return (unitId: number) => {
    const known = memo.get(unitId);
    if (known) return known;
    let groupId = unitId;
    if (scope.unit === null) {
      groupId = opdOf(tree, unitId);
    } else {
      for (let u = unitsById.get(unitId); u && u.id !== scope.unit.id; u = u.parentId === null ? undefined : unitsById.get(u.parentId)) {
        groupId = u.id;
      }
    }
    const unit = unitsById.get(groupId);
    const group = { kode: unit?.kode ?? String(groupId), nama: unit?.nama ?? String(groupId) };
    memo.set(unitId, group);
    return group;
  };
}
