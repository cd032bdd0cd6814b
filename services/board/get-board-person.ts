/**
 * The board's side panel for one person in one review: identity, placement with the explanation (predikat per year
 * with source, assessment date and validity window) and what it would take to move up, the box in every completed
 * review, this review's calibration log, and the slates they are on with readiness. `personal.read`, inside the
 * caller's unit scope, audited.
 */
import { boxLabel, boxRecommendations } from '../../analytics/nine-box/index.js';
import { createBoardRepository } from '../../db/repositories/board.repository.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { wholeExplanation } from '../snapshots/stored-explanation.js';
import { employeeSlates } from '../talent/employee-slates.js';
import { presentBoxHistory } from '../talent/present-placement.js';
import { loadBoardPopulation } from './board-population.js';
import { boardReviewOf } from './get-board.js';
import { presentBoardPerson } from './present-board-person.js';
import { GetBoardPersonInput, type BoardPersonDetail } from './schemas.js';

export const getBoardPerson = defineSnapshotRead({
  name: 'board-person',
  input: GetBoardPersonInput,
  permission: 'personal.read',
  async load(read, input): Promise<BoardPersonDetail> {
    const population = await loadBoardPopulation(read);
    // The population is already limited to the caller's subtree: someone outside it is simply not there.
    const person = population.people.find((p) => p.employeeId === input.employeeId);
    if (!person || !read.people.includes(person.unitId)) throw notFoundError('pegawai', String(input.employeeId));
    const board = createBoardRepository({ db: read.db });
    const placements = createPlacementsRepository({ db: read.db });
    const stored = await placements.findByNip(read.review.id, person.nip);
    const explanation = (stored ? wholeExplanation(stored) : {}) as Record<string, unknown>;
    const history = await placements.historyByNip(read.instansi.id, person.nip);
    const effective = person.effectiveBox;
    return {
      review: boardReviewOf(read, population.previous),
      person: presentBoardPerson(read.people, person),
      label: effective === null ? null : boxLabel(effective, read.policy),
      rekomendasi: effective === null ? [] : [...boxRecommendations(effective, read.policy)],
      explanation,
      counterfactual: (explanation.counterfactual ?? {}) as Record<string, unknown>,
      history: history.map(presentBoxHistory),
      calibrations: (await board.calibrationLog(read.review.id, person.employeeId)),
      slates: await employeeSlates(read.db, read.review.id, person.employeeId),
    };
  },
  // The person's handle, not the NIP: a PIMPINAN's result carries a masked one.
  audit: (read, input) => ({ target: `pegawai:${input.employeeId}`, details: { reviewId: read.review.id } }),
});
