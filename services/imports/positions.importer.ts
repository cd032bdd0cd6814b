/**
 * `positions`: jabatan per unit. The unit (by kode or by name) must be stored; `jenjang_jf` belongs to FUNGSIONAL
 * positions only. A jenis jabatan written as `Struktural` is read from the `eselon` column.
 */
import { JENIS_JABATAN, JENJANG_JF, type JenisJabatan } from '../../analytics/domain/enums.js';
import { createUnitsRepository } from '../../db/repositories/units.repository.js';
import {
  createPositionsImportRepository,
  type PositionBatch,
} from '../../db/repositories/imports/positions-import.repository.js';
import { NaturalKeys, type KindImporter } from './kind-importer.js';
import { parseJenisJabatan, parseJenjangJf } from './normalise/jabatan.normalise.js';
import { spellingKey } from './normalise/spelling.js';
import { ambiguousProblem, ReferenceIndex } from './reference-index.js';
import { RowCheck } from './row-check.js';
import { optionalEnum, optionalText, requiredText, RowProblem, type RowReader } from './row-fields.js';

const YES = new Set(['Y', 'YA', 'YES', 'TRUE', '1']);
const NO = new Set(['N', 'T', 'TIDAK', 'NO', 'FALSE', '0']);

/** `Y`/`N` (also `Ya`/`Tidak`, spreadsheet TRUE/FALSE); empty = the default for the jenis jabatan (stored as null). */
export function parseKritikal(r: RowReader): boolean | null {
  const raw = r.get('kritikal');
  if (raw === '') return null;
  const token = spellingKey(raw);
  if (YES.has(token)) return true;
  if (NO.has(token)) return false;
  throw new RowProblem('kritikal', raw, 'harus Y atau N');
}

/** The jenis jabatan, from the eselon when the jenis column only says `Struktural` (or is empty). */
function jenisJabatan(r: RowReader): JenisJabatan {
  const raw = r.get('jenis_jabatan');
  const eselon = r.get('eselon');
  const parsed = raw === '' ? null : parseJenisJabatan(raw);
  if (parsed !== null) return parsed;
  if ((raw === '' || /STRUKTURAL/.test(spellingKey(raw))) && eselon !== '') {
    const fromEselon = parseJenisJabatan(eselon.startsWith('E') || eselon.startsWith('e') ? eselon : `Eselon ${eselon}`);
    if (fromEselon !== null) return fromEselon;
    throw new RowProblem('eselon', eselon, 'bukan eselon yang dikenal (I.a … IV.b)');
  }
  if (raw === '') throw new RowProblem('jenis_jabatan', raw, 'wajib diisi');
  const hint = /STRUKTURAL/.test(spellingKey(raw)) ? ' (untuk jabatan struktural isi kolom eselon atau tulis ADMINISTRATOR, PENGAWAS, JPT_PRATAMA, …)' : '';
  throw new RowProblem('jenis_jabatan', raw, `tidak dikenal; gunakan salah satu dari ${JENIS_JABATAN.join(', ')}${hint}`);
}

export const importPositions: KindImporter = async ({ db, instansiId }) => {
  const repo = createPositionsImportRepository({ db });
  const units = new ReferenceIndex((await createUnitsRepository({ db }).listByInstansi(instansiId)).map((u) => ({ ...u })));
  const keys = new NaturalKeys();
  const batch: PositionBatch = {
    kode: [], nama: [], unitId: [], jenisJabatan: [], jenjangJf: [], rumpun: [], kritikal: [], kodeReferensi: [],
  };
  // A file without the kode_referensi column keeps the stored codes; with it, its cells (empty = none) win.
  let kodeReferensiGiven = false;

  function unitOf(raw: string): number {
    const resolved = units.resolve(raw);
    if (resolved === null) throw new RowProblem('kode_unit', raw, 'tidak dikenal: unit belum diimpor');
    if ('ambiguous' in resolved) throw ambiguousProblem('kode_unit', raw, resolved.ambiguous, 'tulis kode unit');
    return resolved.found.id;
  }

  return {
    accept(r) {
      const check = new RowCheck();
      const kode = check.field(() => requiredText(r, 'kode_jabatan', 'code'));
      const nama = check.field(() => requiredText(r, 'nama_jabatan', 'name'));
      const unitId = check.field(() => unitOf(requiredText(r, 'kode_unit', 'name')));
      const jenis = check.field(() => jenisJabatan(r));
      const jenjang = check.field(() => optionalEnum(r, 'jenjang_jf', JENJANG_JF, parseJenjangJf));
      if (jenjang && jenis !== undefined && jenis !== 'FUNGSIONAL') {
        check.fail(new RowProblem('jenjang_jf', r.get('jenjang_jf'), `hanya untuk jenis_jabatan FUNGSIONAL, bukan ${jenis}`));
      }
      const rumpun = check.field(() => optionalText(r, 'rumpun', 'name'));
      const kritikal = check.field(() => parseKritikal(r));
      const kodeReferensi = check.field(() => optionalText(r, 'kode_referensi', 'code'));
      if (kode !== undefined) check.field(() => keys.assertNew(kode, 'kode_jabatan', kode));
      const p = check.done({ kode, nama, unitId, jenis, jenjang, rumpun, kritikal, kodeReferensi });
      keys.record(p.kode, r.row);
      batch.kode.push(p.kode);
      batch.nama.push(p.nama);
      batch.unitId.push(p.unitId);
      batch.jenisJabatan.push(p.jenis);
      batch.jenjangJf.push(p.jenjang);
      batch.rumpun.push(p.rumpun);
      batch.kritikal.push(p.kritikal);
      batch.kodeReferensi.push(p.kodeReferensi);
      kodeReferensiGiven ||= r.header('kode_referensi') !== null;
    },
    flush: () => repo.upsertPositions(instansiId, batch, { kodeReferensiGiven }),
  };
};
