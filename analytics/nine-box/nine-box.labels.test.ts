import { describe, expect, it } from 'vitest';
import { BOXES, type Box } from '../domain/enums.js';
import { DEFAULT_POLICY } from '../policy/policy.defaults.js';
import { boxLabel, boxRecommendations, cellOfBox, gridLayout } from './nine-box.labels.js';
import { policyWith } from './nine-box.test-utils.js';

describe('box labels in PermenPANRB 3/2020 wording', () => {
  it('names every box after its kinerja and potensial', () => {
    expect(Object.fromEntries(BOXES.map((b) => [b, boxLabel(b)]))).toEqual({
      1: 'Kinerja di bawah ekspektasi dan potensial rendah',
      2: 'Kinerja sesuai ekspektasi dan potensial rendah',
      3: 'Kinerja di bawah ekspektasi dan potensial menengah',
      4: 'Kinerja di atas ekspektasi dan potensial rendah',
      5: 'Kinerja sesuai ekspektasi dan potensial menengah',
      6: 'Kinerja di bawah ekspektasi dan potensial tinggi',
      7: 'Kinerja di atas ekspektasi dan potensial menengah',
      8: 'Kinerja sesuai ekspektasi dan potensial tinggi',
      9: 'Kinerja di atas ekspektasi dan potensial tinggi',
    });
  });
});

describe('recommendations per box, verbatim', () => {
  it('lists the follow-up of every box without the numbering', () => {
    expect(Object.fromEntries(BOXES.map((b) => [b, boxRecommendations(b)]))).toEqual({
      9: ['Dipromosikan dan dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi/Nasional', 'Penghargaan'],
      8: ['Dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi', 'Rotasi/Perluasan jabatan', 'Bimbingan kinerja'],
      7: [
        'Dipertahankan',
        'Masuk Kelompok Rencana Suksesi Instansi',
        'Rotasi/Pengayaan jabatan',
        'Pengembangan kompetensi',
        'Tugas belajar',
      ],
      6: ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Konseling kinerja'],
      5: ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Pengembangan kompetensi'],
      4: ['Rotasi', 'Pengembangan kompetensi'],
      3: ['Bimbingan kinerja', 'Konseling kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
      2: ['Bimbingan kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
      1: ['Diproses sesuai ketentuan peraturan perundang-undangan'],
    });
  });

  it('cannot be edited by a view that receives the list', () => {
    expect(() => (boxRecommendations(9) as string[]).push('x')).toThrow(TypeError);
  });
});

describe('the grid layout', () => {
  it('draws the default policy as PermenPANRB 3/2020 does', () => {
    const layout = gridLayout(DEFAULT_POLICY);
    expect(layout.rows.map((r) => [r.label, r.boxes])).toEqual([
      ['Di atas ekspektasi', [4, 7, 9]],
      ['Sesuai ekspektasi', [2, 5, 8]],
      ['Di bawah ekspektasi', [1, 3, 6]],
    ]);
    expect(layout.columns.map((c) => c.label)).toEqual(['Rendah', 'Menengah', 'Tinggi']);
  });
});

describe('labels under a renumbered box table', () => {
  const policy = policyWith({
    nineBox: {
      table: {
        DI_ATAS: { RENDAH: 7, MENENGAH: 8, TINGGI: 9 },
        SESUAI: { RENDAH: 4, MENENGAH: 5, TINGGI: 6 },
        DI_BAWAH: { RENDAH: 1, MENENGAH: 2, TINGGI: 3 },
      },
    },
  });

  it('lay the grid out by the policy\'s numbering', () => {
    expect(gridLayout(policy).rows.map((r) => r.boxes)).toEqual([[7, 8, 9], [4, 5, 6], [1, 2, 3]]);
  });

  it('follow the cell the number stands for', () => {
    expect(cellOfBox(3, policy)).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    expect(boxLabel(3, policy)).toBe('Kinerja di bawah ekspektasi dan potensial tinggi');
    expect(boxRecommendations(3, policy)).toEqual(['Penempatan yang sesuai', 'Bimbingan kinerja', 'Konseling kinerja']);
  });

  it('refuse a number outside the grid', () => {
    expect(() => boxLabel(10 as Box)).toThrow(RangeError);
  });
});
