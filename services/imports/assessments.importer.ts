/** `assessments`: assessment-centre results per (nip, tanggal); jpm and nilai_potensi on a 0–100 scale. */
import {
  createEmployeeFactsImportRepository,
  type AssessmentBatch,
} from '../../db/repositories/imports/employee-facts-import.repository.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { optionalText, requiredDate, requiredNumber } from './row-fields.js';

export const importAssessments: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const batch: AssessmentBatch = { employeeId: [], tanggal: [], jpm: [], nilaiPotensi: [], lembaga: [] };
  return {
    accept(r) {
      const { nip, employeeId } = requiredEmployee(r, ids);
      const tanggal = requiredDate(r, 'tanggal');
      const jpm = requiredNumber(r, 'jpm', { min: 0, max: 100 });
      const nilaiPotensi = requiredNumber(r, 'nilai_potensi', { min: 0, max: 100 });
      const lembaga = optionalText(r, 'lembaga');
      keys.claim(`${nip}|${tanggal}`, r.row, 'tanggal', r.get('tanggal'));
      batch.employeeId.push(employeeId);
      batch.tanggal.push(tanggal);
      batch.jpm.push(jpm);
      batch.nilaiPotensi.push(nilaiPotensi);
      batch.lembaga.push(lembaga);
    },
    flush: () => createEmployeeFactsImportRepository({ db }).upsertAssessments(batch),
  };
};
