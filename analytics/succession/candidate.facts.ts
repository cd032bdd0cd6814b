/**
 * Everything the gates and the ordering read about one employee at asOf, computed once per review so that a
 * candidate is not re-derived for every position it could fill.
 */
import type { Box, JenisJabatan, JenisPegawai, JenjangJf } from '../domain/enums.js';
import { PREDIKAT } from '../domain/enums.js';
import { addMonths, fromYmd } from '../domain/dates.js';
import { GOLONGAN_PNS, GOLONGAN_PPPK } from '../domain/golongan.js';
import { pendidikanRank, type Pendidikan } from '../domain/pendidikan.js';
import type { DisciplineRecord, EmployeeRecord, PositionRecord } from '../types.js';
import { bupFor, retirementYmd } from './retirement.rules.js';
import type { SuccessionParams } from './succession.params.js';
import type { AnnualPredikat, SuccessionPlacement } from './succession.types.js';
import { effectiveBox } from '../domain/effective-box.js';

export interface CandidateFacts {
  employeeId: number;
  nip: string;
  jenisPegawai: JenisPegawai;
  pendidikan: Pendidikan;
  pendidikanRank: number;
  golongan: string;
  /** 1..17 on the employee's own scale (PNS I/a..IV/e, PPPK I..XVII); 0 when unknown. */
  golonganRank: number;
  positionId: number;
  jenisJabatan: JenisJabatan;
  jenjangJf: JenjangJf | null;
  opdUnitId: number | null;
  /** Trimmed, upper-cased rumpun of the current position; null when empty. */
  rumpunKey: string | null;
  yearsInPosition: number;
  /** Whole years since TMT CPNS; null when unknown. */
  serviceYears: number | null;
  ageYears: number | null;
  bup: number;
  retirementDate: string | null;
  /** Retirement date strictly after asOf + retirementMarginMonths (false when the birth date is unknown). */
  retirementBeyondMargin: boolean;
  box: Box | null;
  nilaiTalenta: number | null;
  /** JPM of the assessment the nine-box used; null when there is none. */
  jpm: number | null;
  /** The window's predikat that KINERJA reads (at most `kinerjaYears`, most recent first). */
  kinerja: readonly AnnualPredikat[];
  kinerjaPasses: boolean;
  /** The latest penalty still running at asOf. */
  activePenalty: DisciplineRecord | null;
  /** The most severe (then latest) SEDANG/BERAT penalty with `asOf − lookback < tmt_mulai ≤ asOf`. */
  recentSeriousPenalty: DisciplineRecord | null;
}

/** Dates derived from asOf once per review rather than once per employee. */
export interface FactsContext {
  asOf: string;
  asOfYmd: number;
  params: SuccessionParams;
  /** asOf − disciplineLookbackMonths: the exclusive lower bound of the discipline window. */
  lookbackStart: string;
  /** asOf + retirementMarginMonths: the retirement date must be later than this. */
  retirementBound: string;
  retirementBoundYmd: number;
  /**
   * Memo tables: a national workforce repeats a few thousand pension dates and a few hundred rumpun spellings, so
   * they are interned instead of allocating millions of equal strings. They never change an answer.
   */
  memo: { dates: Map<number, string>; rumpun: Map<string, string | null> };
}

/** Precomputes the date bounds every candidate is compared with. */
export function factsContext(asOf: string, params: SuccessionParams): FactsContext {
  const retirementBound = addMonths(asOf, params.retirementMarginMonths);
  return {
    asOf,
    asOfYmd: ymdOf(asOf),
    params,
    lookbackStart: addMonths(asOf, -params.disciplineLookbackMonths),
    retirementBound,
    retirementBoundYmd: ymdOf(retirementBound),
    memo: { dates: new Map(), rumpun: new Map() },
  };
}

/** `YYYYMMDD` of an ISO date without allocating substrings (this runs millions of times at national scale). */
export function ymdOf(iso: string): number {
  let n = 0;
  for (let k = 0; k < 10; k += 1) {
    const c = iso.charCodeAt(k);
    if (c !== 45) n = n * 10 + (c - 48);
  }
  return n;
}

const GOLONGAN_RANK = new Map<string, number>([
  ...GOLONGAN_PNS.map((g, i): [string, number] => [g, i + 1]),
  ...GOLONGAN_PPPK.map((g, i): [string, number] => [g, i + 1]),
]);

/** True when the window holds `kinerjaYears` predikat and each is at least `minPredikat` (PREDIKAT is best first). */
export function kinerjaPasses(kinerja: readonly AnnualPredikat[], params: SuccessionParams): boolean {
  if (kinerja.length < params.kinerjaYears) return false;
  const worstAllowed = PREDIKAT.indexOf(params.minPredikat);
  return kinerja.every((k) => PREDIKAT.indexOf(k.predikat) <= worstAllowed);
}

const SEVERITY = { RINGAN: 1, SEDANG: 2, BERAT: 3 } as const;

/** A penalty is running at asOf when `tmt_mulai ≤ asOf` and (`tmt_selesai` empty or `asOf < tmt_selesai`). */
export function activePenaltyOf(records: readonly DisciplineRecord[], asOf: string): DisciplineRecord | null {
  let found: DisciplineRecord | null = null;
  for (const r of records) {
    if (r.tmtMulai > asOf) continue;
    if (r.tmtSelesai !== null && !(asOf < r.tmtSelesai)) continue;
    if (found === null || r.tmtMulai > found.tmtMulai) found = r;
  }
  return found;
}

/** The SEDANG/BERAT penalty that bars a candidate: `lookbackStart < tmt_mulai ≤ asOf`, most severe then latest. */
export function recentSeriousPenaltyOf(
  records: readonly DisciplineRecord[],
  ctx: Pick<FactsContext, 'asOf' | 'lookbackStart'>,
): DisciplineRecord | null {
  let found: DisciplineRecord | null = null;
  for (const r of records) {
    if (r.tingkat === 'RINGAN' || !(r.tmtMulai > ctx.lookbackStart && r.tmtMulai <= ctx.asOf)) continue;
    if (
      found === null ||
      SEVERITY[r.tingkat] > SEVERITY[found.tingkat] ||
      (SEVERITY[r.tingkat] === SEVERITY[found.tingkat] && r.tmtMulai > found.tmtMulai)
    ) {
      found = r;
    }
  }
  return found;
}

/** Normalised rumpun used for the RUMPUN kesesuaian: analysts type it by hand, so case and padding are ignored. */
export function rumpunKey(rumpun: string | null): string | null {
  const key = rumpun?.trim().toUpperCase() ?? '';
  return key === '' ? null : key;
}

function internedDate(ymd: number, ctx: FactsContext): string {
  let iso = ctx.memo.dates.get(ymd);
  if (iso === undefined) {
    iso = fromYmd(ymd);
    ctx.memo.dates.set(ymd, iso);
  }
  return iso;
}

/** The numbers both the facts and the index columns derive from an employee's record at asOf. */
export interface DerivedNumbers {
  bup: number;
  retirementYmd: number | null;
  retirementBeyondMargin: boolean;
  yearsInPosition: number;
  serviceYears: number | null;
  ageYears: number | null;
}

/** Derives BUP, pension date and the whole-year counts of `employee` holding `position`. */
export function deriveNumbers({
  employee,
  position,
  ctx,
}: {
  employee: EmployeeRecord;
  position: PositionRecord;
  ctx: FactsContext;
}): DerivedNumbers {
  const { asOfYmd, params } = ctx;
  const bup = bupFor({ jenis: position.jenisJabatan, jenjang: position.jenjangJf, params });
  const birthYmd = employee.tanggalLahir === null ? null : ymdOf(employee.tanggalLahir);
  const retirement = birthYmd === null ? null : retirementYmd(birthYmd, bup);
  return {
    bup,
    retirementYmd: retirement,
    retirementBeyondMargin: retirement !== null && retirement > ctx.retirementBoundYmd,
    // Whole years as an age counts them: the month-day part of YYYYMMDD orders like the calendar.
    yearsInPosition: Math.floor((asOfYmd - ymdOf(employee.tmtJabatan)) / 10000),
    serviceYears: employee.tmtCpns === null ? null : Math.floor((asOfYmd - ymdOf(employee.tmtCpns)) / 10000),
    ageYears: birthYmd === null ? null : Math.floor((asOfYmd - birthYmd) / 10000),
  };
}

/** The window's entries KINERJA reads; most windows already fit, so they are shared rather than copied. */
export function kinerjaWindow(
  annualPredikat: readonly AnnualPredikat[] | undefined,
  params: SuccessionParams,
): readonly AnnualPredikat[] {
  const window = annualPredikat ?? [];
  return window.length <= params.kinerjaYears ? window : window.slice(0, params.kinerjaYears);
}

/** Golongan rank (1..17) on the employee's own scale, 0 when unknown. */
export function golonganRankOf(golongan: string): number {
  return GOLONGAN_RANK.get(golongan) ?? 0;
}

/** Rumpun key of a position, interned per review. */
export function internedRumpun(rumpun: string | null, ctx: FactsContext): string | null {
  if (rumpun === null) return null;
  let key = ctx.memo.rumpun.get(rumpun);
  if (key === undefined) {
    key = rumpunKey(rumpun);
    ctx.memo.rumpun.set(rumpun, key);
  }
  return key;
}

/**
 * Builds the facts of one employee holding `position`.
 * @param opdUnitId OPD of the position's unit (see `opdByUnit`)
 */
export function buildCandidateFacts({
  employee,
  position,
  opdUnitId,
  placement,
  annualPredikat,
  discipline,
  ctx,
}: {
  employee: EmployeeRecord;
  position: PositionRecord;
  opdUnitId: number | null;
  placement: SuccessionPlacement | undefined;
  annualPredikat: readonly AnnualPredikat[] | undefined;
  discipline: readonly DisciplineRecord[] | undefined;
  ctx: FactsContext;
}): CandidateFacts {
  const { asOf, params } = ctx;
  const n = deriveNumbers({ employee, position, ctx });
  const kinerja = kinerjaWindow(annualPredikat, params);
  const records = discipline ?? [];
  return {
    employeeId: employee.id,
    nip: employee.nip,
    jenisPegawai: employee.jenisPegawai,
    pendidikan: employee.pendidikan,
    pendidikanRank: pendidikanRank(employee.pendidikan),
    golongan: employee.golongan,
    golonganRank: golonganRankOf(employee.golongan),
    positionId: position.id,
    jenisJabatan: position.jenisJabatan,
    jenjangJf: position.jenjangJf,
    opdUnitId,
    rumpunKey: internedRumpun(position.rumpun, ctx),
    yearsInPosition: n.yearsInPosition,
    serviceYears: n.serviceYears,
    ageYears: n.ageYears,
    bup: n.bup,
    retirementDate: n.retirementYmd === null ? null : internedDate(n.retirementYmd, ctx),
    retirementBeyondMargin: n.retirementBeyondMargin,
    box: placement ? effectiveBox(placement) : null,
    nilaiTalenta: placement?.nilaiTalenta ?? null,
    jpm: placement?.jpm ?? null,
    kinerja,
    kinerjaPasses: kinerjaPasses(kinerja, params),
    activePenalty: records.length === 0 ? null : activePenaltyOf(records, asOf),
    recentSeriousPenalty: records.length === 0 ? null : recentSeriousPenaltyOf(records, ctx),
  };
}
