/**
 * The five-year outlook of a review (SIASN's rincian kebutuhan): per position and year the need, the staff still in
 * service on 31 December, retirements, shortage and the year's formasi; per-year sums over the unit subtree read.
 */
import { outlookTotals } from '../../analytics/abk/index.js';
import { defineSnapshotRead } from '../snapshots/define-snapshot-read.js';
import { GetAbkInput, type AbkOutlook } from './schemas.js';
import { loadStoredAbk } from './stored-abk.js';

export const getAbkOutlook = defineSnapshotRead({
  name: 'abk.outlook',
  input: GetAbkInput,
  permission: 'aggregates.read',
  async load(read): Promise<AbkOutlook> {
    const abk = await loadStoredAbk(read);
    return {
      review: read.reviewRef,
      tahun: abk.tahun,
      unit: read.unitRef,
      years: abk.years,
      totals: outlookTotals(abk.years, abk.positions.map((p) => ({ years: p.outlook }))),
      positions: abk.positions.map((p) => ({ kode: p.balance.kode, nama: p.balance.nama, unit: p.unit, years: p.outlook })),
    };
  },
});
