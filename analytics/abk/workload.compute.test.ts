import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.compute.js';
import { roundNeed } from './abk.numbers.js';
import {
  buildAbkInputs,
  DEFAULT_PARAMS,
  holders,
  need,
  paramsWith,
  position,
  task,
  unit,
} from './abk.test-utils.js';
import type { AbkTaskRecord } from './abk.types.js';
import { abkYear, positionNeeds, taskWorkload } from './workload.compute.js';

/** The Perbup annex example: position "Ajudan", six tasks, time norms in hours, WKE 1,250 h. */
const AJUDAN_TASKS: AbkTaskRecord[] = [
  [60, 10],
  [60, 20],
  [10, 12],
  [30, 15],
  [60, 5],
  [30, 5],
].map(([jam, volume], i) => task(1, i + 1, { waktuPenyelesaian: jam, satuanWaktu: 'JAM', volume }));

function ajudan(rounding: 'ROUND' | 'CEIL' | 'FLOOR') {
  return computeAbk(
    buildAbkInputs({
      units: [unit(1, 'SETDA', null)],
      positions: [position({ id: 1, kode: 'AJUDAN', nama: 'Ajudan', unitId: 1 })],
      people: holders(1, 3, 100),
      tasks: AJUDAN_TASKS,
      params: paramsWith({ abk: { rounding } }),
    }),
  ).positions[0];
}

describe('the worked example of a Perbup annex (Ajudan, WKE 1,250 h)', () => {
  it('needs 2.256 people: each task is time × volume / 1,250 hours', () => {
    const needs = positionNeeds({ needs: [], tasks: AJUDAN_TASKS, tahun: 2026, policy: DEFAULT_PARAMS });
    const ajudanNeed = needs.get(1);
    expect(ajudanNeed?.tasks.map((t) => t.kebutuhanHitung)).toEqual([0.48, 0.96, 0.096, 0.36, 0.24, 0.12]);
    expect(ajudanNeed?.bebanKerjaMenit).toBe(2820 * 60);
    expect(ajudanNeed?.kebutuhanHitung).toBe(2.256);
  });

  it('rounds to 2 under ROUND: 3 holders are a surplus of 1, EJ 0.752 is band C', () => {
    expect(ajudan('ROUND')).toMatchObject({
      kebutuhanHitung: 2.256,
      kebutuhan: 2,
      existing: 3,
      selisih: 1,
      lebih: 1,
      kurang: 0,
      ej: 0.752,
      ejBand: { band: 'C', label: 'Cukup' },
    });
  });

  it('rounds to 3 under CEIL: no surplus, EJ unchanged', () => {
    expect(ajudan('CEIL')).toMatchObject({ kebutuhan: 3, selisih: 0, lebih: 0, kurang: 0, ej: 0.752 });
  });

  it('rounds to 2 under FLOOR', () => {
    expect(ajudan('FLOOR')).toMatchObject({ kebutuhan: 2, lebih: 1 });
  });
});

describe('annualisation and time units', () => {
  it('counts a volume of 1 per month as 12 per year under the default factors', () => {
    const w = taskWorkload(task(1, 1, { volume: 1, periodeVolume: 'BULAN', waktuPenyelesaian: 30 }), DEFAULT_PARAMS);
    expect(w.volumePerTahun).toBe(12);
    expect(w.bebanMenit).toBe(360);
  });

  it('uses ×50 per week, ×250 per day and the policy factors when changed', () => {
    const week = task(1, 1, { volume: 2, periodeVolume: 'MINGGU', waktuPenyelesaian: 1, satuanWaktu: 'JAM' });
    const day = task(1, 2, { volume: 3, periodeVolume: 'HARI', waktuPenyelesaian: 10 });
    expect(taskWorkload(week, DEFAULT_PARAMS)).toMatchObject({ volumePerTahun: 100, normaMenit: 60, bebanMenit: 6000 });
    expect(taskWorkload(day, DEFAULT_PARAMS)).toMatchObject({ volumePerTahun: 750, bebanMenit: 7500 });
    const custom = paramsWith({ abk: { annualisation: { MINGGU: 48, HARI: 240 } } });
    expect(taskWorkload(week, custom).volumePerTahun).toBe(96);
    expect(taskWorkload(day, custom).volumePerTahun).toBe(720);
  });

  it('divides by the policy effective time: 1,300 h and 1,200 h give other needs', () => {
    const tasks = [task(1, 1, { volume: 1, waktuPenyelesaian: 3900, satuanWaktu: 'JAM' })];
    const at = (hours: number) =>
      positionNeeds({ needs: [], tasks, tahun: 2026, policy: paramsWith({ abk: { effectiveHoursPerYear: hours } }) }).get(1)
        ?.kebutuhanHitung;
    expect(at(1250)).toBe(3.12);
    expect(at(1300)).toBe(3);
    expect(at(1200)).toBe(3.25);
  });
});

describe('rounding of the need', () => {
  it('rounds half up under ROUND and ignores binary noise under CEIL and FLOOR', () => {
    expect(roundNeed(2.5, 'ROUND')).toBe(3);
    expect(roundNeed(2.4999, 'ROUND')).toBe(2);
    expect(roundNeed(3 * 1.1, 'CEIL')).toBe(4);
    expect(roundNeed(0.1 + 0.2, 'CEIL')).toBe(1);
    expect(roundNeed(2.0000000000001, 'CEIL')).toBe(2);
    expect(roundNeed(2.9999999999999, 'FLOOR')).toBe(3);
    expect(roundNeed(0, 'CEIL')).toBe(0);
  });

  it('sums decimal workloads without a spurious extra person under CEIL', () => {
    // 0.1 + 0.2 of a year each: 0.3 people, exactly; 10 such pairs are exactly 3.
    const tasks = Array.from({ length: 20 }, (_, i) =>
      task(1, i + 1, { volume: 1, waktuPenyelesaian: i % 2 === 0 ? 7500 : 15000 }),
    );
    const n = positionNeeds({ needs: [], tasks, tahun: 2026, policy: paramsWith({ abk: { rounding: 'CEIL' } }) }).get(1);
    expect(n?.kebutuhanHitung).toBe(3);
    expect(n?.kebutuhan).toBe(3);
  });
});

describe('imported results and task rows', () => {
  it('lets an imported kebutuhan win over task rows of the same position and year, and says so', () => {
    const needs = positionNeeds({
      needs: [need(1, 4.4), need(2, 1, 2025)],
      tasks: [task(1, 1, { volume: 1250, waktuPenyelesaian: 1, satuanWaktu: 'JAM' }), task(2, 1, { volume: 1250, waktuPenyelesaian: 1, satuanWaktu: 'JAM' }), task(3, 1, { volume: 1250, waktuPenyelesaian: 1, satuanWaktu: 'JAM', tahun: 2025 })],
      tahun: 2026,
      policy: DEFAULT_PARAMS,
    });
    expect(needs.get(1)).toMatchObject({ sumberHitung: 'KEBUTUHAN', tugasDiabaikan: true, kebutuhanHitung: 4.4, kebutuhan: 4, tasks: [] });
    expect(needs.get(2)).toMatchObject({ sumberHitung: 'TUGAS', tugasDiabaikan: false, kebutuhanHitung: 1, kebutuhan: 1 });
    expect(needs.has(3)).toBe(false);
  });

  it('takes the latest ABK year not after asOf, else the earliest later one, unless a year is asked for', () => {
    const rows = (...years: number[]) => years.map((tahun) => ({ tahun }));
    expect(abkYear({ needs: rows(2024, 2025), tasks: rows(2027), asOf: '2026-06-30' })).toBe(2025);
    expect(abkYear({ needs: rows(2026), tasks: [], asOf: '2026-01-01' })).toBe(2026);
    expect(abkYear({ needs: rows(2028), tasks: rows(2027), asOf: '2026-06-30' })).toBe(2027);
    expect(abkYear({ needs: [], tasks: [], asOf: '2026-06-30' })).toBeNull();
    expect(abkYear({ needs: rows(2025), tasks: [], asOf: '2026-06-30', requested: 2024 })).toBe(2024);
  });

  it('reports nothing but the year for an instansi without ABK data', () => {
    const result = computeAbk(buildAbkInputs({ units: [unit(1, 'R', null)], positions: [position({ id: 1, kode: 'P', unitId: 1 })] }));
    expect(result).toMatchObject({ tahun: null, positions: [], units: [], priorities: [], redistribution: [] });
    expect(result.total).toMatchObject({ positions: 0, kurang: 0, lebih: 0, eu: null });
  });
});
