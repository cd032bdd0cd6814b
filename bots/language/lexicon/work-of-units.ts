/**
 * What a unit does, as leaders describe it instead of naming it ("dinas yang ngurus pajak daerah", "bidang yg urus
 * irigasi", "the division that looks after roads and bridges"), in the words the regional nomenclature names such units
 * with (Permendagri's "Pendapatan", "Sumber Daya Air", "Bina Marga"). Read only inside such a description
 * (work-named-units.ts), and only where the instansi's own names do not use the word itself.
 */
export const WORK_OF_UNITS: Readonly<Record<string, string>> = {
  pajak: 'pendapatan', retribusi: 'pendapatan', tunggakan: 'penagihan', nagih: 'penagihan', menagih: 'penagihan',
  ktp: 'kependudukan', akta: 'pencatatan sipil', izin: 'penanaman modal', perizinan: 'penanaman modal',
  irigasi: 'sumber daya air', jalan: 'bina marga', jembatan: 'bina marga', padi: 'tanaman pangan', palawija: 'tanaman pangan',
  trayek: 'angkutan', angkot: 'angkutan', bencana: 'penanggulangan bencana', wisata: 'pariwisata', koni: 'olahraga',
  bansos: 'sosial', pkh: 'sosial', gaji: 'keuangan', spj: 'keuangan', kelembagaan: 'organisasi', anjab: 'organisasi',
  tatalaksana: 'organisasi', humas: 'informasi', ekonomi: 'perekonomian', kendaraan: 'umum',
  taxes: 'pendapatan', tax: 'pendapatan', roads: 'bina marga', bridges: 'bina marga', permits: 'penanaman modal',
  irrigation: 'sumber daya air', disasters: 'penanggulangan bencana', salaries: 'keuangan', payroll: 'keuangan',
};

/** Verbs that describe a unit by its work, after "yang"/"that": "yang ngurus", "yg pegang", "that handles". */
export const WORK_VERBS: ReadonlySet<string> = new Set([
  'ngurus', 'urus', 'mengurus', 'ngurusin', 'menangani', 'nanganin', 'pegang', 'memegang', 'membidangi', 'mengelola', 'ngelola',
  'handles', 'handle', 'manages', 'manage', 'runs', 'issues', 'oversees', 'covers', 'nagih', 'menagih',
]);
