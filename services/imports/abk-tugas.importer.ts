/**
 * `abk_tugas`: task-level ABK (PermenPANRB 1/2020 form) per position, year and `urutan`. Volume and time norm must be
 * above 0. `urutan`, when empty, is the row's place among the file's rows of the same position and year. A file
 * replaces the task list of every (position, year) it carries — a task left out of a revised ABK must stop counting —
 * except where one of that group's rows was rejected: then stored tasks are kept and only added to. The report says
 * which tasks were removed, and where an imported `kebutuhan` overrides the tasks.
 */
import { PERIODE_VOLUME, SATUAN_WAKTU } from '../../analytics/abk/index.js';
import { createAbkImportRepository, type AbkGroup, type TaskBatch } from '../../db/repositories/imports/abk-import.repository.js';
import { loadAbkPositionRefs } from './abk-position-ref.js';
import { groupText, requiredAbkYear } from './abk-year.js';
import type { ReportNote } from './import-report.schema.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { parsePeriodeVolume, parseSatuanWaktu } from './normalise/abk.normalise.js';
import { RowCheck } from './row-check.js';
import { optionalNumber, requiredEnum, requiredNumber, requiredText, RowProblem, type RowReader } from './row-fields.js';

/** Above 0: a task of no volume or no time is no workload, and ≤ 0 is a typing error. */
function positiveNumber(r: RowReader, column: string): number {
  const value = requiredNumber(r, column, { min: 0 });
  if (value === 0) throw new RowProblem(column, r.get(column), 'harus lebih dari 0');
  return value;
}

export const importAbkTugas: KindImporter = async ({ db, instansiId, now }) => {
  const repo = createAbkImportRepository({ db });
  const positions = await loadAbkPositionRefs(db, instansiId);
  const withNeed = new Set((await repo.listNeedGroups(instansiId)).map((g) => `${g.positionId}|${g.tahun}`));
  const keys = new NaturalKeys();
  const notes: ReportNote[] = [];
  const batch: TaskBatch = {
    positionId: [], tahun: [], urutan: [], uraianTugas: [], satuanHasil: [], volume: [], periodeVolume: [],
    waktuPenyelesaian: [], satuanWaktu: [],
  };
  /** Rows seen per (position, year), rejected ones included: the default `urutan`. */
  const seen = new Map<string, number>();
  const groups = new Map<string, AbkGroup & { kode: string; firstRow: number }>();
  const tainted = new Set<string>();

  return {
    accept(r) {
      const check = new RowCheck();
      const position = check.field(() => positions.resolve(r));
      const tahun = check.field(() => requiredAbkYear(r, now));
      const group = position && tahun !== undefined ? `${position.id}|${tahun}` : undefined;
      const ordinal = group === undefined ? 0 : (seen.get(group) ?? 0) + 1;
      if (group !== undefined) seen.set(group, ordinal);
      const urutan = check.field(() => optionalNumber(r, 'urutan', { min: 1, max: 10_000, integer: true }) ?? ordinal);
      const uraianTugas = check.field(() => requiredText(r, 'uraian_tugas', 'text'));
      const satuanHasil = check.field(() => requiredText(r, 'satuan_hasil', 'name'));
      const volume = check.field(() => positiveNumber(r, 'volume'));
      const periodeVolume = check.field(() => requiredEnum(r, 'periode_volume', PERIODE_VOLUME, parsePeriodeVolume));
      const waktuPenyelesaian = check.field(() => positiveNumber(r, 'waktu_penyelesaian'));
      const satuanWaktu = check.field(() => requiredEnum(r, 'satuan_waktu', SATUAN_WAKTU, parseSatuanWaktu));
      const key = group !== undefined && urutan !== undefined ? `${group}|${urutan}` : undefined;
      if (key !== undefined) check.field(() => keys.assertNew(key, 'urutan', r.get('urutan') || String(urutan)));
      if (check.failed && group !== undefined) tainted.add(group);
      const t = check.done({ position, tahun, urutan, uraianTugas, satuanHasil, volume, periodeVolume, waktuPenyelesaian, satuanWaktu });
      keys.record(key!, r.row);
      if (!groups.has(group!)) {
        groups.set(group!, { positionId: t.position.id, tahun: t.tahun, kode: t.position.kode, firstRow: r.row });
        if (withNeed.has(group!)) {
          notes.push({
            row: r.row,
            column: 'kode_jabatan',
            message: `Baris ${r.row}: tugas ${groupText(t.position.kode, t.tahun)} disimpan, tetapi kebutuhan hasil impor untuk jabatan dan tahun itu yang dipakai dalam perhitungan`,
          });
        }
      }
      batch.positionId.push(t.position.id);
      batch.tahun.push(t.tahun);
      batch.urutan.push(t.urutan);
      batch.uraianTugas.push(t.uraianTugas);
      batch.satuanHasil.push(t.satuanHasil);
      batch.volume.push(t.volume);
      batch.periodeVolume.push(t.periodeVolume);
      batch.waktuPenyelesaian.push(t.waktuPenyelesaian);
      batch.satuanWaktu.push(t.satuanWaktu);
    },
    async flush() {
      const counts = await repo.upsertTasks(instansiId, batch);
      const replaced = [...groups.entries()].filter(([key]) => !tainted.has(key)).map(([, g]) => g);
      for (const removed of await repo.pruneTasks(instansiId, replaced, batch)) {
        const g = groups.get(`${removed.positionId}|${removed.tahun}`);
        notes.push({
          row: g?.firstRow ?? null,
          column: null,
          message: `${removed.removed} tugas tersimpan ${groupText(g?.kode ?? String(removed.positionId), removed.tahun)} dihapus karena tidak ada lagi di berkas ini`,
        });
      }
      return counts;
    },
    notes: () => notes,
  };
};
