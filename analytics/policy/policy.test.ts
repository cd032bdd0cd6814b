import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './policy.defaults.js';
import { retirementAgeFor } from './policy.lookup.js';
import { deepMerge, parsePolicy, type ParsePolicyResult } from './policy.parse.js';
import { PolicySchema } from './policy.schema.js';

function issuesOf(result: ParsePolicyResult) {
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.issues;
}

describe('the default talent policy', () => {
  it('carries the contract defaults and passes its own schema', () => {
    expect(PolicySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.kinerja.thresholds).toEqual({ diAtas: 90, sesuai: 70 });
    expect(DEFAULT_POLICY.potensial.weights).toEqual({ kompetensi: 0.4, potensi: 0.25, kualifikasi: 0.2, integritas: 0.15 });
    expect(DEFAULT_POLICY.potensial.thresholds).toEqual({ tinggi: 80, menengah: 60 });
    expect(DEFAULT_POLICY.potensial.assessmentValidityMonths).toBe(36);
    expect(DEFAULT_POLICY.nineBox.talentPoolBoxes).toEqual([7, 8, 9]);
    expect(DEFAULT_POLICY.succession.slateLimit).toBe(3);
  });

  it('cannot be changed by one of its readers', () => {
    expect(Object.isFrozen(DEFAULT_POLICY.kinerja.thresholds)).toBe(true);
    expect(() => {
      (DEFAULT_POLICY.kinerja.thresholds as { diAtas: number }).diAtas = 10;
    }).toThrow(TypeError);
  });

  it('is what an empty or missing override yields', () => {
    expect(parsePolicy()).toEqual({ ok: true, policy: DEFAULT_POLICY });
    expect(parsePolicy({})).toEqual({ ok: true, policy: DEFAULT_POLICY });
  });
});

describe('overriding a policy', () => {
  it('changes only the values given and keeps every other default', () => {
    const result = parsePolicy({ kinerja: { thresholds: { diAtas: 85 } }, succession: { bup: { byJenjangJf: { AHLI_MUDA: 58 } } } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.policy.kinerja.thresholds).toEqual({ diAtas: 85, sesuai: 70 });
    expect(result.policy.kinerja.predikatScore).toEqual(DEFAULT_POLICY.kinerja.predikatScore);
    expect(result.policy.succession.bup.byJenjangJf).toEqual({ AHLI_MADYA: 60, AHLI_UTAMA: 65, AHLI_MUDA: 58 });
    expect(Object.isFrozen(result.policy.kinerja)).toBe(true);
  });

  it('replaces arrays whole instead of merging them element by element', () => {
    const result = parsePolicy({
      nineBox: { talentPoolBoxes: [8, 9] },
      succession: { readiness: { SIAP_SEKARANG: [9], SIAP_1_2_TAHUN: [8] } },
    });
    expect(result.ok && result.policy.nineBox.talentPoolBoxes).toEqual([8, 9]);
    expect(deepMerge({ a: [1, 2, 3], b: { c: 1 } }, { a: [4] })).toEqual({ a: [4], b: { c: 1 } });
  });

  it('rejects readiness boxes outside the talent pool', () => {
    expect(issuesOf(parsePolicy({ nineBox: { talentPoolBoxes: [8, 9] } }))).toEqual([
      {
        path: 'succession.readiness.SIAP_1_2_TAHUN',
        message: 'kotak 7 pada SIAP_1_2_TAHUN berada di luar kelompok rencana suksesi (8, 9)',
      },
    ]);
    expect(issuesOf(parsePolicy({ succession: { readiness: { SIAP_SEKARANG: [9, 6], SIAP_1_2_TAHUN: [7, 8] } } }))).toEqual([
      { path: 'succession.readiness.SIAP_SEKARANG', message: 'kotak 6 pada SIAP_SEKARANG berada di luar kelompok rencana suksesi (7, 8, 9)' },
    ]);
  });

  it('rejects an upper kinerja threshold that is not above the middle one', () => {
    expect(issuesOf(parsePolicy({ kinerja: { thresholds: { diAtas: 70 } } }))).toEqual([
      { path: 'kinerja.thresholds.diAtas', message: 'ambang atas kinerja (70) harus lebih besar dari ambang tengah (70)' },
    ]);
  });

  it('rejects an upper potensial threshold below the middle one', () => {
    expect(issuesOf(parsePolicy({ potensial: { thresholds: { tinggi: 55 } } }))).toEqual([
      { path: 'potensial.thresholds.tinggi', message: 'ambang atas potensial (55) harus lebih besar dari ambang tengah (60)' },
    ]);
  });

  it('rejects potensial weights that do not sum to 1', () => {
    expect(issuesOf(parsePolicy({ potensial: { weights: { kompetensi: 0.35 } } }))).toEqual([
      { path: 'potensial.weights', message: 'bobot potensial harus berjumlah 1 (sekarang 0.95)' },
    ]);
  });

  it('accepts weights that sum to 1 only up to binary rounding', () => {
    expect(parsePolicy({ potensial: { weights: { kompetensi: 0.1, potensi: 0.2, kualifikasi: 0.3, integritas: 0.4 } } }).ok).toBe(
      true,
    );
  });

  it('rejects nilai talenta weights that do not sum to 1', () => {
    expect(issuesOf(parsePolicy({ nilaiTalenta: { weights: { kinerja: 0.6 } } }))).toEqual([
      { path: 'nilaiTalenta.weights', message: 'bobot nilai talenta harus berjumlah 1 (sekarang 1.1)' },
    ]);
  });

  it('rejects scores outside 0–100, wrong types and unknown keys, all in one report', () => {
    const issues = issuesOf(
      parsePolicy({
        kinerja: { predikatScore: { SANGAT_BAIK: 120 }, treshold: 5 },
        potensial: { assessmentValidityMonths: 'tiga tahun', kualifikasi: { pelatihan: { windowMonths: 1.5 } } },
      }),
    );
    expect(issues).toEqual([
      { path: 'kinerja.predikatScore.SANGAT_BAIK', message: 'harus ≤ 100 (sekarang 120)' },
      { path: 'kinerja', message: 'kunci tidak dikenal: treshold' },
      { path: 'potensial.assessmentValidityMonths', message: 'harus berupa angka (sekarang "tiga tahun")' },
      { path: 'potensial.kualifikasi.pelatihan.windowMonths', message: 'harus berupa bilangan bulat (sekarang 1.5)' },
    ]);
  });

  it('rejects a box table that misses or repeats a box', () => {
    expect(issuesOf(parsePolicy({ nineBox: { table: { DI_ATAS: { RENDAH: 5 } } } }))).toEqual([
      { path: 'nineBox.table', message: 'tabel kotak harus memuat setiap kotak 1–9 tepat sekali (kotak 4 tidak ada; kotak 5 muncul 2 kali)' },
    ]);
  });

  it('rejects score tables where a better category scores lower', () => {
    expect(issuesOf(parsePolicy({ kinerja: { predikatScore: { BAIK: 100, SANGAT_BAIK: 90 } } }))).toEqual([
      { path: 'kinerja.predikatScore.BAIK', message: 'skor predikat BAIK (100) tidak boleh lebih tinggi dari SANGAT_BAIK (90)' },
    ]);
    expect(issuesOf(parsePolicy({ potensial: { integritas: { score: { RINGAN: 100, TANPA: 90 } } } }))[0]).toEqual({
      path: 'potensial.integritas.score.RINGAN',
      message: 'skor integritas RINGAN (100) tidak boleh lebih tinggi dari TANPA (90)',
    });
  });

  it('rejects averaging more kinerja years than the window holds', () => {
    expect(issuesOf(parsePolicy({ kinerja: { window: { yearsUsed: 4 } } }))).toEqual([
      {
        path: 'kinerja.window.yearsUsed',
        message: 'jumlah tahun kinerja yang dirata-rata (4) melebihi jumlah tahun dalam jendela (3)',
      },
    ]);
  });

  it('rejects a golongan minimum that is not a PNS golongan', () => {
    const [issue] = issuesOf(parsePolicy({ succession: { minGolongan: { PENGAWAS: 'V/a' } } }));
    expect(issue?.path).toBe('succession.minGolongan.PENGAWAS');
    expect(issue?.message).toMatch(/^harus salah satu dari: "I\/a", .* \(sekarang "V\/a"\)$/);
  });

  it('refuses something that is not an object, and keys that would touch the prototype', () => {
    expect(issuesOf(parsePolicy(null))).toEqual([{ path: '', message: 'kebijakan harus berupa objek' }]);
    expect(issuesOf(parsePolicy([1]))).toEqual([{ path: '', message: 'kebijakan harus berupa objek' }]);
    expect(issuesOf(parsePolicy(JSON.parse('{"__proto__": {"polluted": true}}')))).toEqual([
      { path: '', message: 'kunci tidak dikenal: __proto__' },
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('batas usia pensiun by current jabatan', () => {
  it('uses the JF jenjang first, then the jenis jabatan, then the default', () => {
    const policy = DEFAULT_POLICY;
    expect(retirementAgeFor({ policy, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_UTAMA' })).toBe(65);
    expect(retirementAgeFor({ policy, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MADYA' })).toBe(60);
    expect(retirementAgeFor({ policy, jenisJabatan: 'FUNGSIONAL', jenjangJf: 'AHLI_MUDA' })).toBe(58);
    expect(retirementAgeFor({ policy, jenisJabatan: 'JPT_PRATAMA', jenjangJf: null })).toBe(60);
    expect(retirementAgeFor({ policy, jenisJabatan: 'ADMINISTRATOR', jenjangJf: null })).toBe(58);
  });
});
