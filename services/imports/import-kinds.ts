/**
 * The import kinds of the contract (§1), the columns each file must or may carry, and the header spellings of
 * SIASN, SIMPEG and e-Kinerja exports accepted for each column. Headers are compared by their spelling key (case,
 * punctuation and spacing ignored); among several matching headers the column's own name wins, then the earlier alias.
 *
 * Adding a kind: add its name to IMPORT_KINDS, its columns here (`column(required, ...aliases)`), and its importer in
 * `import-file.ts`.
 */
export const IMPORT_KINDS = [
  'units',
  'positions',
  'employees',
  'performance',
  'assessments',
  'discipline',
  'trainings',
  'kebutuhan',
  'abk_tugas',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface ColumnSpec {
  required: boolean;
  /** Other header spellings, best first. */
  aliases: readonly string[];
}

export interface KindColumns {
  /** Every known column, in the contract's order (the header generated and sample files use). */
  all: readonly string[];
  /** A file lacking any of these entirely is refused as a whole. */
  required: readonly string[];
  /** Header spellings besides the column's own name, best first. */
  aliases: Readonly<Record<string, readonly string[]>>;
}

const required = (...aliases: string[]): ColumnSpec => ({ required: true, aliases });
const optional = (...aliases: string[]): ColumnSpec => ({ required: false, aliases });

function kindColumns(specs: Readonly<Record<string, ColumnSpec>>): KindColumns {
  const entries = Object.entries(specs);
  return {
    all: entries.map(([name]) => name),
    required: entries.filter(([, spec]) => spec.required).map(([name]) => name),
    aliases: Object.fromEntries(entries.map(([name, spec]) => [name, spec.aliases])),
  };
}

/** SIASN writes NIP_BARU (NIP_LAMA is the old 9-digit number and is never read as the NIP). */
const NIP = ['NIP BARU', 'NIP', 'NIP 18', 'NIP PNS', 'NIP NI PPPK', 'NI PPPK', 'NOMOR INDUK PEGAWAI', 'NO INDUK PEGAWAI'];
const UNIT_REF = [
  'KODE UNIT', 'KODE UNOR', 'UNOR ID', 'ID UNOR', 'UNIT KERJA', 'UNOR', 'UNOR NAMA', 'NAMA UNOR', 'NAMA UNIT',
  'NAMA UNIT KERJA', 'UNIT ORGANISASI', 'SATUAN KERJA', 'SATKER', 'OPD', 'SKPD', 'PERANGKAT DAERAH',
];

/** ABK rows name the position by kode or, as e-Formasi writes it, by name (resolved within the row's unit). */
const ABK_JABATAN = ['JABATAN ID', 'ID JABATAN', 'KODE JAB', 'NAMA JABATAN', 'JABATAN', 'JABATAN NAMA'];
const ABK_TAHUN = ['TAHUN ABK', 'TAHUN ANGGARAN', 'TAHUN KEBUTUHAN', 'THN'];

export const IMPORT_COLUMNS: Readonly<Record<ImportKind, KindColumns>> = {
  units: kindColumns({
    kode_unit: required('KODE UNOR', 'UNOR ID', 'ID UNOR', 'KODE UNIT KERJA', 'ID UNIT', 'KODE SATKER', 'KODE OPD', 'KODE SKPD'),
    nama_unit: required(
      'NAMA UNOR', 'UNOR NAMA', 'NAMA UNIT KERJA', 'UNIT KERJA', 'UNOR', 'UNIT ORGANISASI', 'NAMA SATKER', 'NAMA OPD', 'NAMA SKPD',
    ),
    kode_unit_induk: optional(
      'KODE UNOR INDUK', 'UNOR INDUK ID', 'DIATASAN ID', 'ID ATASAN', 'KODE INDUK', 'UNIT INDUK', 'UNOR INDUK', 'NAMA UNOR INDUK', 'INDUK',
    ),
  }),
  positions: kindColumns({
    kode_jabatan: required('JABATAN ID', 'ID JABATAN', 'KODE JAB'),
    nama_jabatan: required('JABATAN NAMA', 'JABATAN', 'NAMA JAB'),
    kode_unit: required(...UNIT_REF),
    jenis_jabatan: required('JENIS JABATAN NAMA', 'JENIS JAB', 'TIPE JABATAN', 'ESELON', 'ESELON NAMA'),
    jenjang_jf: optional('JENJANG', 'JENJANG JABATAN', 'JENJANG FUNGSIONAL'),
    rumpun: optional('RUMPUN JABATAN', 'KELOMPOK JABATAN'),
    kritikal: optional('JABATAN KRITIKAL', 'KRITIS'),
    kode_referensi: optional('KODE REFERENSI JABATAN', 'KODE JABATAN NASIONAL', 'KODE KATALOG JABATAN', 'REF JABATAN ID', 'KODE REF'),
    eselon: optional('ESELON NAMA', 'ESELONERING'),
  }),
  employees: kindColumns({
    nip: required(...NIP),
    nama: required('NAMA LENGKAP', 'NAMA PEGAWAI', 'NAMA ASN', 'NAMA PNS'),
    jenis_pegawai: required('JENIS PEGAWAI NAMA', 'STATUS PEGAWAI', 'STATUS KEPEGAWAIAN', 'STATUS ASN', 'JENIS ASN'),
    jenis_kelamin: optional('JK', 'L P', 'KELAMIN', 'GENDER', 'SEX'),
    tanggal_lahir: optional('TGL LAHIR', 'TANGGAL LHR', 'TGL LHR'),
    golongan: required(
      'GOL AKHIR', 'GOL AKHIR NAMA', 'GOLONGAN AKHIR', 'GOL', 'PANGKAT GOL', 'PANGKAT GOLONGAN', 'GOL RUANG',
      'GOLONGAN RUANG', 'PANGKAT GOL RUANG', 'PANGKAT GOLONGAN RUANG', 'GOL AKHIR ID', 'GOLONGAN ID', 'PANGKAT',
    ),
    tmt_golongan: optional(
      'TMT GOL', 'TMT PANGKAT', 'TMT GOL AKHIR', 'TMT PANGKAT GOL', 'TMT PANGKAT GOLONGAN', 'TMT GOL RUANG', 'TMT KP',
    ),
    kode_jabatan: required('JABATAN ID', 'ID JABATAN', 'JABATAN', 'NAMA JABATAN', 'JABATAN NAMA'),
    tmt_jabatan: required('TMT JAB'),
    pendidikan: required(
      'PENDIDIKAN TERAKHIR', 'TINGKAT PENDIDIKAN NAMA', 'TINGKAT PENDIDIKAN', 'JENJANG PENDIDIKAN', 'TK PENDIDIKAN',
      'PEND TERAKHIR', 'TINGKAT PENDIDIKAN ID', 'PENDIDIKAN NAMA',
    ),
    jurusan: optional('PROGRAM STUDI', 'PRODI', 'BIDANG STUDI', 'JURUSAN PENDIDIKAN'),
    tmt_cpns: optional(),
    unit_kerja: optional(...UNIT_REF),
  }),
  performance: kindColumns({
    nip: required(...NIP),
    tahun: required('TAHUN PENILAIAN', 'TAHUN SKP', 'THN'),
    periode: required('PERIODIK', 'JENIS PERIODE', 'PERIODE PENILAIAN', 'TRIWULAN'),
    rating_hasil_kerja: optional(
      'HASIL KERJA', 'HASIL KINERJA', 'RATING HASIL KINERJA', 'HASIL KINERJA NILAI', 'HASIL KERJA NILAI', 'KODE HASIL KERJA',
    ),
    rating_perilaku_kerja: optional(
      'PERILAKU KERJA', 'RATING PERILAKU', 'PERILAKU', 'PERILAKU KERJA NILAI', 'KODE PERILAKU KERJA',
    ),
    predikat: optional(
      'PREDIKAT KINERJA', 'KUADRAN KINERJA', 'PREDIKAT KINERJA PEGAWAI', 'PREDIKAT SKP', 'KUADRAN KINERJA NILAI', 'KODE PREDIKAT',
    ),
    nilai_skp: optional('NILAI PRESTASI KERJA', 'CAPAIAN SKP'),
  }),
  assessments: kindColumns({
    nip: required(...NIP),
    tanggal: required('TANGGAL ASESMEN', 'TGL ASESMEN', 'TANGGAL ASSESSMENT', 'TGL ASSESSMENT', 'TANGGAL PELAKSANAAN', 'TANGGAL UJI'),
    jpm: required('NILAI JPM', 'JOB PERSON MATCH', 'PERSENTASE JPM', 'JPM PERSEN'),
    nilai_potensi: required('POTENSI', 'SKOR POTENSI'),
    lembaga: optional('LEMBAGA ASESMEN', 'PENYELENGGARA', 'ASESOR LEMBAGA'),
  }),
  discipline: kindColumns({
    nip: required(...NIP),
    tingkat: required('TINGKAT HUKUMAN', 'TINGKAT HUKDIS', 'TINGKAT HUKUMAN DISIPLIN', 'HUKDIS TINGKAT'),
    jenis: optional('JENIS HUKUMAN', 'JENIS HUKDIS', 'JENIS HUKUMAN DISIPLIN', 'HUKUMAN'),
    tmt_mulai: required('TMT HUKUMAN', 'TMT HUKDIS', 'TANGGAL MULAI', 'MULAI BERLAKU', 'TMT BERLAKU'),
    tmt_selesai: optional('TANGGAL SELESAI', 'AKHIR HUKUMAN', 'TANGGAL AKHIR HUKUMAN', 'BERAKHIR', 'SELESAI HUKUMAN'),
  }),
  trainings: kindColumns({
    nip: required(...NIP),
    nama: required('NAMA DIKLAT', 'NAMA PELATIHAN', 'NAMA KURSUS', 'JUDUL PELATIHAN', 'DIKLAT', 'PELATIHAN'),
    jenis: optional('JENIS DIKLAT', 'JENIS PELATIHAN'),
    jp: required('JUMLAH JP', 'JAM PELAJARAN', 'JUMLAH JAM', 'JUMLAH JAM PELAJARAN', 'DURASI JP'),
    tanggal_selesai: required('TGL SELESAI', 'TANGGAL AKHIR', 'SELESAI'),
  }),
  kebutuhan: kindColumns({
    kode_unit: required(...UNIT_REF),
    kode_jabatan: required(...ABK_JABATAN),
    tahun: required(...ABK_TAHUN),
    kebutuhan: required(
      'JUMLAH KEBUTUHAN', 'KEBUTUHAN PEGAWAI', 'JUMLAH KEBUTUHAN PEGAWAI', 'PEGAWAI YANG DIBUTUHKAN', 'KEBUTUHAN ABK', 'HASIL ABK',
      'JUMLAH KEBUTUHAN PEGAWAI ABK', 'KEBUTUHAN HASIL ABK',
    ),
    sumber: optional('SUMBER DATA', 'SUMBER KEBUTUHAN'),
    nomor_penetapan: optional('NOMOR SK', 'NO SK', 'NOMOR KEPUTUSAN', 'NOMOR PENETAPAN ABK'),
    tanggal_penetapan: optional('TANGGAL SK', 'TGL SK', 'TANGGAL KEPUTUSAN', 'TANGGAL PENETAPAN ABK'),
  }),
  // In the PermenPANRB 1/2020 form, "beban kerja" is the yearly volume and "waktu penyelesaian" the time norm.
  abk_tugas: kindColumns({
    kode_unit: required(...UNIT_REF),
    kode_jabatan: required(...ABK_JABATAN),
    tahun: required(...ABK_TAHUN),
    urutan: optional('NO', 'NO URUT', 'NOMOR', 'NOMOR URUT', 'NO TUGAS'),
    uraian_tugas: required('URAIAN TUGAS JABATAN', 'TUGAS', 'TUGAS JABATAN', 'URAIAN KEGIATAN', 'KEGIATAN', 'URAIAN'),
    satuan_hasil: required('SATUAN', 'SATUAN OUTPUT', 'OUTPUT', 'HASIL KERJA'),
    volume: required('BEBAN KERJA', 'VOLUME KERJA', 'JUMLAH HASIL', 'TARGET', 'VOLUME PER PERIODE'),
    periode_volume: required('PERIODE', 'PERIODE VOLUME KERJA', 'PER', 'PERIODE BEBAN KERJA'),
    waktu_penyelesaian: required('NORMA WAKTU', 'WAKTU', 'WAKTU PENYELESAIAN TUGAS'),
    satuan_waktu: required('SATUAN NORMA WAKTU', 'SATUAN WAKTU PENYELESAIAN'),
  }),
};
