/**
 * `inputsHash` of a review: SHA-256 of a canonical serialisation of the inputs, asOf and policy, so "same
 * inputs, same policy, same asOf" can be checked after the fact. Records are written field by field in a fixed
 * order (units/separators, never JSON of whole objects) and streamed into the hash in ~256 KB pieces, so a
 * million employees never become one giant string.
 *
 * The hash is needed only when the snapshot is marked completed, so it is computed in short slices that let the
 * event loop in: started as the placements start being written, it runs while the thread would otherwise wait for
 * the database to take them (about a second of JavaScript at a million employees, hidden that way).
 */
import { createHash } from 'node:crypto';
import { BESIDE_COPY_SLICE_MS, runInSlices } from '../../lib/event-loop-slices.js';
import type { Policy } from '../../analytics/policy/index.js';
import type { ReviewInputs } from '../../analytics/types.js';

const FIELD = '\u001f';
const RECORD = '\u001e';
const FLUSH_AT = 1 << 18;

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

/** The canonical serialisation in pieces of about `FLUSH_AT` characters. */
function* canonicalPieces(inputs: ReviewInputs, asOf: string, policy: Policy): Generator<string> {
  let buffer = `v1${RECORD}${asOf}${RECORD}${canonicalJson(policy)}${RECORD}`;
  function* section<T>(name: string, rows: readonly T[], cells: (row: T) => Cell[]): Generator<string> {
    buffer += `#${name}${FIELD}${rows.length}${RECORD}`;
    for (const row of rows) {
      buffer += cells(row).map((c) => (c === null ? '\u0000' : String(c))).join(FIELD) + RECORD;
      if (buffer.length >= FLUSH_AT) {
        yield buffer;
        buffer = '';
      }
    }
  }
  yield* section('units', inputs.units, (u) => [u.id, u.kode, u.nama, u.parentId]);
  yield* section('positions', inputs.positions, (p) => [p.id, p.kode, p.nama, p.unitId, p.jenisJabatan, p.jenjangJf, p.rumpun, p.kritikal]);
  yield* section('employees', inputs.employees, (e) => [
    e.id, e.nip, e.nama, e.jenisPegawai, e.jenisKelamin, e.tanggalLahir, e.golongan, e.pendidikan, e.positionId,
    e.tmtJabatan, e.tmtCpns,
  ]);
  yield* section('ratings', inputs.ratings, (r) => [r.employeeId, r.tahun, r.periode, r.predikat, r.source, r.nilaiSkp]);
  yield* section('assessments', inputs.assessments, (a) => [a.employeeId, a.tanggal, a.jpm, a.nilaiPotensi, a.lembaga]);
  yield* section('discipline', inputs.discipline, (d) => [d.employeeId, d.tingkat, d.jenis, d.tmtMulai, d.tmtSelesai]);
  yield* section('trainings', inputs.trainings, (t) => [t.employeeId, t.nama, t.jp, t.tanggalSelesai]);
  yield buffer;
}

/** The hash, computed in slices that yield to the event loop (the inputs must not change until it settles). */
export async function hashReviewInputs(inputs: ReviewInputs, asOf: string, policy: Policy): Promise<string> {
  const { value } = await runInSlices(hashInSteps(inputs, asOf, policy), BESIDE_COPY_SLICE_MS);
  return value;
}

/** The hash, one canonical piece a step. */
function* hashInSteps(inputs: ReviewInputs, asOf: string, policy: Policy): Generator<void, string, void> {
  const hash = createHash('sha256');
  for (const piece of canonicalPieces(inputs, asOf, policy)) {
    hash.update(piece);
    yield;
  }
  return hash.digest('hex');
}
