/** `positions`: jabatan per unit. The unit must be stored; `jenjang_jf` belongs to FUNGSIONAL positions only. */
import { JENIS_JABATAN, JENJANG_JF } from '../../analytics/domain/enums.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import {
  createPositionsImportRepository,
  type PositionBatch,
} from '../../db/repositories/imports/positions-import.repository.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { optionalEnum, optionalText, requiredEnum, requiredText, RowProblem, type RowReader } from './row-fields.js';

const YES = new Set(['Y', 'YA', 'YES', 'TRUE', '1']);
const NO = new Set(['N', 'T', 'TIDAK', 'NO', 'FALSE', '0']);

/** `Y`/`N` (also `Ya`/`Tidak`, spreadsheet TRUE/FALSE); empty = the default for the jenis jabatan (stored as null). */
export function parseKritikal(r: RowReader): boolean | null {
  const raw = r.get('kritikal');
  if (raw === '') return null;
  const token = raw.toUpperCase();
  if (YES.has(token)) return true;
  if (NO.has(token)) return false;
  throw new RowProblem('kritikal', raw, 'harus Y atau N');
}

export const importPositions: KindImporter = async ({ db, instansiId }) => {
  const repo = createPositionsImportRepository({ db });
  const unitIds = new Map((await createUnitsRepository({ db }).listByInstansi(instansiId)).map((u) => [u.kode, u.id]));
  const keys = new NaturalKeys();
  const batch: PositionBatch = { kode: [], nama: [], unitId: [], jenisJabatan: [], jenjangJf: [], rumpun: [], kritikal: [] };

  return {
    accept(r) {
      const kode = requiredText(r, 'kode_jabatan');
      const nama = requiredText(r, 'nama_jabatan');
      const kodeUnit = requiredText(r, 'kode_unit');
      const unitId = unitIds.get(kodeUnit);
      if (unitId === undefined) throw new RowProblem('kode_unit', kodeUnit, 'tidak dikenal: unit belum diimpor');
      const jenis = requiredEnum(r, 'jenis_jabatan', JENIS_JABATAN);
      const jenjang = optionalEnum(r, 'jenjang_jf', JENJANG_JF);
      if (jenjang !== null && jenis !== 'FUNGSIONAL') {
        throw new RowProblem('jenjang_jf', r.get('jenjang_jf'), `hanya untuk jenis_jabatan FUNGSIONAL, bukan ${jenis}`);
      }
      const rumpun = optionalText(r, 'rumpun');
      const kritikal = parseKritikal(r);
      keys.claim(kode, r.row, 'kode_jabatan', kode);
      batch.kode.push(kode);
      batch.nama.push(nama);
      batch.unitId.push(unitId);
      batch.jenisJabatan.push(jenis);
      batch.jenjangJf.push(jenjang);
      batch.rumpun.push(rumpun);
      batch.kritikal.push(kritikal);
    },
    flush: () => repo.upsertPositions(instansiId, batch),
  };
};
