/**
 * The talent pool as columns (structure of arrays). A national pool holds 1.5 million people; keeping them as small
 * typed arrays instead of objects is what lets the index evaluate five target jenis over all of them in a fraction
 * of a second and keeps the garbage collector out of the way. Objects (`CandidateFacts`) are built only for the rows
 * that end up in an output.
 */
import { JENIS_JABATAN, JENJANG_JF, type JenisJabatan, type JenjangJf } from '../domain/enums.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord } from '../types.js';
import { pendidikanRank } from '../domain/pendidikan.js';
import {
  activePenaltyOf,
  deriveNumbers,
  golonganRankOf,
  internedRumpun,
  kinerjaPasses,
  kinerjaWindow,
  recentSeriousPenaltyOf,
  type CandidateFacts,
  type FactsContext,
} from './candidate.facts.js';
import type { AnnualPredikat } from './succession.types.js';
import type { SuccessionParams } from './succession.params.js';

/** Stands for an unknown (null) value in the Int16 columns. */
export const UNKNOWN = -32768;

export interface CandidateColumns {
  length: number;
  employeeId: Float64Array;
  nip: string[];
  pns: Uint8Array;
  pendidikanRank: Uint8Array;
  golonganRank: Uint8Array;
  /** Index in JENIS_JABATAN. */
  jenis: Uint8Array;
  /** Index in JENJANG_JF, or -1. */
  jenjang: Int8Array;
  yearsInPosition: Int16Array;
  serviceYears: Int16Array;
  ageYears: Int16Array;
  kinerjaOk: Uint8Array;
  disiplinOk: Uint8Array;
  retirementOk: Uint8Array;
  /** Effective box, 0 when none. */
  box: Uint8Array;
  /** 0 = SIAP_SEKARANG, 1 = SIAP_1_2_TAHUN. */
  readinessClass: Uint8Array;
  nilai: Float64Array;
  nilaiKnown: Uint8Array;
  /** JPM of the assessment the nine-box used; NaN when none (every comparison with it fails). */
  jpm: Float64Array;
  /** Dense slot of the OPD unit (see `opdSlots`), or -1. */
  opd: Int32Array;
  /** Dense slot of the rumpun key (see `rumpunSlots`), or -1. */
  rumpun: Int32Array;
  opdSlots: Map<number, number>;
  rumpunSlots: Map<string, number>;
}

/** One candidate as the columns store it. */
export interface CandidateRow {
  employeeId: number;
  nip: string;
  pns: boolean;
  pendidikanRank: number;
  golonganRank: number;
  jenis: JenisJabatan;
  jenjang: JenjangJf | null;
  yearsInPosition: number;
  serviceYears: number | null;
  ageYears: number | null;
  kinerjaOk: boolean;
  disiplinOk: boolean;
  retirementOk: boolean;
  box: number | null;
  nilai: number | null;
  jpm: number | null;
  opdUnitId: number | null;
  rumpunKey: string | null;
}

/** Empty columns with room for `capacity` rows. */
export function createColumns(capacity: number): CandidateColumns {
  return {
    length: 0,
    employeeId: new Float64Array(capacity),
    nip: new Array<string>(capacity),
    pns: new Uint8Array(capacity),
    pendidikanRank: new Uint8Array(capacity),
    golonganRank: new Uint8Array(capacity),
    jenis: new Uint8Array(capacity),
    jenjang: new Int8Array(capacity),
    yearsInPosition: new Int16Array(capacity),
    serviceYears: new Int16Array(capacity),
    ageYears: new Int16Array(capacity),
    kinerjaOk: new Uint8Array(capacity),
    disiplinOk: new Uint8Array(capacity),
    retirementOk: new Uint8Array(capacity),
    box: new Uint8Array(capacity),
    readinessClass: new Uint8Array(capacity),
    nilai: new Float64Array(capacity),
    nilaiKnown: new Uint8Array(capacity),
    jpm: new Float64Array(capacity),
    opd: new Int32Array(capacity),
    rumpun: new Int32Array(capacity),
    opdSlots: new Map(),
    rumpunSlots: new Map(),
  };
}

const clamp16 = (v: number | null) => (v === null ? UNKNOWN : Math.max(-32767, Math.min(32767, v)));

function slotOf<K>(slots: Map<K, number>, key: K | null): number {
  if (key === null) return -1;
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(key, slot);
  }
  return slot;
}

/** Appends a row (the columns must have room). */
export function appendRow(
  cols: CandidateColumns,
  r: CandidateRow,
  params: Pick<SuccessionParams, 'readyNowBoxes'>,
): void {
  const i = cols.length;
  cols.length += 1;
  cols.employeeId[i] = r.employeeId;
  cols.nip[i] = r.nip;
  cols.pns[i] = r.pns ? 1 : 0;
  cols.pendidikanRank[i] = r.pendidikanRank;
  cols.golonganRank[i] = r.golonganRank;
  cols.jenis[i] = JENIS_JABATAN.indexOf(r.jenis);
  cols.jenjang[i] = r.jenjang === null ? -1 : JENJANG_JF.indexOf(r.jenjang);
  cols.yearsInPosition[i] = clamp16(r.yearsInPosition);
  cols.serviceYears[i] = clamp16(r.serviceYears);
  cols.ageYears[i] = clamp16(r.ageYears);
  cols.kinerjaOk[i] = r.kinerjaOk ? 1 : 0;
  cols.disiplinOk[i] = r.disiplinOk ? 1 : 0;
  cols.retirementOk[i] = r.retirementOk ? 1 : 0;
  cols.box[i] = r.box ?? 0;
  cols.readinessClass[i] = r.box !== null && params.readyNowBoxes.includes(r.box) ? 0 : 1;
  cols.nilai[i] = r.nilai ?? 0;
  cols.nilaiKnown[i] = r.nilai === null ? 0 : 1;
  cols.jpm[i] = r.jpm ?? Number.NaN;
  cols.opd[i] = slotOf(cols.opdSlots, r.opdUnitId);
  cols.rumpun[i] = slotOf(cols.rumpunSlots, r.rumpunKey);
}

/** The row of a candidate's facts. */
export function rowOfFacts(c: CandidateFacts): CandidateRow {
  return {
    employeeId: c.employeeId,
    nip: c.nip,
    pns: c.jenisPegawai === 'PNS',
    pendidikanRank: c.pendidikanRank,
    golonganRank: c.golonganRank,
    jenis: c.jenisJabatan,
    jenjang: c.jenjangJf,
    yearsInPosition: c.yearsInPosition,
    serviceYears: c.serviceYears,
    ageYears: c.ageYears,
    kinerjaOk: c.kinerjaPasses,
    disiplinOk: c.activePenalty === null && c.recentSeriousPenalty === null,
    retirementOk: c.retirementBeyondMargin,
    box: c.box,
    nilai: c.nilaiTalenta,
    jpm: c.jpm,
    opdUnitId: c.opdUnitId,
    rumpunKey: c.rumpunKey,
  };
}

/** Columns of a list of facts, in the same order. */
export function toColumns(
  candidates: readonly CandidateFacts[],
  params: Pick<SuccessionParams, 'readyNowBoxes'>,
): CandidateColumns {
  const cols = createColumns(candidates.length);
  for (const c of candidates) appendRow(cols, rowOfFacts(c), params);
  return cols;
}

/**
 * Reorders the rows of `cols` in place so that row k becomes former row `perm[k]`. One scratch buffer serves every
 * column: on a national pool a second full set of columns would be 60 MB of fresh off-heap memory, which V8 answers
 * with extra full garbage collections of the whole (multi-gigabyte) heap.
 */
export function permuteColumns(cols: CandidateColumns, perm: Int32Array): void {
  const n = perm.length;
  const scratch = new Float64Array(n);
  const typed = [
    cols.employeeId, cols.pns, cols.pendidikanRank, cols.golonganRank, cols.jenis, cols.jenjang, cols.yearsInPosition,
    cols.serviceYears, cols.ageYears, cols.kinerjaOk, cols.disiplinOk, cols.retirementOk, cols.box, cols.readinessClass,
    cols.nilai, cols.nilaiKnown, cols.jpm, cols.opd, cols.rumpun,
  ];
  for (const column of typed) {
    for (let k = 0; k < n; k += 1) scratch[k] = column[perm[k] as number] as number;
    for (let k = 0; k < n; k += 1) column[k] = scratch[k] as number;
  }
  const nips = cols.nip.slice(0, n);
  for (let k = 0; k < n; k += 1) cols.nip[k] = nips[perm[k] as number] as string;
}

/**
 * The index's row for a talent-pool employee: the same derivations as `buildCandidateFacts`, without the
 * object graph, so the index and the explanations agree.
 */
export function candidateRow({
  employee,
  position,
  opdUnitId,
  box,
  nilaiTalenta,
  jpm,
  annualPredikat,
  discipline,
  ctx,
}: {
  employee: EmployeeRecord;
  position: PositionRecord;
  opdUnitId: number | null;
  box: number;
  nilaiTalenta: number | null;
  jpm: number | null;
  annualPredikat: readonly AnnualPredikat[] | undefined;
  discipline: readonly DisciplineRecord[] | undefined;
  ctx: FactsContext;
}): CandidateRow {
  const { params } = ctx;
  const n = deriveNumbers({ employee, position, ctx });
  const records = discipline ?? [];
  return {
    employeeId: employee.id,
    nip: employee.nip,
    pns: employee.jenisPegawai === 'PNS',
    pendidikanRank: pendidikanRank(employee.pendidikan),
    golonganRank: golonganRankOf(employee.golongan),
    jenis: position.jenisJabatan,
    jenjang: position.jenjangJf,
    yearsInPosition: n.yearsInPosition,
    serviceYears: n.serviceYears,
    ageYears: n.ageYears,
    kinerjaOk: kinerjaPasses(kinerjaWindow(annualPredikat, params), params),
    disiplinOk:
      records.length === 0 ||
      (activePenaltyOf(records, ctx.asOf) === null && recentSeriousPenaltyOf(records, ctx) === null),
    retirementOk: n.retirementBeyondMargin,
    box,
    nilai: nilaiTalenta,
    jpm,
    opdUnitId,
    rumpunKey: internedRumpun(position.rumpun, ctx),
  };
}
