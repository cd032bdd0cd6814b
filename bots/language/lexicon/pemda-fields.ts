/**
 * Words of the fields pemda units are named after (the nomenclature of perangkat daerah and of their bidang, seksi and
 * UPTD), whether or not this instansi has such a unit. A question that names a field its directory lacks ("kasi
 * kurikulum", "kabid litbang", "kasi surveilans dan imunisasi") asks for a unit that is not there, which deserves "not
 * found" rather than the word taken for a person's name and dropped. Words people also bear as names are left out.
 */
export const PEMDA_FIELD_WORDS: readonly string[] = [
  // Education and culture.
  'kurikulum', 'kesiswaan', 'ketenagaan', 'sarpras', 'prasarana', 'paud', 'slb', 'kejuruan', 'literasi',
  'kesenian', 'cagar', 'permuseuman',
  // Health.
  'surveilans', 'imunisasi', 'gizi', 'farmasi', 'kefarmasian', 'alkes', 'sanitasi', 'kesling', 'epidemiologi',
  'rujukan', 'promkes', 'akreditasi', 'laboratorium', 'labkesda', 'ambulans',
  // Research, planning and finance.
  'litbang', 'penelitian', 'inovasi', 'statistik', 'pelaporan', 'akuntansi',
  'perbendaharaan', 'verifikasi', 'retribusi', 'pajak', 'penagihan', 'pendapatan', 'anggaran', 'aset', 'barang', 'jasa',
  'pengadaan', 'penatausahaan',
  // Oversight and government.
  'irbansus', 'investigasi', 'reviu', 'protokol', 'protokoler', 'persidangan', 'perundangan',
  'legislasi', 'otonomi', 'pertanahan', 'kependudukan', 'transmigrasi', 'perbatasan',
  // Works, environment, economy.
  'drainase', 'irigasi', 'jembatan', 'konstruksi', 'bangunan', 'gedung', 'persampahan', 'limbah', 'pertamanan',
  'pemakaman', 'kebersihan', 'konservasi', 'kehutanan', 'perkebunan', 'hortikultura', 'benih', 'pupuk', 'penyuluhan',
  'perikanan', 'kelautan', 'peternakan', 'veteriner', 'metrologi', 'perlindungan', 'konsumen', 'pasar', 'perparkiran',
  'terminal', 'pengujian', 'kendaraan', 'perhubungan', 'pelabuhan', 'pariwisata', 'destinasi', 'ekonomi', 'kreatif',
  'koperasi', 'ukm', 'umkm', 'perindustrian', 'penanaman', 'perizinan',
  // Social affairs, labour, disaster.
  'rehabilitasi', 'fakir', 'miskin', 'disabilitas', 'lansia', 'penempatan',
  'pengawasan', 'kedaruratan', 'logistik', 'kesiapsiagaan', 'pemadam', 'kebakaran',
  'penyelamatan', 'persandian', 'statistika', 'kearsipan', 'perpustakaan', 'pemasaran', 'pengaduan',
];
