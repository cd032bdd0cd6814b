/**
 * Box labels (PermenPANRB 3/2020 wording) and the recommended follow-up per box, verbatim as BKD users know them.
 * Both belong to a cell of the grid (a kinerja level × potensial level), not to a number: a tenant that renumbers
 * its boxes in the policy still gets the label and advice of the cell the box stands for.
 */
import type { Box, KinerjaLevel, PotensialLevel } from '../domain/enums.js';
import { KINERJA_LEVEL_LABELS, POTENSIAL_LEVEL_LABELS } from '../domain/labels.js';
import { DEFAULT_POLICY, deepFreeze } from '../policy/policy.defaults.js';
import type { Policy } from '../policy/policy.schema.js';

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

/** Kinerja rows top to bottom and potensial columns left to right, as PermenPANRB 3/2020 draws the grid. */
const ROWS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const satisfies readonly KinerjaLevel[];
const COLUMNS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const satisfies readonly PotensialLevel[];

/** @returns the grid cell a box number stands for under `policy`'s box table. */
export function cellOfBox(box: Box, policy: Policy = DEFAULT_POLICY): BoxCell {
  for (const kinerja of ROWS) {
    for (const potensial of COLUMNS) {
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
  return `Kinerja ${KINERJA_LEVEL_LABELS[kinerja].toLowerCase()} dan potensial ${POTENSIAL_LEVEL_LABELS[potensial].toLowerCase()}`;
}

/**
 * Recommended follow-up of a box, verbatim (PermenPANRB 3/2020), without the list numbers.
 * @param policy - whose box table defines the numbering; defaults to PermenPANRB 3/2020 numbering
 */
export function boxRecommendations(box: Box, policy: Policy = DEFAULT_POLICY): readonly string[] {
  const { kinerja, potensial } = cellOfBox(box, policy);
  return RECOMMENDATIONS[kinerja][potensial];
}

export interface GridLayout {
  /** Top to bottom: kinerja di atas, sesuai, di bawah ekspektasi; each row's boxes from potensial rendah to tinggi. */
  rows: Array<{ kinerja: KinerjaLevel; label: string; boxes: [Box, Box, Box] }>;
  /** Left to right: potensial rendah, menengah, tinggi. */
  columns: Array<{ potensial: PotensialLevel; label: string }>;
}

/**
 * The grid as the regulation draws it, numbered by `policy`'s box table: every view that draws the nine-box (API,
 * committee pack, chat text and image) lays it out from this, never from numbers of its own.
 */
export function gridLayout(policy: Policy): GridLayout {
  const { table } = policy.nineBox;
  return {
    rows: ROWS.map((kinerja) => ({
      kinerja,
      label: KINERJA_LEVEL_LABELS[kinerja],
      boxes: [table[kinerja].RENDAH, table[kinerja].MENENGAH, table[kinerja].TINGGI] as [Box, Box, Box],
    })),
    columns: COLUMNS.map((potensial) => ({ potensial, label: POTENSIAL_LEVEL_LABELS[potensial] })),
  };
}
