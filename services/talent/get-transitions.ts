/**
 * Box movement since the previous review, for the talent committee: the from-box × to-box matrix (effective box =
 * calibrated ?? computed, BELUM_TERPETAKAN as its own row/column), up/down/across counts on the grid's axes, who
 * moved, and who stayed in one box for ≥ 2 consecutive completed reviews. Movers and stuck employees are named, so
 * the whole verb is `personal.read`, audited; PIMPINAN sees its subtree with masked NIPs.
 */
import { moveDirection, sameBoxStreaks, transitionMatrix } from '../../analytics/aggregates/index.js';
import type { PlacementBoxes } from '../../analytics/domain/effective-box.js';
import type { Box } from '../../analytics/domain/enums.js';
import type { Db } from '../../db/client.js';
import { createPlacementsRepository, type EffectiveBoxRow } from '../../db/repositories/placements.repository.js';
import { createReviewsRepository, type ReviewRow } from '../../db/repositories/reviews.repository.js';
import { validationError } from '../../lib/errors.js';
import type { ServiceContext } from '../context.js';
import { loadReviewPolicy } from '../policy/load-policy.js';
import { findReview } from '../reviews/find-review.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import type { SnapshotRead } from '../snapshots/open-snapshot-read.js';
import { GetTransitionsInput, type Transitions } from './schemas.js';

/** Most movers and stuck employees listed; the totals count all of them. */
export const TRANSITION_LIST_LIMIT = 200;
/** Completed reviews looked back over for same-box streaks (two years of quarterly reviews). */
export const STREAK_LOOKBACK = 8;

interface Person {
  nip: string;
  nama: string;
}

export const getTransitions = defineSnapshotRead({
  name: 'transitions',
  input: GetTransitionsInput,
  permission: 'personal.read',
  load: loadTransitions,
  audit: (read, _input, result) => ({
    target: read.review.id,
    details: {
      previous: result.previous?.id ?? null,
      unit: read.unit?.kode ?? null,
      movers: result.movers.length,
      stuck: result.stuck.length,
    },
  }),
});

async function loadTransitions(scope: SnapshotRead, input: { previousReviewId?: string | undefined }): Promise<Transitions> {
  const { db } = scope;
  const chain = await createReviewsRepository({ db }).listCompletedUpTo(scope.review, STREAK_LOOKBACK);
  const previous =
    input.previousReviewId === undefined
      ? (chain[chain.length - 2] ?? null)
      : await findEarlierReview(scope.ctx, scope.review, input.previousReviewId);

  const placements = createPlacementsRepository({ db });
  const current = await placements.effectiveBoxes(scope.review.id, scope.unitIds);
  const before = previous ? await placements.effectiveBoxes(previous.id, scope.unitIds) : [];
  const people = new Map<number, Person>([...before, ...current].map((r) => [r.employeeId, { nip: r.nip, nama: r.nama }]));
  const present = (employeeId: number) => {
    const person = people.get(employeeId)!;
    return { nip: scope.people.nip(person.nip), nama: person.nama };
  };

  const matrix = transitionMatrix({ from: before.map(toPlacementBoxes), to: current.map(toPlacementBoxes) });
  const previousPolicy = previous ? await loadReviewPolicy(db, previous) : scope.policy;
  const movers = matrix.movers.map((m) => ({
    ...present(m.employeeId),
    from: m.from,
    to: m.to,
    direction: moveDirection({ from: m.from, to: m.to, fromPolicy: previousPolicy, toPolicy: scope.policy }),
  }));
  const moved = (direction: string) => movers.filter((m) => m.direction === direction).length;
  const stuck = (await sameBoxStreaksOf(db, scope, chain, people)).map((s) => ({
    ...present(s.employeeId),
    box: s.box,
    reviews: s.reviews,
    since: s.since,
  }));

  return {
    review: scope.reviewRef,
    previous: previous ? { id: previous.id, asOf: previous.asOf } : null,
    unit: scope.unitRef,
    matrix: { cells: matrix.cells },
    summary: {
      stayed: matrix.stayed,
      movedUp: moved('UP'),
      movedDown: moved('DOWN'),
      movedAcross: moved('ACROSS'),
      entered: matrix.entered,
      left: matrix.left,
    },
    movers: movers.slice(0, TRANSITION_LIST_LIMIT),
    moversTotal: movers.length,
    stuck: stuck.slice(0, TRANSITION_LIST_LIMIT),
    stuckTotal: stuck.length,
  };
}

function toPlacementBoxes(row: EffectiveBoxRow): PlacementBoxes {
  // Stored as smallint 1–9 by the engine's own output.
  return { employeeId: row.employeeId, nip: row.nip, box: row.effectiveBox as Box | null };
}

/** An explicitly named comparison review: COMPLETED, of the same instansi, and before `review` in review order. */
async function findEarlierReview(ctx: ServiceContext, review: ReviewRow, previousId: string): Promise<ReviewRow> {
  const previous = await findReview(ctx, review.instansiId, previousId, { completedOnly: true });
  const earlier =
    previous.asOf !== review.asOf
      ? previous.asOf < review.asOf
      : (previous.finishedAt?.getTime() ?? 0) < (review.finishedAt?.getTime() ?? 0);
  if (!earlier) throw validationError(`Tinjauan pembanding "${previousId}" harus lebih awal dari tinjauan yang dibandingkan`);
  return previous;
}

/**
 * Same-box streaks over the consecutive completed reviews of `chain` (oldest first, ending with this review). An
 * employee missing from a review gets an unplaced entry there, so a gap breaks the streak.
 */
async function sameBoxStreaksOf(db: Db, scope: SnapshotRead, chain: readonly ReviewRow[], people: ReadonlyMap<number, Person>) {
  const previousInChain = chain[chain.length - 2];
  if (!previousInChain) return [];
  const rows = await createPlacementsRepository({ db }).sameBoxCandidateHistories({
    reviewId: scope.review.id,
    previousReviewId: previousInChain.id,
    reviewIds: chain.map((r) => r.id),
    unitIds: scope.unitIds,
  });
  const boxes = new Map<number, Map<string, Box | null>>();
  for (const r of rows) {
    const byReview = boxes.get(r.employeeId) ?? new Map<string, Box | null>();
    byReview.set(r.reviewId, r.effectiveBox as Box | null);
    boxes.set(r.employeeId, byReview);
  }
  const histories = [...boxes].map(([employeeId, byReview]) => ({
    employeeId,
    nip: people.get(employeeId)!.nip,
    entries: chain.map((r) => ({ asOf: r.asOf, box: byReview.get(r.id) ?? null })),
  }));
  return sameBoxStreaks({ histories, minReviews: 2 });
}
