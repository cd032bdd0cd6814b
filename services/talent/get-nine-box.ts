/**
 * The nine-box grid of a review for a unit subtree: per box its label, count (effective box = calibrated ??
 * computed) and recommendations, plus BELUM_TERPETAKAN. Aggregates only, so VIEWER may read it.
 */
import type { Box } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations } from '../../analytics/nine-box/index.js';
import { createPlacementsRepository } from '../../db/repositories/placements.repository.js';
import { cachedRead, readKey } from '../cache/read-cache.js';
import type { ServiceContext } from '../context.js';
import { openReadScope } from './read-scope.js';
import { GetNineBoxInput, type NineBox } from './schemas.js';

const BOX_NUMBERS: readonly Box[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export async function getNineBox(ctx: ServiceContext, rawInput: GetNineBoxInput): Promise<NineBox> {
  const input = GetNineBoxInput.parse(rawInput);
  return cachedRead(ctx, { instansiKode: input.instansiKode, key: readKey('nine-box', input), load: () => loadNineBox(ctx, input) });
}

async function loadNineBox(ctx: ServiceContext, input: ReturnType<typeof GetNineBoxInput.parse>): Promise<NineBox> {
  const scope = await openReadScope(ctx, { ...input, permission: 'aggregates.read' });
  const rows = await createPlacementsRepository({ db: ctx.deps.dbHandle.db }).gridCounts(scope.review.id, scope.unitIds);
  const counts = new Map(rows.map((r) => [r.box, r.count]));
  const boxes = BOX_NUMBERS.map((box) => ({
    box,
    label: boxLabel(box, scope.policy),
    count: counts.get(box) ?? 0,
    rekomendasi: [...boxRecommendations(box, scope.policy)],
  }));
  return {
    review: { id: scope.review.id, asOf: scope.review.asOf },
    unit: scope.unit ? { kode: scope.unit.kode, nama: scope.unit.nama } : null,
    boxes,
    belumTerpetakan: counts.get(null) ?? 0,
    total: rows.reduce((sum, r) => sum + r.count, 0),
  };
}
