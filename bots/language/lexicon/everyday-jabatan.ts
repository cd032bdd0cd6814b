/**
 * Kinds of post leaders name in everyday words, not in the jabatan's official name ("sopir" for a Pengemudi, "guru
 * kelas" for a Guru, "petugas kebersihan"): jabatan words whether or not the instansi's own names say them, so a
 * staffing question about them asks about those posts (the answer matches the words against the ABK's jabatan names
 * and offers the nearest when none matches). Only words that say nothing else: "tenaga" is also any staff ("kekurangan
 * tenaga"), "sekolah" and "keamanan" name units.
 */
export const EVERYDAY_JABATAN: readonly string[] = [
  'sopir', 'supir', 'pengemudi', 'satpam', 'operator', 'petugas kebersihan', 'nakes', 'guru kelas', 'guru mapel',
  'tukang kebun', 'cleaning service',
];
