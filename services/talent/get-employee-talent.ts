/**
 * Talent profile of one employee: the placement of the newest COMPLETED review dated today or earlier that includes
 * them, with its explanation and counterfactual, their box in every completed review, and the slates they are on in
 * that review. Personal data: `personal.read`, audited; a person outside the caller's people scope
 * (access/people-scope.ts) is answered exactly like an unknown NIP, so a leader cannot probe other units' NIPs.
 */
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createRetirementFactsRepository } from '../../db/repositories/retirement-facts.repository.js';
import { personNotFound } from '../access/people-scope.js';
import { todayOf } from '../reviews/review-dates.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { wholeExplanation } from '../snapshots/stored-explanation.js';
import { employeeSlates } from './employee-slates.js';
import { presentBoxHistory, presentPlacementDetail } from './present-placement.js';
import { retirementOf } from './retirement.js';
import { GetEmployeeTalentInput, type EmployeeTalent } from './schemas.js';

export const getEmployeeTalent = defineSnapshotRead({
  name: 'employee-talent',
  input: GetEmployeeTalentInput,
  permission: 'personal.read',
  // The review is the newest completed one dated today or earlier that placed this employee, not simply the newest.
  async open(base, input) {
    const history = await createPlacementsRepository({ db: base.db }).historyByNip(base.instansi.id, input.nip);
    const today = todayOf(base.ctx);
    const latest = history.filter((h) => h.asOf <= today).pop();
    if (!latest) throw personNotFound(input.nip);
    return { ...(await base.atReview({ reviewId: latest.reviewId })), history };
  },
  async load(read, input): Promise<EmployeeTalent> {
    const row = await createPlacementsRepository({ db: read.db }).findByNip(read.review.id, input.nip);
    if (!row || !read.people.includes(row.unitId)) throw personNotFound(input.nip);
    const slates = await employeeSlates(read.db, read.review.id, row.employeeId);
    const facts = await createRetirementFactsRepository({ db: read.db }).forPlacement(read.review.id, row.employeeId);
    const explanation = wholeExplanation(row);
    return {
      review: read.reviewRef,
      placement: presentPlacementDetail(read.people, row, read.policy),
      explanation: { ...explanation },
      counterfactual: { ...explanation.counterfactual },
      retirement: facts === null ? null : retirementOf(read.policy, { jenisJabatan: row.jenisJabatan, ...facts }),
      history: read.history.map(presentBoxHistory),
      slates,
    };
  },
  audit: (read, input) => ({ target: input.nip, details: { reviewId: read.review.id } }),
});
