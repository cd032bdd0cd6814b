/**
 * The seven import kinds of the contract (§1) and the columns each file must or may carry.
 * Column names are lower-case: headers are matched case-insensitively after trimming.
 */
export const IMPORT_KINDS = [
  'units',
  'positions',
  'employees',
  'performance',
  'assessments',
  'discipline',
  'trainings',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface KindColumns {
  /** Every known column, in the contract's order (the header generated and sample files use). */
  all: readonly string[];
  /** A file lacking any of these entirely is refused as a whole. */
  required: readonly string[];
}

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, KindColumns>> = {
  units: { all: ['kode_unit', 'nama_unit', 'kode_unit_induk'], required: ['kode_unit', 'nama_unit'] },
  positions: {
    all: ['kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan', 'jenjang_jf', 'rumpun', 'kritikal'],
    required: ['kode_jabatan', 'nama_jabatan', 'kode_unit', 'jenis_jabatan'],
  },
  employees: {
    all: [
      'nip', 'nama', 'jenis_pegawai', 'jenis_kelamin', 'tanggal_lahir', 'golongan', 'tmt_golongan', 'kode_jabatan',
      'tmt_jabatan', 'pendidikan', 'jurusan', 'tmt_cpns',
    ],
    required: ['nip', 'nama', 'jenis_pegawai', 'golongan', 'kode_jabatan', 'tmt_jabatan', 'pendidikan'],
  },
  performance: {
    all: ['nip', 'tahun', 'periode', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'predikat', 'nilai_skp'],
    required: ['nip', 'tahun', 'periode'],
  },
  assessments: { all: ['nip', 'tanggal', 'jpm', 'nilai_potensi', 'lembaga'], required: ['nip', 'tanggal', 'jpm', 'nilai_potensi'] },
  discipline: { all: ['nip', 'tingkat', 'jenis', 'tmt_mulai', 'tmt_selesai'], required: ['nip', 'tingkat', 'tmt_mulai'] },
  trainings: { all: ['nip', 'nama', 'jenis', 'jp', 'tanggal_selesai'], required: ['nip', 'nama', 'jp', 'tanggal_selesai'] },
};
