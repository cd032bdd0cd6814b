/**
 * From ABK inputs to the need of each position (PermenPANRB 1/2020): per task `beban = volume × factor(period) ×
 * time norm` in minutes, per position `need (raw) = Σ beban / effective minutes per year`, and the headcount under the
 * policy's rounding. An imported result (`kebutuhan`) for the same position and year wins over its task rows.
 */
import { yearOf } from '../domain/dates.js';
import type { AbkPolicy } from './abk.policy.js';
import { round4, roundNeed } from './abk.numbers.js';
import type { AbkNeedRecord, AbkTaskRecord, PositionNeed, TaskWorkload } from './abk.types.js';

const MINUTES_PER_HOUR = 60;

/** Effective working minutes per year (1,250 h → 75,000 min). */
export function effectiveMinutes(policy: Pick<AbkPolicy, 'effectiveHoursPerYear'>): number {
  return policy.effectiveHoursPerYear * MINUTES_PER_HOUR;
}

/** The workload of one task in minutes per year, with the intermediate figures the form shows. */
export function taskWorkload(task: AbkTaskRecord, policy: Pick<AbkPolicy, 'annualisation' | 'effectiveHoursPerYear'>): TaskWorkload {
  const volumePerTahun = round4(task.volume * policy.annualisation[task.periodeVolume]);
  const normaMenit = round4(task.satuanWaktu === 'JAM' ? task.waktuPenyelesaian * MINUTES_PER_HOUR : task.waktuPenyelesaian);
  const bebanMenit = round4(volumePerTahun * normaMenit);
  return {
    urutan: task.urutan,
    uraianTugas: task.uraianTugas,
    satuanHasil: task.satuanHasil,
    volume: task.volume,
    periodeVolume: task.periodeVolume,
    volumePerTahun,
    waktuPenyelesaian: task.waktuPenyelesaian,
    satuanWaktu: task.satuanWaktu,
    normaMenit,
    bebanMenit,
    kebutuhanHitung: round4(bebanMenit / effectiveMinutes(policy)),
  };
}

/**
 * The ABK year of a review: `requested` when given; else the latest year with data not after year(asOf) (an ABK
 * is drawn up for the year it describes and stays in force until the next one); else, when every ABK is for a later
 * year, the earliest of them; null without any ABK data.
 */
export function abkYear({
  needs,
  tasks,
  asOf,
  requested,
}: {
  needs: readonly Pick<AbkNeedRecord, 'tahun'>[];
  tasks: readonly Pick<AbkTaskRecord, 'tahun'>[];
  asOf: string;
  requested?: number | null;
}): number | null {
  if (requested !== undefined && requested !== null) return requested;
  const current = yearOf(asOf);
  let latestPast: number | null = null;
  let earliestFuture: number | null = null;
  for (const { tahun } of [...needs, ...tasks]) {
    if (tahun <= current) latestPast = latestPast === null ? tahun : Math.max(latestPast, tahun);
    else earliestFuture = earliestFuture === null ? tahun : Math.min(earliestFuture, tahun);
  }
  return latestPast ?? earliestFuture;
}

/**
 * The need of every position that has ABK data for `tahun`, by position id.
 * @param policy - effective time, annualisation factors and rounding
 */
export function positionNeeds({
  needs,
  tasks,
  tahun,
  policy,
}: {
  needs: readonly AbkNeedRecord[];
  tasks: readonly AbkTaskRecord[];
  tahun: number;
  policy: Pick<AbkPolicy, 'annualisation' | 'effectiveHoursPerYear' | 'rounding'>;
}): Map<number, PositionNeed> {
  const tasksByPosition = new Map<number, AbkTaskRecord[]>();
  for (const task of tasks) {
    if (task.tahun !== tahun) continue;
    const list = tasksByPosition.get(task.positionId);
    if (list) list.push(task);
    else tasksByPosition.set(task.positionId, [task]);
  }
  const out = new Map<number, PositionNeed>();
  for (const need of needs) {
    if (need.tahun !== tahun) continue;
    const kebutuhanHitung = round4(need.kebutuhan);
    out.set(need.positionId, {
      positionId: need.positionId,
      tahun,
      sumberHitung: 'KEBUTUHAN',
      sumber: need.sumber,
      nomorPenetapan: need.nomorPenetapan,
      tanggalPenetapan: need.tanggalPenetapan,
      tugasDiabaikan: tasksByPosition.has(need.positionId),
      tasks: [],
      bebanKerjaMenit: null,
      kebutuhanHitung,
      kebutuhan: roundNeed(kebutuhanHitung, policy.rounding),
    });
  }
  const minutes = effectiveMinutes(policy);
  for (const [positionId, rows] of tasksByPosition) {
    if (out.has(positionId)) continue;
    const workloads = [...rows].sort((a, b) => a.urutan - b.urutan).map((t) => taskWorkload(t, policy));
    let total = 0;
    for (const w of workloads) total += w.bebanMenit;
    const bebanKerjaMenit = round4(total);
    const kebutuhanHitung = round4(bebanKerjaMenit / minutes);
    out.set(positionId, {
      positionId,
      tahun,
      sumberHitung: 'TUGAS',
      sumber: null,
      nomorPenetapan: null,
      tanggalPenetapan: null,
      tugasDiabaikan: false,
      tasks: workloads,
      bebanKerjaMenit,
      kebutuhanHitung,
      kebutuhan: roundNeed(kebutuhanHitung, policy.rounding),
    });
  }
  return out;
}
