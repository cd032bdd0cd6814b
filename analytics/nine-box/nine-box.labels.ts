/**
 * Box labels (PermenPANRB 3/2020 wording) and the recommended follow-up per box, verbatim as BKD users know them.
 * Both belong to a cell of the grid (a kinerja level × potensial level), not to a number: a tenant that renumbers
 * its boxes in the policy still gets the label and advice of the cell the box stands for.
 */
import type { Box, KinerjaLevel, PotensialLevel } from '../domain/enums.js';
import { DEFAULT_POLICY, deepFreeze } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';

const KINERJA_WORDS: Readonly<Record<KinerjaLevel, string>> = {
  DI_ATAS: 'di atas ekspektasi',
  SESUAI: 'sesuai ekspektasi',
  DI_BAWAH: 'di bawah ekspektasi',
};

const POTENSIAL_WORDS: Readonly<Record<PotensialLevel, string>> = {
  TINGGI: 'tinggi',
  MENENGAH: 'menengah',
  RENDAH: 'rendah',
};

type CellTable<T> = Readonly<Record<KinerjaLevel, Readonly<Record<PotensialLevel, T>>>>;

// Frozen: views receive these arrays directly, and one caller's edit must not change every box's advice.
const RECOMMENDATIONS: CellTable<readonly string[]> = deepFreeze({
  DI_ATAS: {
    TINGGI: ['Dipromosikan dan dipertahankan', 'Masuk Kelompok Rencana Suksesi Instansi/Nasional', 'Penghargaan'],
    MENENGAH: [
      'Dipertahankan',
      'Masuk Kelompok Rencana Suksesi Instansi',
      'Rotasi/Pengayaan jabatan',
      'Pengembangan kompetensi',
      'Tugas belajar',
    ],
    RENDAH: ['Rotasi', 'Pengembangan kompetensi'],
  },
  SESUAI: {
    TINGGI: [
      'Dipertahankan',
      'Masuk Kelompok Rencana Suksesi Instansi',
      'Rotasi/Perluasan jabatan',
      'Bimbingan kinerja',
    ],
    MENENGAH: ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Pengembangan kompetensi'],
    RENDAH: ['Bimbingan kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
  },
  DI_BAWAH: {
    TINGGI: ['Penempatan yang sesuai', 'Bimbingan kinerja', 'Konseling kinerja'],
    MENENGAH: ['Bimbingan kinerja', 'Konseling kinerja', 'Pengembangan kompetensi', 'Penempatan yang sesuai'],
    RENDAH: ['Diproses sesuai ketentuan peraturan perundang-undangan'],
  },
});

export interface BoxCell {
  kinerja: KinerjaLevel;
  potensial: PotensialLevel;
}

/** @returns the grid cell a box number stands for under `policy`'s box table. */
export function cellOfBox(box: Box, policy: Policy = DEFAULT_POLICY): BoxCell {
  for (const kinerja of ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const) {
    for (const potensial of ['TINGGI', 'MENENGAH', 'RENDAH'] as const) {
      if (policy.nineBox.table[kinerja][potensial] === box) return { kinerja, potensial };
    }
  }
  // The policy schema guarantees a complete table, so only a number outside 1..9 gets here.
  throw new RangeError(`kotak ${String(box)} tidak ada dalam tabel kotak`);
}

/**
 * Official label of a box, e.g. box 9 → "Kinerja di atas ekspektasi dan potensial tinggi".
 * @param policy - whose box table defines the numbering; defaults to PermenPANRB 3/2020 numbering
 */
export function boxLabel(box: Box, policy: Policy = DEFAULT_POLICY): string {
  const { kinerja, potensial } = cellOfBox(box, policy);
  return `Kinerja ${KINERJA_WORDS[kinerja]} dan potensial ${POTENSIAL_WORDS[potensial]}`;
}

/**
 * Recommended follow-up of a box, verbatim (PermenPANRB 3/2020), without the list numbers.
 * @param policy - whose box table defines the numbering; defaults to PermenPANRB 3/2020 numbering
 */
export function boxRecommendations(box: Box, policy: Policy = DEFAULT_POLICY): readonly string[] {
  const { kinerja, potensial } = cellOfBox(box, policy);
  return RECOMMENDATIONS[kinerja][potensial];
}

/** Label and recommendations of every box in the default numbering, for views that list all nine. */
export const BOX_LABELS: Readonly<Record<Box, string>> = Object.freeze(
  Object.fromEntries(([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((b) => [b, boxLabel(b)])) as Record<Box, string>,
);

export const BOX_RECOMMENDATIONS: Readonly<Record<Box, readonly string[]>> = Object.freeze(
  Object.fromEntries(([1, 2, 3, 4, 5, 6, 7, 8, 9] as const).map((b) => [b, boxRecommendations(b)])) as Record<
    Box,
    readonly string[]
  >,
);
