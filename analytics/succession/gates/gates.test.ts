import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../policy/policy.parse.js';
import { DEFAULT_SUCCESSION_PARAMS as params, successionParamsFromPolicy } from '../succession.params.js';
import { AS_OF, candidateFacts } from '../succession.test-utils.js';
import { disiplinGate } from './disiplin.gate.js';
import type { GateDefinition, GateInput } from './gate.definition.js';
import { golonganGate } from './golongan.gate.js';
import { evaluateGates, gateFailMask, GATES } from './index.js';
import { assessJalur, jalurGate } from './jalur.gate.js';
import { kinerjaGate } from './kinerja.gate.js';
import { kompetensiGate } from './kompetensi.gate.js';
import { kotakGate } from './kotak.gate.js';
import { pendidikanGate } from './pendidikan.gate.js';
import { statusGate } from './status.gate.js';
import { usiaGate } from './usia.gate.js';

const asOf = AS_OF;

/** A gate's check with the inputs it does not read filled in, so each case names only what matters. */
const check =
  <N extends string>(gate: GateDefinition<N>) =>
  (input: Partial<GateInput> & Pick<GateInput, 'candidate'>) =>
    gate.evaluate({ target: 'ADMINISTRATOR', asOf, params, ...input });
const gateStatus = check(statusGate);
const gatePendidikan = check(pendidikanGate);
const gateGolongan = check(golonganGate);
const gateJalur = check(jalurGate);
const gateKinerja = check(kinerjaGate);
const gateDisiplin = check(disiplinGate);
const gateUsia = check(usiaGate);
const gateKotak = check(kotakGate);

describe('STATUS gate', () => {
  it('lets a PNS through', () => {
    expect(gateStatus({ candidate: candidateFacts() })).toEqual({ gate: 'STATUS', passed: true, reason: 'jenis pegawai PNS' });
  });

  it('stops a PPPK from structural posts', () => {
    const candidate = candidateFacts({ jenisPegawai: 'PPPK', golongan: 'XIV' });
    expect(gateStatus({ candidate })).toEqual({
      gate: 'STATUS',
      passed: false,
      reason: 'PPPK tidak dapat menduduki jabatan struktural',
    });
  });
});

describe('PENDIDIKAN gate', () => {
  it('accepts D-III for a pengawas post but not D-II', () => {
    expect(gatePendidikan({ candidate: candidateFacts({ pendidikan: 'D-III' }), target: 'PENGAWAS', params })).toEqual({
      gate: 'PENDIDIKAN',
      passed: true,
      reason: 'pendidikan D-III ≥ D-III',
    });
    expect(gatePendidikan({ candidate: candidateFacts({ pendidikan: 'D-II' }), target: 'PENGAWAS', params }).reason).toBe(
      'pendidikan D-II < D-III',
    );
  });

  it('requires S1/D-IV from administrator upwards, D-IV counting as S1', () => {
    const d3 = gatePendidikan({ candidate: candidateFacts({ pendidikan: 'D-III' }), target: 'ADMINISTRATOR', params });
    expect(d3).toEqual({ gate: 'PENDIDIKAN', passed: false, reason: 'pendidikan D-III < S1/D-IV' });
    const d4 = gatePendidikan({ candidate: candidateFacts({ pendidikan: 'D-IV' }), target: 'JPT_PRATAMA', params });
    expect(d4).toEqual({ gate: 'PENDIDIKAN', passed: true, reason: 'pendidikan D-IV ≥ S1/D-IV' });
  });
});

describe('GOLONGAN gate', () => {
  it.each([
    ['III/b', 'PENGAWAS', true, 'golongan III/b ≥ III/b'],
    ['III/a', 'PENGAWAS', false, 'golongan III/a < III/b'],
    ['III/d', 'ADMINISTRATOR', true, 'golongan III/d ≥ III/d'],
    ['III/c', 'ADMINISTRATOR', false, 'golongan III/c < III/d'],
    ['IV/b', 'JPT_PRATAMA', true, 'golongan IV/b ≥ IV/b'],
    ['III/c', 'JPT_PRATAMA', false, 'golongan III/c < IV/b'],
    ['IV/c', 'JPT_PRATAMA', true, 'golongan IV/c ≥ IV/b'],
    ['IV/c', 'JPT_MADYA', false, 'golongan IV/c < IV/d'],
    ['IV/d', 'JPT_UTAMA', true, 'golongan IV/d ≥ IV/d'],
  ] as const)('golongan %s for a %s post passes: %s', (golongan, target, passed, reason) => {
    expect(gateGolongan({ candidate: candidateFacts({ golongan }), target, params })).toEqual({ gate: 'GOLONGAN', passed, reason });
  });

  it('reads a PPPK grade at its PNS pay-grade equivalent', () => {
    const candidate = candidateFacts({ jenisPegawai: 'PPPK', golongan: 'XIV' });
    expect(gateGolongan({ candidate, target: 'JPT_PRATAMA', params }).reason).toBe('golongan PPPK XIV (setara IV/b) ≥ IV/b');
  });
});

describe('JALUR gate', () => {
  it('promotes a pelaksana to pengawas with exactly 4 years of service, not one day short', () => {
    const exactly = candidateFacts({ jenisJabatan: 'PELAKSANA', tmtCpns: '2022-11-22' });
    expect(gateJalur({ candidate: exactly, target: 'PENGAWAS', params })).toEqual({
      gate: 'JALUR',
      passed: true,
      reason: 'Promosi dari Pelaksana ke Pengawas: masa kerja 4 tahun ≥ 4 tahun',
    });
    const short = candidateFacts({ jenisJabatan: 'PELAKSANA', tmtCpns: '2022-11-23' });
    expect(gateJalur({ candidate: short, target: 'PENGAWAS', params })).toEqual({
      gate: 'JALUR',
      passed: false,
      reason: 'Promosi dari Pelaksana ke Pengawas: masa kerja 3 tahun < 4 tahun',
    });
  });

  it('promotes a JF ahli muda to administrator after 3 years in position, not after 2', () => {
    const three = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA', tmtJabatan: '2023-11-22' });
    expect(gateJalur({ candidate: three, target: 'ADMINISTRATOR', params })).toEqual({
      gate: 'JALUR',
      passed: true,
      reason: 'Promosi dari Fungsional Ahli Muda ke Administrator: masa jabatan 3 tahun ≥ 3 tahun',
    });
    const two = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA', tmtJabatan: '2023-11-23' });
    expect(gateJalur({ candidate: two, target: 'ADMINISTRATOR', params })).toEqual({
      gate: 'JALUR',
      passed: false,
      reason: 'Promosi dari Fungsional Ahli Muda ke Administrator: masa jabatan 2 tahun < 3 tahun',
    });
  });

  it('applies the years-in-position rule to the pengawas source too', () => {
    const pengawas = candidateFacts({ jenisJabatan: 'PENGAWAS', tmtJabatan: '2024-01-02' });
    expect(gateJalur({ candidate: pengawas, target: 'ADMINISTRATOR', params }).reason).toBe(
      'Promosi dari Pengawas ke Administrator: masa jabatan 2 tahun < 3 tahun',
    );
  });

  it('does not let a JF ahli pertama or a pelaksana skip to administrator', () => {
    const pertama = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_PERTAMA' });
    expect(gateJalur({ candidate: pertama, target: 'ADMINISTRATOR', params })).toEqual({
      gate: 'JALUR',
      passed: false,
      reason: 'jabatan Fungsional Ahli Pertama bukan jalur ke Administrator',
    });
    const pelaksana = candidateFacts({ jenisJabatan: 'PELAKSANA' });
    expect(gateJalur({ candidate: pelaksana, target: 'ADMINISTRATOR', params }).passed).toBe(false);
  });

  it('treats an administrator moving to another administrator post as ROTASI without a years rule', () => {
    const candidate = candidateFacts({ jenisJabatan: 'ADMINISTRATOR', tmtJabatan: '2026-06-01' });
    expect(assessJalur({ candidate, target: 'ADMINISTRATOR', params }).jenis).toBe('ROTASI');
    expect(gateJalur({ candidate, target: 'ADMINISTRATOR', params })).toEqual({
      gate: 'JALUR',
      passed: true,
      reason: 'Rotasi dari Administrator ke Administrator: tanpa syarat masa jabatan atau masa kerja',
    });
  });

  it('still asks 5 years of service of a JPT pratama rotating', () => {
    const candidate = candidateFacts({ jenisJabatan: 'JPT_PRATAMA', tmtCpns: '2022-01-01' });
    expect(gateJalur({ candidate, target: 'JPT_PRATAMA', params })).toEqual({
      gate: 'JALUR',
      passed: false,
      reason: 'Rotasi dari JPT Pratama ke JPT Pratama: masa kerja 4 tahun < 5 tahun',
    });
  });

  it('promotes an administrator or JF ahli madya to JPT pratama after 2 years and 5 years of service', () => {
    const admin = candidateFacts({ jenisJabatan: 'ADMINISTRATOR', tmtJabatan: '2024-11-22', tmtCpns: '2021-11-22' });
    expect(gateJalur({ candidate: admin, target: 'JPT_PRATAMA', params }).reason).toBe(
      'Promosi dari Administrator ke JPT Pratama: masa jabatan 2 tahun ≥ 2 tahun, masa kerja 5 tahun ≥ 5 tahun',
    );
    const madya = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MADYA', tmtJabatan: '2025-01-01' });
    expect(gateJalur({ candidate: madya, target: 'JPT_PRATAMA', params }).passed).toBe(false);
  });

  it('opens JPT madya and utama to JF ahli utama but not to administrators', () => {
    const utama = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_UTAMA', tmtJabatan: '2022-01-01' });
    expect(gateJalur({ candidate: utama, target: 'JPT_MADYA', params }).passed).toBe(true);
    expect(gateJalur({ candidate: utama, target: 'JPT_UTAMA', params }).passed).toBe(true);
    const admin = candidateFacts({ jenisJabatan: 'ADMINISTRATOR' });
    expect(gateJalur({ candidate: admin, target: 'JPT_MADYA', params }).reason).toBe(
      'jabatan Administrator bukan jalur ke JPT Madya',
    );
    const pratama = candidateFacts({ jenisJabatan: 'JPT_PRATAMA', tmtCpns: '2019-12-01' });
    expect(gateJalur({ candidate: pratama, target: 'JPT_MADYA', params }).reason).toContain('masa kerja 6 tahun < 7 tahun');
  });

  it('fails closed when TMT CPNS is unknown and service is required', () => {
    const candidate = candidateFacts({ jenisJabatan: 'PELAKSANA', tmtCpns: null });
    expect(gateJalur({ candidate, target: 'PENGAWAS', params })).toEqual({
      gate: 'JALUR',
      passed: false,
      reason: 'Promosi dari Pelaksana ke Pengawas: masa kerja tidak diketahui (TMT CPNS kosong)',
    });
  });
});

describe('KINERJA gate', () => {
  it('passes two annual predikat of at least BAIK', () => {
    expect(gateKinerja({ candidate: candidateFacts(), params })).toEqual({
      gate: 'KINERJA',
      passed: true,
      reason: 'predikat 2025 Baik, 2024 Sangat baik ≥ Baik',
    });
  });

  it('fails a single rated year, a weak year and an empty window', () => {
    const one = candidateFacts({ predikat: [{ tahun: 2025, predikat: 'SANGAT_BAIK' }] });
    expect(gateKinerja({ candidate: one, params }).reason).toBe('hanya 1 predikat tahunan (2025 Sangat baik), perlu 2');
    const weak = candidateFacts({
      predikat: [
        { tahun: 2025, predikat: 'SANGAT_BAIK' },
        { tahun: 2024, predikat: 'BUTUH_PERBAIKAN' },
      ],
    });
    expect(gateKinerja({ candidate: weak, params })).toEqual({
      gate: 'KINERJA',
      passed: false,
      reason: 'predikat 2024 Butuh perbaikan < Baik',
    });
    expect(gateKinerja({ candidate: candidateFacts({ predikat: [] }), params }).reason).toBe(
      'tidak ada predikat tahunan dalam jendela penilaian',
    );
  });

  it('reads only the two most recent years', () => {
    const candidate = candidateFacts({
      predikat: [
        { tahun: 2026, predikat: 'BAIK' },
        { tahun: 2025, predikat: 'BAIK' },
        { tahun: 2024, predikat: 'KURANG' },
      ],
    });
    expect(gateKinerja({ candidate, params }).passed).toBe(true);
  });
});

describe('DISIPLIN gate', () => {
  const sedang = (tmtMulai: string, tmtSelesai: string | null = '2025-06-01') => [
    { tingkat: 'SEDANG' as const, jenis: 'pemotongan tukin', tmtMulai, tmtSelesai },
  ];

  it('counts a SEDANG penalty that started inside asOf − 24 months < tmt_mulai ≤ asOf', () => {
    const inside = candidateFacts({ discipline: sedang('2024-11-23') });
    expect(gateDisiplin({ candidate: inside, asOf, params })).toEqual({
      gate: 'DISIPLIN',
      passed: false,
      reason: 'hukuman disiplin sedang TMT 2024-11-23, dalam 24 bulan sebelum 2026-11-22',
    });
  });

  it('ignores a SEDANG penalty that started exactly 2 years before asOf, or 2 years and 1 day before', () => {
    expect(gateDisiplin({ candidate: candidateFacts({ discipline: sedang('2024-11-22') }), asOf, params }).passed).toBe(true);
    expect(gateDisiplin({ candidate: candidateFacts({ discipline: sedang('2024-11-21') }), asOf, params }).passed).toBe(true);
  });

  it('counts a BERAT penalty starting on asOf itself and ignores one starting later', () => {
    const berat = (tmtMulai: string) => [{ tingkat: 'BERAT' as const, jenis: null, tmtMulai, tmtSelesai: '2027-11-22' }];
    expect(gateDisiplin({ candidate: candidateFacts({ discipline: berat(asOf) }), asOf, params }).reason).toBe(
      'hukuman disiplin berat TMT 2026-11-22, dalam 24 bulan sebelum 2026-11-22, masih berlaku pada 2026-11-22',
    );
    expect(gateDisiplin({ candidate: candidateFacts({ discipline: berat('2026-11-23') }), asOf, params }).passed).toBe(true);
  });

  it('bars any penalty still running at asOf, even a RINGAN or an old one', () => {
    const ringan = candidateFacts({
      discipline: [{ tingkat: 'RINGAN', jenis: 'teguran tertulis', tmtMulai: '2026-10-01', tmtSelesai: null }],
    });
    expect(gateDisiplin({ candidate: ringan, asOf, params })).toEqual({
      gate: 'DISIPLIN',
      passed: false,
      reason: 'hukuman disiplin ringan masih berlaku pada 2026-11-22 (TMT 2026-10-01, tanpa tanggal selesai)',
    });
    const old = candidateFacts({ discipline: sedang('2023-01-01', '2026-11-23') });
    expect(gateDisiplin({ candidate: old, asOf, params }).reason).toBe(
      'hukuman disiplin sedang masih berlaku pada 2026-11-22 (TMT 2023-01-01 s.d. 2026-11-23)',
    );
  });

  it('lets a penalty ending on asOf go, and a finished RINGAN never bars', () => {
    expect(gateDisiplin({ candidate: candidateFacts({ discipline: sedang('2023-01-01', asOf) }), asOf, params }).passed).toBe(true);
    const ringan = candidateFacts({
      discipline: [{ tingkat: 'RINGAN', jenis: null, tmtMulai: '2026-01-01', tmtSelesai: '2026-04-01' }],
    });
    expect(gateDisiplin({ candidate: ringan, asOf, params })).toEqual({
      gate: 'DISIPLIN',
      passed: true,
      reason: 'tidak ada hukuman disiplin sedang/berat dalam 24 bulan sebelum 2026-11-22 dan tidak ada yang masih berlaku',
    });
  });
});

describe('USIA gate', () => {
  it('fails a candidate retiring exactly 12 months after asOf and passes one day earlier', () => {
    // Born 1969-10-15, PELAKSANA (BUP 58): pension 2027-11-01.
    const spec = { jenisJabatan: 'PELAKSANA' as const, tanggalLahir: '1969-10-15' };
    const exact = candidateFacts({ ...spec, asOf: '2026-11-01' });
    expect(gateUsia({ candidate: exact, target: 'PENGAWAS', asOf: '2026-11-01', params })).toEqual({
      gate: 'USIA',
      passed: false,
      reason: 'pensiun 2027-11-01 (BUP 58), tepat 12 bulan setelah 2026-11-01',
    });
    const dayBefore = candidateFacts({ ...spec, asOf: '2026-10-31' });
    expect(gateUsia({ candidate: dayBefore, target: 'PENGAWAS', asOf: '2026-10-31', params })).toEqual({
      gate: 'USIA',
      passed: true,
      reason: 'pensiun 2027-11-01 (BUP 58), lebih dari 12 bulan setelah 2026-10-31',
    });
  });

  it('names a pension date less than 12 months away', () => {
    const candidate = candidateFacts({ jenisJabatan: 'ADMINISTRATOR', tanggalLahir: '1969-08-10' });
    expect(gateUsia({ candidate, target: 'ADMINISTRATOR', asOf, params }).reason).toBe(
      'pensiun 2027-09-01 (BUP 58), kurang dari 12 bulan setelah 2026-11-22',
    );
  });

  it('accepts age 56 on asOf for a JPT pratama post and refuses 57', () => {
    const at56 = candidateFacts({ jenisJabatan: 'ADMINISTRATOR', tanggalLahir: '1970-11-22' });
    expect(gateUsia({ candidate: at56, target: 'JPT_PRATAMA', asOf, params })).toEqual({
      gate: 'USIA',
      passed: true,
      reason: 'pensiun 2028-12-01 (BUP 58), lebih dari 12 bulan setelah 2026-11-22; usia 56 tahun ≤ 56 tahun',
    });
    const at57 = candidateFacts({ jenisJabatan: 'JPT_PRATAMA', tanggalLahir: '1969-11-22' });
    expect(gateUsia({ candidate: at57, target: 'JPT_PRATAMA', asOf, params })).toEqual({
      gate: 'USIA',
      passed: false,
      reason: 'pensiun 2029-12-01 (BUP 60), lebih dari 12 bulan setelah 2026-11-22; usia 57 tahun > 56 tahun',
    });
  });

  it('caps JPT madya and utama at 58 and takes BUP from the current jabatan', () => {
    const at58 = candidateFacts({ jenisJabatan: 'JPT_PRATAMA', tanggalLahir: '1968-11-22' });
    expect(gateUsia({ candidate: at58, target: 'JPT_MADYA', asOf, params }).passed).toBe(true);
    const utama = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_UTAMA', tanggalLahir: '1965-05-05' });
    expect(utama.bup).toBe(65);
    expect(gateUsia({ candidate: utama, target: 'JPT_UTAMA', asOf, params }).reason).toBe(
      'pensiun 2030-06-01 (BUP 65), lebih dari 12 bulan setelah 2026-11-22; usia 61 tahun > 58 tahun',
    );
    const madya = candidateFacts({ jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MADYA', tanggalLahir: '1968-01-01' });
    expect(madya.retirementDate).toBe('2028-02-01');
  });

  it('fails closed without a birth date', () => {
    const candidate = candidateFacts({ tanggalLahir: null });
    expect(gateUsia({ candidate, target: 'PENGAWAS', asOf, params })).toEqual({
      gate: 'USIA',
      passed: false,
      reason: 'tanggal lahir tidak diketahui',
    });
  });
});

describe('KOTAK gate', () => {
  it('admits the talent pool boxes and reads the calibrated box first', () => {
    expect(gateKotak({ candidate: candidateFacts({ box: 7 }), params })).toEqual({
      gate: 'KOTAK',
      passed: true,
      reason: 'kotak 7 ∈ {7, 8, 9}',
    });
    expect(gateKotak({ candidate: candidateFacts({ box: 6 }), params }).reason).toBe('kotak 6 ∉ {7, 8, 9}');
    expect(gateKotak({ candidate: candidateFacts({ box: 9, calibratedBox: 5 }), params }).passed).toBe(false);
    expect(gateKotak({ candidate: candidateFacts({ box: 5, calibratedBox: 8 }), params }).passed).toBe(true);
  });
});

describe('all gates together', () => {
  it('reports the eight gates in their published order and the bitmask agrees', () => {
    const candidate = candidateFacts({ jenisPegawai: 'PPPK', golongan: 'III/c', box: 6 });
    const gates = evaluateGates({ candidate, target: 'JPT_PRATAMA', asOf, params });
    expect(gates.map((g) => g.gate)).toEqual(['STATUS', 'PENDIDIKAN', 'GOLONGAN', 'JALUR', 'KINERJA', 'DISIPLIN', 'USIA', 'KOTAK']);
    const mask = gateFailMask({ candidate, target: 'JPT_PRATAMA', params });
    // Bit i stands for GATES[i], whether or not a gate is listed for this target.
    expect(gates.map((g) => ((mask >> GATES.indexOf(g.gate)) & 1) === 1)).toEqual(gates.map((g) => !g.passed));
  });
});

describe('KOMPETENSI gate', () => {
  const withMin = { ...params, minJpm: { ADMINISTRATOR: 65 } };
  const gateKompetensi = (jpm: number | null, target: GateInput['target'] = 'ADMINISTRATOR') =>
    kompetensiGate.evaluate({ candidate: candidateFacts({ jpm, params: withMin }), target, asOf, params: withMin });

  it('is off in the default policy: not evaluated, not listed', () => {
    expect(evaluateGates({ candidate: candidateFacts({ jpm: 10 }), target: 'ADMINISTRATOR', asOf, params }).map((g) => g.gate)).not.toContain(
      'KOMPETENSI',
    );
  });

  it('passes at the minimum and fails below it, naming both values', () => {
    expect(gateKompetensi(65)).toEqual({ gate: 'KOMPETENSI', passed: true, reason: 'JPM 65 ≥ 65' });
    expect(gateKompetensi(64.99)).toEqual({ gate: 'KOMPETENSI', passed: false, reason: 'JPM 64.99 < 65' });
  });

  it('fails closed without a valid assessment', () => {
    expect(gateKompetensi(null)).toEqual({ gate: 'KOMPETENSI', passed: false, reason: 'tidak ada hasil asesmen yang berlaku (JPM minimal 65)' });
  });

  it('applies only to the targets the policy names, and sits after KINERJA in the list', () => {
    const candidate = candidateFacts({ jpm: 50, params: withMin });
    expect(evaluateGates({ candidate, target: 'PENGAWAS', asOf, params: withMin }).map((g) => g.gate)).not.toContain('KOMPETENSI');
    const listed = evaluateGates({ candidate, target: 'ADMINISTRATOR', asOf, params: withMin }).map((g) => g.gate);
    expect(listed.indexOf('KOMPETENSI')).toBe(listed.indexOf('KINERJA') + 1);
  });

  it('the compiled predicate agrees with the explained check', () => {
    const bit = 1 << GATES.indexOf('KOMPETENSI');
    for (const jpm of [null, 0, 64.99, 65, 100]) {
      const candidate = candidateFacts({ jpm, params: withMin });
      const failed = !kompetensiGate.evaluate({ candidate, target: 'ADMINISTRATOR', asOf, params: withMin }).passed;
      expect((gateFailMask({ candidate, target: 'ADMINISTRATOR', params: withMin }) & bit) !== 0, `JPM ${jpm}`).toBe(failed);
    }
  });
});

describe('KOMPETENSI in the policy', () => {
  it('is set per target in the succession section, reaches the engine, and is bounded to 0–100', () => {
    const result = parsePolicy({ succession: { minJpm: { JPT_PRATAMA: 70, ADMINISTRATOR: 65 } } });
    if (!result.ok) throw new Error('policy refused');
    expect(successionParamsFromPolicy(result.policy).minJpm).toEqual({ ADMINISTRATOR: 65, JPT_PRATAMA: 70 });
    expect(params.minJpm).toEqual({});
    expect(parsePolicy({ succession: { minJpm: { JPT_PRATAMA: 120 } } }).ok).toBe(false);
  });
});
