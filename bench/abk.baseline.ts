/**
 * The arithmetic floor of the staffing balance, written as plainly as possible over typed arrays (ids are dense
 * 1..N in the synthetic inputs): need per position from results or tasks, existing holders at asOf, selisih split
 * into shortage and surplus, EJ, subtree roll-ups, and the outlook's existing, shortage and formasi per year. No
 * objects per position, no bands or reasons, no priorities or named redistribution.
 */
import type { AbkInputs } from '../analytics/abk/index.js';

export interface BaselineBalance {
  kebutuhan: number;
  existing: number;
  kurang: number;
  lebih: number;
  /** Per outlook year: Σ kurang and Σ formasi. */
  outlookKurang: number[];
  outlookFormasi: number[];
  /** Σ over units of the subtree shortage (every unit with ABK positions in its subtree). */
  unitKurang: number;
}

const ymd = (iso: string) => Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));

export function baselineBalance(inputs: AbkInputs, years: readonly number[]): BaselineBalance {
  const { params } = inputs;
  const p = inputs.positions.length;
  const raw = new Float64Array(p + 1);
  const has = new Uint8Array(p + 1);
  const fromNeed = new Uint8Array(p + 1);
  const tahun = 2026;
  for (const n of inputs.needs) {
    if (n.tahun !== tahun) continue;
    raw[n.positionId] = n.kebutuhan;
    has[n.positionId] = 1;
    fromNeed[n.positionId] = 1;
  }
  const minutes = params.effectiveHoursPerYear * 60;
  for (const t of inputs.tasks) {
    if (t.tahun !== tahun || fromNeed[t.positionId] === 1) continue;
    const norm = t.satuanWaktu === 'JAM' ? t.waktuPenyelesaian * 60 : t.waktuPenyelesaian;
    raw[t.positionId] = (raw[t.positionId] ?? 0) + (t.volume * params.annualisation[t.periodeVolume] * norm) / minutes;
    has[t.positionId] = 1;
  }
  const need = new Int32Array(p + 1);
  for (let i = 1; i <= p; i++) need[i] = Math.floor(Math.round((raw[i] ?? 0) * 10000) / 10000 + 0.5 + 1e-7);

  const asOf = ymd(inputs.asOf);
  const existing = new Int32Array(p + 1);
  const inService = years.map(() => new Int32Array(p + 1));
  for (const e of inputs.employees) {
    const pos = inputs.positions[e.positionId - 1];
    if (pos === undefined || ymd(e.tmtJabatan) > asOf) continue;
    if (e.jenisPegawai === 'PPPK' && !params.countPppk) continue;
    let pension = Number.POSITIVE_INFINITY;
    if (e.tanggalLahir !== null) {
      const bup = pos.jenjangJf === 'AHLI_MADYA' ? 60 : pos.jenjangJf === 'AHLI_UTAMA' ? 65 : 58;
      const y = Number(e.tanggalLahir.slice(0, 4)) + bup;
      const m = Number(e.tanggalLahir.slice(5, 7));
      pension = m === 12 ? (y + 1) * 10000 + 101 : y * 10000 + (m + 1) * 100 + 1;
    }
    if (pension <= asOf) continue;
    existing[e.positionId]!++;
    years.forEach((year, k) => {
      if (pension > (year + 1) * 10000 + 101) inService[k]![e.positionId]!++;
    });
  }

  const parent = new Map(inputs.units.map((u) => [u.id, u.parentId]));
  const unitKurang = new Map<number, number>();
  const out: BaselineBalance = { kebutuhan: 0, existing: 0, kurang: 0, lebih: 0, outlookKurang: years.map(() => 0), outlookFormasi: years.map(() => 0), unitKurang: 0 };
  for (let i = 1; i <= p; i++) {
    if (has[i] !== 1) continue;
    const selisih = existing[i]! - need[i]!;
    const kurang = Math.max(0, -selisih);
    out.kebutuhan += need[i]!;
    out.existing += existing[i]!;
    out.kurang += kurang;
    out.lebih += Math.max(0, selisih);
    for (let u: number | null | undefined = inputs.positions[i - 1]!.unitId; u !== null && u !== undefined; u = parent.get(u)) {
      unitKurang.set(u, (unitKurang.get(u) ?? 0) + kurang);
    }
    let planned = 0;
    years.forEach((_, k) => {
      const short = Math.max(0, need[i]! - inService[k]![i]!);
      out.outlookKurang[k]! += short;
      out.outlookFormasi[k]! += Math.max(0, short - planned);
      planned = Math.max(planned, short);
    });
  }
  for (const v of unitKurang.values()) out.unitKurang += v;
  return out;
}
