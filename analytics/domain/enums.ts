/**
 * Enumerations of the ASN domain, as the import contract names them.
 * `as const` arrays (not TS enums) so they serve zod, drizzle and plain code alike.
 */
export const JENIS_PEGAWAI = ['PNS', 'PPPK'] as const;
export type JenisPegawai = (typeof JENIS_PEGAWAI)[number];

export const JENIS_KELAMIN = ['L', 'P'] as const;
export type JenisKelamin = (typeof JENIS_KELAMIN)[number];

export const JENIS_JABATAN = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'FUNGSIONAL',
] as const;
export type JenisJabatan = (typeof JENIS_JABATAN)[number];

/** Structural positions hold one incumbent; PELAKSANA and FUNGSIONAL hold many. */
export const STRUCTURAL_JABATAN: ReadonlySet<JenisJabatan> = new Set([
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
]);

export const JENJANG_JF = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type JenjangJf = (typeof JENJANG_JF)[number];

export const PERIODE = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN'] as const;
export type Periode = (typeof PERIODE)[number];

/** Rating of hasil kerja / perilaku kerja (PermenPANRB 6/2022), also the kinerja level of the nine-box. */
export const RATING = ['DI_BAWAH', 'SESUAI', 'DI_ATAS'] as const;
export type Rating = (typeof RATING)[number];
export type KinerjaLevel = Rating;

export const POTENSIAL_LEVEL = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;
export type PotensialLevel = (typeof POTENSIAL_LEVEL)[number];

/** Predikat kinerja, best first. `KURANG` also covers the spelling `Kurang/Misconduct`. */
export const PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export type Predikat = (typeof PREDIKAT)[number];

export const TINGKAT_DISIPLIN = ['RINGAN', 'SEDANG', 'BERAT'] as const;
export type TingkatDisiplin = (typeof TINGKAT_DISIPLIN)[number];

export const JENIS_PELATIHAN = [
  'PIM_II',
  'PIM_III',
  'PIM_IV',
  'PKN_I',
  'PKN_II',
  'PKA',
  'PKP',
  'TEKNIS',
  'FUNGSIONAL',
  'LAINNYA',
] as const;
export type JenisPelatihan = (typeof JENIS_PELATIHAN)[number];

export const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type Box = (typeof BOXES)[number];

export const UNRATED_REASONS = ['KINERJA_TIDAK_ADA', 'ASESMEN_TIDAK_ADA', 'ASESMEN_KEDALUWARSA'] as const;
export type UnratedReason = (typeof UNRATED_REASONS)[number];
