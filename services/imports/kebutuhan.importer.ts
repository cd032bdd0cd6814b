/**
 * `kebutuhan`: ABK results per position and year (`kebutuhan` ≥ 0, decimals allowed: it is the raw need, rounded by
 * the policy). An imported result wins over task rows of the same position and year; the report says so.
 */
import { SUMBER_KEBUTUHAN } from '../../analytics/abk/index.js';
import { createAbkImportRepository, type NeedBatch } from '../../db/repositories/imports/abk-import.repository.js';
import { loadAbkPositionRefs } from './abk-position-ref.js';
import { groupText, requiredAbkYear } from './abk-year.js';
import type { ReportNote } from './import-report.schema.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { parseSumberKebutuhan } from './normalise/abk.normalise.js';
import { RowCheck } from './row-check.js';
import { optionalDate, optionalEnum, optionalText, requiredNumber } from './row-fields.js';

/** Far above any real headcount of one position; a larger number is a typing error (a NIP, a budget). */
const MAX_KEBUTUHAN = 100_000;

export const importKebutuhan: KindImporter = async ({ db, instansiId, now }) => {
  const repo = createAbkImportRepository({ db });
  const positions = await loadAbkPositionRefs(db, instansiId);
  const withTasks = new Set((await repo.listTaskGroups(instansiId)).map((g) => `${g.positionId}|${g.tahun}`));
  const keys = new NaturalKeys();
  const notes: ReportNote[] = [];
  const batch: NeedBatch = { positionId: [], tahun: [], kebutuhan: [], sumber: [], nomorPenetapan: [], tanggalPenetapan: [] };
  return {
    accept(r) {
      const check = new RowCheck();
      const position = check.field(() => positions.resolve(r));
      const tahun = check.field(() => requiredAbkYear(r, now));
      const kebutuhan = check.field(() => requiredNumber(r, 'kebutuhan', { min: 0, max: MAX_KEBUTUHAN }));
      const sumber = check.field(() => optionalEnum(r, 'sumber', SUMBER_KEBUTUHAN, parseSumberKebutuhan));
      const nomorPenetapan = check.field(() => optionalText(r, 'nomor_penetapan', 'name'));
      const tanggalPenetapan = check.field(() => optionalDate(r, 'tanggal_penetapan'));
      const key = position && tahun !== undefined ? `${position.id}|${tahun}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'kode_jabatan', r.get('kode_jabatan')));
      const v = check.done({ position, tahun, kebutuhan, sumber, nomorPenetapan, tanggalPenetapan });
      keys.record(key!, r.row);
      if (withTasks.has(key!)) {
        notes.push({
          row: r.row,
          column: 'kebutuhan',
          message: `Baris ${r.row}: kebutuhan ${groupText(v.position.kode, v.tahun)} dipakai; uraian tugas ABK yang tersimpan untuk jabatan dan tahun itu diabaikan dalam perhitungan`,
        });
      }
      batch.positionId.push(v.position.id);
      batch.tahun.push(v.tahun);
      batch.kebutuhan.push(v.kebutuhan);
      batch.sumber.push(v.sumber);
      batch.nomorPenetapan.push(v.nomorPenetapan);
      batch.tanggalPenetapan.push(v.tanggalPenetapan);
    },
    flush: () => repo.upsertNeeds(instansiId, batch),
    notes: () => notes,
  };
};
