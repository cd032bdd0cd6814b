/** Board population entry → what the board shows of a person; the NIP is masked for roles that may not see it. */
import { presentNip } from '../access/authorize.js';
import type { Principal } from '../context.js';
import type { BoardPerson } from './board-population.js';
import type { BoardPersonView } from './schemas.js';

export function presentBoardPerson(principal: Principal, p: BoardPerson): BoardPersonView {
  return {
    id: p.employeeId,
    nip: presentNip(principal, p.nip),
    nama: p.nama,
    unit: { kode: p.unitKode, nama: p.unitNama },
    jabatan: p.jabatan,
    jenisJabatan: p.jenisJabatan,
    golongan: p.golongan,
    jenisPegawai: p.jenisPegawai,
    jenisKelamin: p.jenisKelamin,
    usia: p.usia,
    kinerja: p.kinerjaLevel,
    potensial: p.potensialLevel,
    nilaiTalenta: p.nilaiTalenta,
    box: p.effectiveBox,
    computedBox: p.box,
    calibrated: p.calibratedBox !== null && p.calibratedBox !== p.box,
    previousBox: p.previousBox,
    unratedReasons: p.unratedReasons,
    flags: p.flags,
    retirementDate: p.retirementDate,
  };
}
