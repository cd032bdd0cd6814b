/** `performance`: SKP results per (nip, tahun, periode), predikat always stored with its source. */
import { createEmployeeFactsImportRepository } from '../../db/repositories/imports/employee-facts-import.repository.js';
import { ChunkedWrites } from './chunked-writes.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { validatePerformanceFields } from './performance-row.validate.js';
import { RowCheck } from './row-check.js';

export const importPerformance: KindImporter = async ({ db, instansiId, now }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const currentYear = now.getUTCFullYear();
  const keys = new NaturalKeys();
  const writes = new ChunkedWrites(createEmployeeFactsImportRepository({ db }).performanceWriter());
  return {
    accept(r) {
      const check = new RowCheck();
      const employee = check.field(() => requiredEmployee(r, ids));
      const fields = validatePerformanceFields(r, check, currentYear);
      const key = employee && fields ? `${employee.nip}|${fields.tahun}|${fields.periode}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'periode', r.get('periode')));
      const { e, p } = check.done({ e: employee, p: fields });
      keys.record(key!, r.row);
      const batch = writes.rows;
      batch.employeeId.push(e.employeeId);
      batch.tahun.push(p.tahun);
      batch.periode.push(p.periode);
      batch.ratingHasilKerja.push(p.ratingHasilKerja);
      batch.ratingPerilakuKerja.push(p.ratingPerilakuKerja);
      batch.predikat.push(p.predikat);
      batch.nilaiSkp.push(p.nilaiSkp);
      batch.source.push(p.source);
    },
    ...writes.steps(),
  };
};
