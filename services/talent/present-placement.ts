/** Placement row → contract placement item; the NIP is masked for roles that may not see it whole. */
import type { PlacementReadRow } from '../../db/repositories/placements.repository.js';
import { presentNip } from '../access/authorize.js';
import type { Principal } from '../context.js';
import type { PlacementItem } from './schemas.js';

export function presentPlacement(principal: Principal, row: PlacementReadRow): PlacementItem {
  return {
    nip: presentNip(principal, row.nip),
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
