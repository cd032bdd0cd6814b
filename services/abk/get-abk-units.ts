/**
 * Unit roll-ups of a review's staffing balance: per unit, the sums over its subtree (shortages and surpluses apart,
 * jabatan kosong, EU and its band), as stored with the review; limited to the unit subtree read. No personal data.
 */
import { abkParamsFromPolicy, balanceTotals } from '../../analytics/abk/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { GetAbkInput, type AbkUnits } from './schemas.js';
import { loadStoredAbk } from './stored-abk.js';

export const getAbkUnits = defineSnapshotRead({
  name: 'abk.units',
  input: GetAbkInput,
  permission: 'aggregates.read',
  async load(read): Promise<AbkUnits> {
    const abk = await loadStoredAbk(read);
    const scope = read.unitIds === null ? null : new Set(read.unitIds);
    return {
      review: read.reviewRef,
      tahun: abk.tahun,
      unit: read.unitRef,
      units: abk.units
        .filter((u) => scope === null || scope.has(u.unitId))
        .map(({ unitId: _unitId, parentId: _parentId, ...u }) => u),
      total: balanceTotals(abk.positions.map((p) => p.balance), abkParamsFromPolicy(read.policy)),
    };
  },
});
