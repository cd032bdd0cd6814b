/**
 * English names of jabatan leaders use ("teachers", "midwives", "vehicle inspectors"), mapped to the Indonesian words
 * the instansi's ABK positions are named with; read beside the English office names (english-org-terms.ts).
 */

/**
 * English names of common jabatan families, singular and plural, as the first words of their Indonesian names: the
 * instansi's own ABK positions say which jenjang and units exist ("teachers" → every Guru …).
 */
export const ENGLISH_JABATAN: ReadonlyArray<readonly [string, string]> = [
  ['vehicle inspector', 'penguji kendaraan bermotor'],
  ['vehicle inspectors', 'penguji kendaraan bermotor'],
  ['finance officer', 'pengelola keuangan'],
  ['finance officers', 'pengelola keuangan'],
  ['road engineer', 'teknik jalan dan jembatan'],
  ['road engineers', 'teknik jalan dan jembatan'],
  ['teacher', 'guru'],
  ['teachers', 'guru'],
  ['nurse', 'perawat'],
  ['nurses', 'perawat'],
  ['midwife', 'bidan'],
  ['midwives', 'bidan'],
  ['doctor', 'dokter'],
  ['doctors', 'dokter'],
  ['auditors', 'auditor'],
  ['archivist', 'arsiparis'],
  ['archivists', 'arsiparis'],
  ['planner', 'perencana'],
  ['planners', 'perencana'],
  ['clerk', 'pengadministrasi'],
  ['clerks', 'pengadministrasi'],
  ['policy analyst', 'analis kebijakan'],
  ['policy analysts', 'analis kebijakan'],
  ['analyst', 'analis'],
  ['analysts', 'analis'],
  ['agricultural extension worker', 'penyuluh pertanian'],
  ['agricultural extension workers', 'penyuluh pertanian'],
  ['extension worker', 'penyuluh'],
  ['agricultural extension officer', 'penyuluh pertanian'],
  ['agricultural extension officers', 'penyuluh pertanian'],
  ['extension officer', 'penyuluh'],
  ['extension officers', 'penyuluh'],
  ['extension workers', 'penyuluh'],
  ['social worker', 'pekerja sosial'],
  ['social workers', 'pekerja sosial'],
  ['school supervisor', 'pengawas sekolah'],
  ['school supervisors', 'pengawas sekolah'],
  ['programmer', 'pranata komputer'],
  ['programmers', 'pranata komputer'],
  ['environmental impact controller', 'pengendali dampak lingkungan'],
  ['environmental impact controllers', 'pengendali dampak lingkungan'],
  ['population database administrator', 'administrator database kependudukan'],
  ['population database administrators', 'administrator database kependudukan'],
];
