/**
 * The unit summaries a read of a unit subtree combines into bench metrics and the retirement outlook
 * (analytics/succession/unit.summaries.ts): the rows the review stored for the units the subtree holds now, so a
 * reorganised tree reads right. A review stored before the summaries existed has no rows; its summaries are made
 * from its stored plans on the read — the same figures, at the cost of reading every plan's slate. (A review without
 * a single critical position has no rows either and takes that path too, over plans that contribute nothing.)
 */
import { z } from 'zod';
import { successionParamsFromPolicy, unitSuccessionSummaries, type UnitSuccessionSummary } from '../../analytics/succession/index.js';
import { createSuccessionPlansRepository, type SuccessionUnitSummaryRow } from '../../db/repositories/succession-plans.repository.js';
import type { SnapshotRead } from './open-snapshot-read.js';
import { storedPositions } from './stored-plan.js';

const SlateLoadsSchema = z.array(z.tuple([z.int(), z.int()]));
const RetiringSchema = z.array(z.object({ kode: z.string(), nama: z.string(), retirementDate: z.iso.date(), readyNowCount: z.int() }));

function toUnitSummary(row: SuccessionUnitSummaryRow): UnitSuccessionSummary {
  return {
    unitId: row.unitId,
    criticalPositions: row.criticalPositions,
    positionsWithReadyNow: row.positionsWithReadyNow,
    eligibleSum: row.eligibleSum,
    slateLoads: SlateLoadsSchema.parse(row.slateLoads),
    retiring: RetiringSchema.parse(row.retiring),
  };
}

export async function subtreeUnitSummaries(read: SnapshotRead): Promise<UnitSuccessionSummary[]> {
  const repo = createSuccessionPlansRepository({ db: read.db });
  const rows = await repo.listUnitSummaries(read.review.id, read.unitIds);
  if (rows.length > 0 || (await repo.hasUnitSummaries(read.review.id))) return rows.map(toUnitSummary);
  const params = successionParamsFromPolicy(read.policy);
  return unitSuccessionSummaries({ positions: await storedPositions(read), asOf: read.review.asOf, params });
}
