/** The commands both bots understand, in Bahasa Indonesia with the English words accepted. */
export const HELP_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['kandidat <jabatan>', 'kandidat pengganti suatu jabatan (mis. "kandidat kepala dinas pendidikan", "siapa pengganti sekda?")'],
  ['ninebox [unit]', 'sebaran talenta sembilan kotak, gambar dan teks (mis. "ninebox dinas kesehatan")'],
  ['profil <nip|nama>', 'profil talenta seorang pegawai'],
  ['risiko [unit]', 'jabatan kritikal yang berisiko dan metrik bangku cadangan'],
  ['jadwal', 'jadwal tinjauan talenta'],
  ['bantuan', 'daftar perintah ini'],
];

export function presentHelp(): string {
  return [
    'Talenta — asisten manajemen talenta dan suksesi ASN',
    '',
    ...HELP_COMMANDS.map(([cmd, what]) => `• ${cmd} — ${what}`),
    '',
    'Pertanyaan dalam bahasa Inggris juga dipahami: successors <position>, ninebox, profile, risk, schedule, help.',
  ].join('\n');
}
