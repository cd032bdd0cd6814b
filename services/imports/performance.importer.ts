/** `performance`: SKP results per (nip, tahun, periode), predikat always stored with its source. */
import {
  createEmployeeFactsImportRepository,
  type PerformanceBatch,
} from '../../db/repositories/imports/employee-facts-import.repository.js';
import { loadEmployeeIds, requiredEmployee } from './employee-ref.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { validatePerformanceFields } from './performance-row.validate.js';

export const importPerformance: KindImporter = async ({ db, instansiId, now }) => {
  const ids = await loadEmployeeIds(db, instansiId);
  const currentYear = now.getUTCFullYear();
  const keys = new NaturalKeys();
  const batch: PerformanceBatch = {
    employeeId: [], tahun: [], periode: [], ratingHasilKerja: [], ratingPerilakuKerja: [], predikat: [], nilaiSkp: [], source: [],
  };
  return {
    accept(r) {
      const { nip, employeeId } = requiredEmployee(r, ids);
      const p = validatePerformanceFields(r, currentYear);
      keys.claim(`${nip}|${p.tahun}|${p.periode}`, r.row, 'periode', r.get('periode'));
      batch.employeeId.push(employeeId);
      batch.tahun.push(p.tahun);
      batch.periode.push(p.periode);
      batch.ratingHasilKerja.push(p.ratingHasilKerja);
      batch.ratingPerilakuKerja.push(p.ratingPerilakuKerja);
      batch.predikat.push(p.predikat);
      batch.nilaiSkp.push(p.nilaiSkp);
      batch.source.push(p.source);
    },
    flush: () => createEmployeeFactsImportRepository({ db }).upsertPerformance(batch),
  };
};
