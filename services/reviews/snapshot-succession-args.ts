/**
 * The succession inputs of a stored snapshot, for work done after the review ran (a calibration's recompute, one
 * person's gates for "why isn't X on the list?").
 *
 * Source of truth (the documented choice): the snapshot's own stored placements give who is in the review, their
 * boxes (calibrated ?? computed), nilai talenta, and the attributes copied at review time (jenis pegawai,
 * golongan, pendidikan, position). What placements do not carry (birth date, TMT jabatan/CPNS, ratings,
 * penalties, positions and units) is reloaded from master data — including employees deactivated since — and
 * read at the review's asOf. Master-data edits to those fields after the review therefore show in a recomputed
 * slate; everything the nine-box decided stays exactly as stored.
 */
import type { Box } from '../../analytics/domain/enums.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { EmployeeRecord, ReviewInputs } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import { createPlacementsRepository, type PlacementReadRow } from '../../db/repositories/placements.repository.js';
import type { ReviewRow } from '../../db/repositories/reviews.repository.js';
import type { ReviewSuccessionArgs } from './compute-review-succession.js';
import { loadReviewInputs } from './load-review-inputs.js';

export async function loadSnapshotSuccessionArgs(
  db: Db,
  review: ReviewRow,
  policy: Policy,
): Promise<{ args: ReviewSuccessionArgs; placements: PlacementReadRow[] }> {
  const placements = await createPlacementsRepository({ db }).listAllForReview(review.id);
  const inputs: ReviewInputs = await loadReviewInputs(db, { instansiId: review.instansiId, activeOnly: false });
  const stored = new Map(placements.map((p) => [p.employeeId, p]));
  const employees: EmployeeRecord[] = [];
  for (const e of inputs.employees) {
    const p = stored.get(e.id);
    if (!p) continue;
    employees.push({
      ...e,
      jenisPegawai: p.jenisPegawai as EmployeeRecord['jenisPegawai'],
      golongan: p.golongan,
      pendidikan: p.pendidikan as EmployeeRecord['pendidikan'],
      positionId: p.positionId,
    });
  }
  const args: ReviewSuccessionArgs = {
    inputs: { ...inputs, employees },
    asOf: review.asOf,
    policy,
    placements: placements.map((p) => ({
      employeeId: p.employeeId,
      // Stored as smallint 1–9 by the engine's own output.
      box: p.box as Box | null,
      calibratedBox: p.calibratedBox as Box | null,
      nilaiTalenta: p.nilaiTalenta,
      jpm: p.jpm,
    })),
  };
  return { args, placements };
}
