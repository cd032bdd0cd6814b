import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../analytics/policy/index.js';
import type { ReviewInputs } from '../../analytics/types.js';
import { hashReviewInputs } from './inputs-hash.js';

function smallInputs(): ReviewInputs {
  return {
    units: [{ id: 1, kode: 'U1', nama: 'Dinas Pendidikan', parentId: null }, { id: 2, kode: 'U2', nama: 'Bidang SD', parentId: 1 }],
    positions: [{ id: 10, kode: 'P10', nama: 'Kepala Dinas', unitId: 1, jenisJabatan: 'JPT_PRATAMA', jenjangJf: null, rumpun: null, kritikal: true }],
    employees: [{
      id: 100, nip: '198001012005011001', nama: 'Siti\tAminah', jenisPegawai: 'PNS', jenisKelamin: 'P', tanggalLahir: '1980-01-01',
      golongan: 'IV/a', pendidikan: 'S2', positionId: 10, tmtJabatan: '2020-01-02', tmtCpns: null,
    }],
    ratings: [{ employeeId: 100, tahun: 2025, periode: 'TAHUNAN', predikat: 'SANGAT_BAIK', source: 'NILAI_SKP', nilaiSkp: 91.25 }],
    assessments: [{ employeeId: 100, tanggal: '2024-05-01', jpm: 0.82, nilaiPotensi: 77, lembaga: null }],
    discipline: [{ employeeId: 100, tingkat: 'RINGAN', jenis: null, tmtMulai: '2023-01-01', tmtSelesai: '2023-06-30' }],
    trainings: [{ employeeId: 100, nama: 'Pelatihan Kepemimpinan', jp: 40, tanggalSelesai: '2024-11-01' }],
  };
}

/** `count` employees with a rating each: enough text to span many of the hash's pieces. */
function largeInputs(count: number): ReviewInputs {
  const base = smallInputs();
  const employees = Array.from({ length: count }, (_, i) => ({ ...base.employees[0]!, id: i + 1, nip: String(198001012005011000n + BigInt(i)) }));
  const ratings = employees.map((e) => ({ ...base.ratings[0]!, employeeId: e.id }));
  return { ...base, employees, ratings };
}

describe('review inputs hash', () => {
  it('keeps the value stored reviews were hashed with (v1 serialisation)', async () => {
    expect(await hashReviewInputs(smallInputs(), '2026-01-15', DEFAULT_POLICY))
      .toBe('7ac9db29680b15cc800a864590582d26cbc045d4ab210810b88a0e5129d47798');
  });

  it('changes with any field of any kind of input, with asOf and with the policy', async () => {
    const reference = await hashReviewInputs(smallInputs(), '2026-01-15', DEFAULT_POLICY);
    const changed: ((i: ReviewInputs) => void)[] = [
      (i) => (i.units[1]!.parentId = null),
      (i) => (i.positions[0]!.kritikal = false),
      (i) => (i.employees[0]!.tmtCpns = '2005-01-01'),
      (i) => (i.ratings[0]!.nilaiSkp = 91.26),
      (i) => (i.assessments[0]!.lembaga = 'BKN'),
      (i) => (i.discipline[0]!.tmtSelesai = null),
      (i) => (i.trainings[0]!.jp = 41),
    ];
    for (const change of changed) {
      const inputs = smallInputs();
      change(inputs);
      expect(await hashReviewInputs(inputs, '2026-01-15', DEFAULT_POLICY)).not.toBe(reference);
    }
    expect(await hashReviewInputs(smallInputs(), '2026-01-16', DEFAULT_POLICY)).not.toBe(reference);
    const policy = { ...DEFAULT_POLICY, nilaiTalenta: { weights: { kinerja: 0.6, potensial: 0.4 } } };
    expect(await hashReviewInputs(smallInputs(), '2026-01-15', policy)).not.toBe(reference);
  });

  it('lets the event loop in while it hashes a large instansi, and gives the same value every time', async () => {
    const inputs = largeInputs(60_000);
    let turns = 0;
    let settled = false;
    const tick = () => {
      turns++;
      if (!settled) setImmediate(tick);
    };
    setImmediate(tick);
    const first = await hashReviewInputs(inputs, '2026-01-15', DEFAULT_POLICY);
    settled = true;
    expect(turns).toBeGreaterThan(3);
    expect(await hashReviewInputs(inputs, '2026-01-15', DEFAULT_POLICY)).toBe(first);
  });
});
