/**
 * Writes the ABK part of a review snapshot inside the caller's transaction: the result as the engine produced it,
 * the unit names as they were (so the snapshot reads the same after master data changes), and the ABK rows it came
 * from with their hash. `replace` first removes a previous ABK part (a calibration recomputes it).
 */
import type { UnitRecord } from '../../analytics/types.js';
import type { Db } from '../../db/client.js';
import { createAbkSnapshotsRepository, type AbkPositionWriteRow } from '../../db/repositories/abk-snapshots.repository.js';
import type { ReviewAbk } from './compute-review-abk.js';
import type { StoredJabatanRedistribution } from './stored-abk.js';

export async function writeAbk(
  tx: Db,
  args: { reviewId: string; abk: ReviewAbk; units: readonly UnitRecord[]; replace?: boolean },
): Promise<void> {
  const { result } = args.abk;
  const repo = createAbkSnapshotsRepository({ db: tx });
  if (args.replace) await repo.deleteByReview(args.reviewId);
  const unitOf = new Map(args.units.map((u) => [u.id, u]));
  const outlookOf = new Map(result.outlook.positions.map((o) => [o.positionId, o]));
  const priorityOf = new Map(result.priorities.map((p) => [p.positionId, p]));
  const positions: AbkPositionWriteRow[] = result.positions.map((b) => {
    const unit = unitOf.get(b.unitId);
    const priority = priorityOf.get(b.positionId);
    return {
      positionId: b.positionId,
      positionKode: b.kode,
      unitId: b.unitId,
      unitKode: unit?.kode ?? '',
      unitNama: unit?.nama ?? '',
      kurang: b.kurang,
      lebih: b.lebih,
      priorityRank: priority?.rank ?? null,
      balanceJson: JSON.stringify(b),
      outlookJson: JSON.stringify(outlookOf.get(b.positionId)?.years ?? []),
      priorityJson: priority === undefined ? null : JSON.stringify(priority),
    };
  });
  const unitRef = (unitId: number) => ({ kode: unitOf.get(unitId)?.kode ?? '', nama: unitOf.get(unitId)?.nama ?? '' });
  const withUnit = <T extends { unitId: number }>(ref: T) => ({ ...ref, unit: unitRef(ref.unitId) });
  const redistribution: StoredJabatanRedistribution[] = result.redistribution.map((j) => ({
    ...j,
    moves: j.moves.map((m) => ({ ...m, from: withUnit(m.from), to: withUnit(m.to) })),
    sisaKurang: j.sisaKurang.map(withUnit),
    sisaLebih: j.sisaLebih.map(withUnit),
  }));
  const units = result.units.map((u) => ({ ...u, kodeInduk: u.parentId === null ? null : (unitOf.get(u.parentId)?.kode ?? null) }));
  await repo.insert(
    args.reviewId,
    {
      tahun: result.tahun,
      inputsHash: args.abk.inputsHash,
      inputsJson: JSON.stringify(args.abk.inputs),
      years: result.outlook.years,
      totalJson: JSON.stringify(result.total),
      unitsJson: JSON.stringify(units),
      outlookTotalsJson: JSON.stringify(result.outlook.totals),
      redistributionJson: JSON.stringify(redistribution),
    },
    positions,
  );
}
