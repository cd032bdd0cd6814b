/**
 * Calibration by the talent committee (contract §2.3): moves a placed employee to another box with a mandatory
 * reason. The computed box is kept and the calibrated box set; the move is audited in `calibrations` (who, when,
 * from, to, reason) and `audit_log`; then the review's succession is recomputed with the calibrated boxes so
 * slates, the talent pool and every view use it. All of it in one transaction, under a lock on the review row
 * (serialises calibrations with each other and with finalization).
 */
import { UNRATED_REASON_LABELS } from '../../analytics/domain/labels.js';
import type { Box } from '../../analytics/domain/enums.js';
import { createCalibrationsRepository } from '../../db/repositories/calibrations.repository.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { createReviewsRepository } from '../../db/repositories/reviews.repository.js';
import { AppError, notFoundError } from '../../lib/errors.js';
import { presentNip } from '../access/authorize.js';
import { recordAudit } from '../audit/record-audit.js';
import { markDataChanged } from '../cache/data-version.js';
import { describeActor, type ServiceContext } from '../context.js';
import { resolveInstansi } from '../instansi/resolve-instansi.js';
import { loadReviewPolicy } from '../policy/load-policy.js';
import { findReview } from '../reviews/find-review.js';
import { countReview } from '../reviews/review-counts.js';
import { recomputeSnapshotSuccession } from './recompute-succession.js';
import { parseInput } from '../parse-input.js';
import { CalibrateInput, type CalibrationResult } from './schemas.js';

const conflict = (code: string, message: string) => new AppError({ kind: 'CONFLICT', code, message });

/** Why an employee has no box, in words (`belum ada hasil asesmen`), for the refusal a person reads. */
function unratedText(reasons: readonly string[]): string {
  const words = reasons.map((r) => (UNRATED_REASON_LABELS as Readonly<Record<string, string>>)[r] ?? r);
  return words.length > 0 ? words.join(', ') : 'alasan tidak tercatat';
}

export async function calibrate(ctx: ServiceContext, rawInput: CalibrateInput): Promise<CalibrationResult> {
  const input = parseInput(CalibrateInput, rawInput);
  const instansi = await resolveInstansi(ctx, input.instansiKode, 'calibration.write');
  const { alasan } = input;
  const toBox = input.box as Box;
  const db = ctx.deps.dbHandle.db;
  const ref = await findReview(ctx, instansi.id, input.reviewId, { completedOnly: true });

  return db.transaction(async (tx) => {
    const review = await createReviewsRepository({ db: tx }).lockById(ref.id);
    if (!review || review.status !== 'COMPLETED') throw conflict('review.not_completed', 'Tinjauan belum selesai');
    if (review.finalizedAt !== null) {
      throw conflict('review.finalized', 'Tinjauan sudah ditetapkan; kotak talenta tidak dapat dikalibrasi lagi');
    }
    const placements = createPlacementsRepository({ db: tx });
    const placement = await placements.findByNip(review.id, input.nip);
    if (!placement) throw notFoundError('pegawai', input.nip);
    // Only a placed employee has a computed (and so an effective) box to move from.
    const { box: computedBox, effectiveBox: fromBox } = placement;
    if (computedBox === null || fromBox === null) {
      throw conflict(
        'calibration.unplaced',
        `Pegawai belum terpetakan (${unratedText(placement.unratedReasons)}); hanya pegawai yang terpetakan dapat dikalibrasi`,
      );
    }
    const actor = describeActor(ctx.actor);
    const createdAt = ctx.now();
    await placements.setCalibratedBox(review.id, placement.employeeId, toBox);
    await markDataChanged(tx, instansi.id, ctx.deps.readCache);
    await createCalibrationsRepository({ db: tx }).insert({
      reviewId: review.id, employeeId: placement.employeeId, fromBox, toBox, alasan, actor, createdAt,
    });
    await recordAudit(
      ctx,
      { instansiId: instansi.id, action: 'calibration.write', target: input.nip, details: { reviewId: review.id, fromBox, toBox } },
      tx,
    );
    const policy = await loadReviewPolicy(tx, review);
    const { result, placements: all } = await recomputeSnapshotSuccession(tx, review, policy);
    const counts = countReview({ placements: all, succession: result, policy });
    await createReviewsRepository({ db: tx }).updateCounts(review.id, counts);
    ctx.log.info({ reviewId: review.id, fromBox, toBox }, 'placement calibrated');
    return {
      review: { id: review.id, asOf: review.asOf },
      calibration: {
        nip: presentNip(ctx.principal, placement.nip),
        computedBox,
        fromBox,
        toBox,
        alasan,
        actor,
        createdAt: createdAt.toISOString(),
      },
      counts,
    };
  });
}
