/** `assessments`: assessment-centre results per (nip, tanggal); jpm and nilai_potensi on a 0–100 scale. */
import { createEmployeeFactsImportRepository } from '../../db/repositories/imports/employee-facts-import.repository.js';
import { ChunkedWrites } from './chunked-writes.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { RowCheck } from './row-check.js';
import { optionalText, requiredDate, requiredNumber } from './row-fields.js';

export const importAssessments: KindImporter = async ({ db, instansiId }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const keys = new NaturalKeys();
  const writes = new ChunkedWrites(createEmployeeFactsImportRepository({ db }).assessmentWriter());
  return {
    accept(r) {
      const check = new RowCheck();
      const employee = check.field(() => requiredEmployee(r, ids));
      const tanggal = check.field(() => requiredDate(r, 'tanggal'));
      const jpm = check.field(() => requiredNumber(r, 'jpm', { min: 0, max: 100 }));
      const nilaiPotensi = check.field(() => requiredNumber(r, 'nilai_potensi', { min: 0, max: 100 }));
      const lembaga = check.field(() => optionalText(r, 'lembaga', 'name'));
      const key = employee && tanggal ? `${employee.nip}|${tanggal}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'tanggal', r.get('tanggal')));
      const a = check.done({ employee, tanggal, jpm, nilaiPotensi, lembaga });
      keys.record(key!, r.row);
      const batch = writes.rows;
      batch.employeeId.push(a.employee.employeeId);
      batch.tanggal.push(a.tanggal);
      batch.jpm.push(a.jpm);
      batch.nilaiPotensi.push(a.nilaiPotensi);
      batch.lembaga.push(a.lembaga);
    },
    ...writes.steps(),
  };
};
