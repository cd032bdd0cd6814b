/**
 * The one mapping from stored placement rows to the contract's shapes: the placement item every list shows, the
 * profile's placement (with the effective box's label and advice under the review's policy) and a box-history entry.
 * The NIP as the caller's people scope shows it.
 */
import type { Box } from '../../analytics/domain/enums.js';
import { boxLabel, boxRecommendations } from '../../analytics/nine-box/index.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { BoxHistoryRow, PlacementReadRow } from '../../db/repositories/placements.repository.js';
import type { PeopleScope } from '../access/people-scope.js';
import type { BoxHistoryEntry, EmployeeTalent, PlacementItem } from './schemas.js';

export function presentPlacement(scope: PeopleScope, row: PlacementReadRow): PlacementItem {
  return {
    nip: scope.nip(row.nip),
    nama: row.nama,
    unit: { kode: row.unitKode, nama: row.unitNama },
    jabatan: { kode: row.positionKode, nama: row.jabatan, jenisJabatan: row.jenisJabatan },
    kinerja: { score: row.kinerjaScore, level: row.kinerjaLevel },
    potensial: { score: row.potensialScore, level: row.potensialLevel },
    box: row.box,
    calibratedBox: row.calibratedBox,
    effectiveBox: row.effectiveBox,
    nilaiTalenta: row.nilaiTalenta,
  };
}

/** The profile's placement: the item plus why it is unplaced, its flags, and its box's label and advice. */
export function presentPlacementDetail(scope: PeopleScope, row: PlacementReadRow, policy: Policy): EmployeeTalent['placement'] {
  // Stored as smallint 1–9 by the engine's own output.
  const effective = row.effectiveBox as Box | null;
  return {
    ...presentPlacement(scope, row),
    unratedReasons: row.unratedReasons,
    flags: row.flags,
    label: effective === null ? null : boxLabel(effective, policy),
    rekomendasi: effective === null ? [] : [...boxRecommendations(effective, policy)],
  };
}

export function presentBoxHistory(row: BoxHistoryRow): BoxHistoryEntry {
  return {
    review: { id: row.reviewId, asOf: row.asOf },
    box: row.box,
    calibratedBox: row.calibratedBox,
    effectiveBox: row.effectiveBox,
    nilaiTalenta: row.nilaiTalenta,
  };
}
