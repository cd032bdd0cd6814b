/**
 * `inputsHash` of a review: SHA-256 of a canonical serialisation of the inputs, asOf and policy, so "same
 * inputs, same policy, same asOf" can be checked after the fact. Records are written field by field in a fixed
 * order (units/separators, never JSON of whole objects) and streamed into the hash in ~1 MB pieces, so a
 * million employees never become one giant string.
 */
import { createHash } from 'node:crypto';
import type { Policy } from '../../analytics/policy/index.js';
import type { ReviewInputs } from '../../analytics/types.js';

const FIELD = '\u001f';
const RECORD = '\u001e';
const FLUSH_AT = 1 << 20;

/** JSON with object keys sorted at every level: one text per policy value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

type Cell = string | number | boolean | null;

export function hashReviewInputs(inputs: ReviewInputs, asOf: string, policy: Policy): string {
  const hash = createHash('sha256');
  let buffer = `v1${RECORD}${asOf}${RECORD}${canonicalJson(policy)}${RECORD}`;
  const section = <T>(name: string, rows: readonly T[], cells: (row: T) => Cell[]) => {
    buffer += `#${name}${FIELD}${rows.length}${RECORD}`;
    for (const row of rows) {
      buffer += cells(row).map((c) => (c === null ? '\u0000' : String(c))).join(FIELD) + RECORD;
      if (buffer.length >= FLUSH_AT) {
        hash.update(buffer);
        buffer = '';
      }
    }
  };
  section('units', inputs.units, (u) => [u.id, u.kode, u.nama, u.parentId]);
  section('positions', inputs.positions, (p) => [p.id, p.kode, p.nama, p.unitId, p.jenisJabatan, p.jenjangJf, p.rumpun, p.kritikal]);
  section('employees', inputs.employees, (e) => [
    e.id, e.nip, e.nama, e.jenisPegawai, e.jenisKelamin, e.tanggalLahir, e.golongan, e.pendidikan, e.positionId,
    e.tmtJabatan, e.tmtCpns,
  ]);
  section('ratings', inputs.ratings, (r) => [r.employeeId, r.tahun, r.periode, r.predikat, r.source, r.nilaiSkp]);
  section('assessments', inputs.assessments, (a) => [a.employeeId, a.tanggal, a.jpm, a.nilaiPotensi, a.lembaga]);
  section('discipline', inputs.discipline, (d) => [d.employeeId, d.tingkat, d.jenis, d.tmtMulai, d.tmtSelesai]);
  section('trainings', inputs.trainings, (t) => [t.employeeId, t.nama, t.jp, t.tanggalSelesai]);
  hash.update(buffer);
  return hash.digest('hex');
}
