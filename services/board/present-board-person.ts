/** Board population entry → what the board shows of a person; the NIP as the caller's people scope shows it. */
import type { PeopleScope } from '../access/people-scope.js';
import type { BoardPerson } from './board-population.js';
import type { BoardPersonView } from './schemas.js';

export function presentBoardPerson(scope: PeopleScope, p: BoardPerson): BoardPersonView {
  return {
    id: p.employeeId,
    nip: scope.nip(p.nip),
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
