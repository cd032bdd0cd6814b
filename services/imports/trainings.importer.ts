/** `trainings`: pelatihan per (nip, nama, tanggal_selesai) with its JP (jam pelajaran). */
import { JENIS_PELATIHAN } from '../../analytics/domain/enums.js';
import {
  createEmployeeFactsImportRepository,
  type TrainingBatch,
} from '../../db/repositories/imports/employee-facts-import.repository.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { optionalEnum, requiredDate, requiredNumber, requiredText } from './row-fields.js';

export const importTrainings: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const batch: TrainingBatch = { employeeId: [], nama: [], jenis: [], jp: [], tanggalSelesai: [] };
  return {
    accept(r) {
      const { nip, employeeId } = requiredEmployee(r, ids);
      const nama = requiredText(r, 'nama');
      const jenis = optionalEnum(r, 'jenis', JENIS_PELATIHAN);
      const jp = requiredNumber(r, 'jp', { min: 0 });
      const tanggalSelesai = requiredDate(r, 'tanggal_selesai');
      keys.claim(`${nip}|${nama}|${tanggalSelesai}`, r.row, 'tanggal_selesai', r.get('tanggal_selesai'));
      batch.employeeId.push(employeeId);
      batch.nama.push(nama);
      batch.jenis.push(jenis);
      batch.jp.push(jp);
      batch.tanggalSelesai.push(tanggalSelesai);
    },
    flush: () => createEmployeeFactsImportRepository({ db }).upsertTrainings(batch),
  };
};
