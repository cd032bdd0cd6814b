/** `trainings`: pelatihan per (nip, nama, tanggal_selesai) with its JP (jam pelajaran). */
import { JENIS_PELATIHAN } from '../../analytics/domain/enums.js';
import { createEmployeeFactsImportRepository } from '../../db/repositories/imports/employee-facts-import.repository.js';
import { ChunkedWrites } from './chunked-writes.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { parseJenisPelatihan } from './normalise/riwayat.normalise.js';
import { RowCheck } from './row-check.js';
import { optionalEnum, requiredDate, requiredNumber, requiredText } from './row-fields.js';

export const importTrainings: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const writes = new ChunkedWrites(createEmployeeFactsImportRepository({ db }).trainingWriter());
  return {
    accept(r) {
      const check = new RowCheck();
      const employee = check.field(() => requiredEmployee(r, ids));
      const nama = check.field(() => requiredText(r, 'nama', 'name'));
      const jenis = check.field(() => optionalEnum(r, 'jenis', JENIS_PELATIHAN, parseJenisPelatihan));
      const jp = check.field(() => requiredNumber(r, 'jp', { min: 0 }));
      const tanggalSelesai = check.field(() => requiredDate(r, 'tanggal_selesai'));
      const key = employee && nama && tanggalSelesai ? `${employee.nip}|${nama}|${tanggalSelesai}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'tanggal_selesai', r.get('tanggal_selesai')));
      const t = check.done({ employee, nama, jenis, jp, tanggalSelesai });
      keys.record(key!, r.row);
      const batch = writes.rows;
      batch.employeeId.push(t.employee.employeeId);
      batch.nama.push(t.nama);
      batch.jenis.push(t.jenis);
      batch.jp.push(t.jp);
      batch.tanggalSelesai.push(t.tanggalSelesai);
    },
    ...writes.steps(),
  };
};
