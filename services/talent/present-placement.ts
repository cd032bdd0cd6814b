/** Placement row → contract placement item, the NIP as the caller's people scope shows it. */
import type { PlacementReadRow } from '../../db/repositories/placements.repository.js';
import type { PeopleScope } from '../access/people-scope.js';
import type { PlacementItem } from './schemas.js';

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
