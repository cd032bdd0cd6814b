/**
 * Talent profile of one employee: the placement of the newest COMPLETED review that includes them, with its
 * explanation and counterfactual, their box in every completed review, and the slates they are on in that
 * review. Personal data: `personal.read`, limited to a PIMPINAN's subtree, audited.
 */
import type { Box } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations } from '../../analytics/nine-box/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createSuccessionPlansRepository } from '../../db/repositories/succession-plans.repository.js';
import { notFoundError } from '../../lib/errors.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { StoredSlateSchema } from '../snapshots/stored-plan.js';
import { presentPlacement } from './present-placement.js';
import { GetEmployeeTalentInput, type EmployeeTalent } from './schemas.js';

export const getEmployeeTalent = defineSnapshotRead({
  name: 'employee-talent',
  input: GetEmployeeTalentInput,
  permission: 'personal.read',
  // The review is the newest completed one that placed this employee, not simply the newest.
  async open(base, input) {
    const history = await createPlacementsRepository({ db: base.db }).historyByNip(base.instansi.id, input.nip);
    const latest = history[history.length - 1];
    if (!latest) throw notFoundError('pegawai', input.nip);
    return { ...(await base.atReview({ reviewId: latest.reviewId })), history };
  },
  async load(read, input): Promise<EmployeeTalent> {
    const row = await createPlacementsRepository({ db: read.db }).findByNip(read.review.id, input.nip);
    if (!row) throw notFoundError('pegawai', input.nip);
    read.authorizeUnit(row.unitId);
    const plans = await createSuccessionPlansRepository({ db: read.db }).listPlansWithEmployee(read.review.id, row.employeeId);
    const slates = plans.flatMap((plan) => {
      const entry = StoredSlateSchema.parse(plan.slate).find((e) => e.employeeId === row.employeeId);
      return entry
        ? [{
            position: { kode: plan.positionKode, nama: plan.nama, jenisJabatan: plan.jenisJabatan },
            rank: entry.rank,
            readiness: entry.readiness,
            jenis: entry.jenis,
            kesesuaian: entry.kesesuaian,
          }]
        : [];
    });
    const effective = row.effectiveBox as Box | null;
    const explanation = (row.explanation ?? {}) as Record<string, unknown>;
    return {
      review: read.reviewRef,
      placement: {
        ...presentPlacement(read.ctx.principal, row),
        unratedReasons: row.unratedReasons,
        flags: row.flags,
        label: effective === null ? null : boxLabel(effective, read.policy),
        rekomendasi: effective === null ? [] : [...boxRecommendations(effective, read.policy)],
      },
      explanation,
      counterfactual: (explanation.counterfactual ?? {}) as Record<string, unknown>,
      history: read.history.map((h) => ({
        review: { id: h.reviewId, asOf: h.asOf },
        box: h.box,
        calibratedBox: h.calibratedBox,
        effectiveBox: h.effectiveBox,
        nilaiTalenta: h.nilaiTalenta,
      })),
      slates,
    };
  },
  audit: (read, input) => ({ target: input.nip, details: { reviewId: read.review.id } }),
});
