import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/enums.js';
import { DEFAULT_POLICY, parsePolicy } from '../policy/index.js';
import { agendaOf, ageBand, boardFlags, boxShares, calibrationFairness, gridSteps, type FairnessPerson } from './index.js';

const base = {
  asOf: '2026-01-15',
  retirementDate: null,
  activePenalty: false,
  unratedReasons: [] as string[],
  box: 5 as Box | null,
  previousBox: null as Box | null,
  policy: DEFAULT_POLICY,
  previousPolicy: DEFAULT_POLICY,
};

describe('board person facts', () => {
  it('bands ages at asOf, counting completed years', () => {
    expect(ageBand('1996-01-16', '2026-01-15')).toBe('<30');
    expect(ageBand('1996-01-15', '2026-01-15')).toBe('30-39');
    expect(ageBand('1976-01-15', '2026-01-15')).toBe('50+');
    expect(ageBand(null, '2026-01-15')).toBeNull();
  });

  it('measures moves in grid steps, not box numbers', () => {
    expect(gridSteps({ from: 4, to: 6, fromPolicy: DEFAULT_POLICY, toPolicy: DEFAULT_POLICY })).toBe(4);
    expect(gridSteps({ from: 5, to: 7, fromPolicy: DEFAULT_POLICY, toPolicy: DEFAULT_POLICY })).toBe(1);
    expect(gridSteps({ from: 1, to: 5, fromPolicy: DEFAULT_POLICY, toPolicy: DEFAULT_POLICY })).toBe(2);
  });

  it('flags retirement within 12 months, penalties, expired assessments, big moves and same-box streaks', () => {
    expect(boardFlags({ ...base, retirementDate: '2027-01-01' })).toEqual(['PENSIUN_12_BULAN']);
    expect(boardFlags({ ...base, retirementDate: '2027-02-01' })).toEqual([]);
    expect(boardFlags({ ...base, activePenalty: true })).toEqual(['HUKDIS_AKTIF']);
    expect(boardFlags({ ...base, box: null, unratedReasons: ['ASESMEN_KEDALUWARSA'] })).toEqual(['ASESMEN_KEDALUWARSA']);
    expect(boardFlags({ ...base, box: 9, previousBox: 5 })).toEqual(['PINDAH_2_KOTAK']);
    expect(boardFlags({ ...base, box: 8, previousBox: 5 })).toEqual([]);
    expect(boardFlags({ ...base, box: 5, previousBox: 5 })).toEqual(['MENETAP_2_TINJAUAN']);
  });
});

describe('distribution against the guide', () => {
  it('gives shares of the placed and compares them with the policy guide', () => {
    const parsed = parsePolicy({ calibration: { distributionGuide: { '9': { min: 0, max: 10 }, '5': { min: 40, max: 60 } } } });
    if (!parsed.ok) throw new Error('policy');
    const shares = boxShares({ counts: new Map<Box, number>([[9, 3], [5, 5], [1, 2]]), policy: parsed.policy });
    expect(shares.find((s) => s.box === 9)).toMatchObject({ count: 3, pct: 30, status: 'DI_ATAS_PANDUAN' });
    expect(shares.find((s) => s.box === 5)).toMatchObject({ pct: 50, status: 'SESUAI_PANDUAN' });
    expect(shares.find((s) => s.box === 1)).toMatchObject({ pct: 20, guide: null, status: null });
    expect(boxShares({ counts: new Map(), policy: DEFAULT_POLICY }).every((s) => s.pct === 0)).toBe(true);
  });

  it('refuses a guide whose minimum exceeds its maximum', () => {
    expect(parsePolicy({ calibration: { distributionGuide: { '9': { min: 20, max: 10 } } } }).ok).toBe(false);
  });
});

describe('calibration fairness', () => {
  const person = (gender: 'L' | 'P', box: Box, calibratedBox: Box | null): FairnessPerson => ({
    box,
    calibratedBox,
    groups: { unit: { key: 'A', label: 'A' }, jenisKelamin: { key: gender, label: gender }, usia: null, jenisPegawai: { key: 'PNS', label: 'PNS' }, jenisJabatan: null },
  });

  it('counts moves up, down and across per group and suppresses groups below the minimum', () => {
    const people = [
      person('L', 5, 8), person('L', 5, 2), person('L', 5, 7), person('L', 5, null), person('L', 5, null),
      person('P', 5, 9), person('P', 5, null),
    ];
    const tables = calibrationFairness({ people, minGroupSize: 5, policy: DEFAULT_POLICY });
    const gender = tables.find((t) => t.dimension === 'jenisKelamin')!;
    expect(gender.groups).toEqual([
      { key: 'L', label: 'L', suppressed: false, population: 5, up: 2, down: 1, across: 0, movedPct: 60 },
      { key: 'P', label: 'P', suppressed: true, population: null, up: null, down: null, across: null, movedPct: null },
    ]);
    const usia = tables.find((t) => t.dimension === 'usia')!;
    expect(usia.groups).toEqual([expect.objectContaining({ key: 'TIDAK_DIKETAHUI', population: 7 })]);
  });
});

describe('agenda', () => {
  it('picks new top-box people, big movers, the unplaced, stuck and retiring pool members by the policy table', () => {
    const agenda = agendaOf({
      policy: DEFAULT_POLICY,
      people: [
        { id: 1, box: 9, previousBox: 8, flags: [] },
        { id: 2, box: 9, previousBox: 9, flags: ['MENETAP_2_TINJAUAN'] },
        { id: 3, box: 9, previousBox: 1, flags: ['PINDAH_2_KOTAK'] },
        { id: 4, box: null, previousBox: 5, flags: [] },
        { id: 5, box: 7, previousBox: null, flags: ['PENSIUN_12_BULAN'] },
        { id: 6, box: 2, previousBox: 2, flags: ['MENETAP_2_TINJAUAN', 'PENSIUN_12_BULAN'] },
      ],
    });
    expect(agenda).toEqual({
      BARU_DI_KOTAK_9: [1, 3],
      PINDAH_BESAR: [3],
      BELUM_TERPETAKAN: [4],
      MENETAP_DI_KRS: [2],
      KRS_MENJELANG_PENSIUN: [5],
    });
  });
});
