/**
 * Sentences the engine writes (gate reasons such as "golongan III/c < IV/b", "Promosi dari Pelaksana ke Pengawas:
 * masa kerja 3 tahun < 4 tahun", box labels such as "Kinerja di atas ekspektasi dan potensial tinggi") made fit for a
 * leader: comparison signs become words, a code left in a sentence stored by an older review becomes its words, and
 * in English the fixed Indonesian phrases of those templates and the words of codes are translated. The facts
 * (ranks, years, dates, box numbers) are kept as they are.
 */
import type { Lang } from '../language/lang.js';
import { ALL_CODE_WORDS, ENGLISH_OF_LABELS } from './labels.js';

/** Comparison signs as words; the engine writes them with a space on each side. */
const SIGNS: ReadonlyArray<readonly [string, readonly [string, string]]> = [
  [' ≥ ', [' memenuhi minimal ', ' meets the minimum ']],
  [' ≤ ', [' dalam batas ', ' within the limit ']],
  [' < ', [' di bawah syarat ', ' below the required ']],
  [' > ', [' melebihi batas ', ' above the limit ']],
  [' ∉ ', [' tidak termasuk kotak talent pool ', ' is not one of the talent-pool boxes ']],
  [' ∈ ', [' termasuk kotak talent pool ', ' is one of the talent-pool boxes ']],
];

/** The fixed Indonesian phrases of the engine's templates in English. */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ['PPPK tidak dapat menduduki jabatan struktural', 'PPPK (contract staff) cannot hold a structural post'],
  ['tidak ada predikat tahunan dalam jendela penilaian', 'no annual performance rating in the assessment window'],
  ['tidak ada hukuman disiplin sedang/berat dalam', 'no moderate or severe disciplinary penalty within'],
  ['dan tidak ada yang masih berlaku', 'and none still in force'],
  ['masa kerja tidak diketahui (TMT CPNS kosong)', 'years of service unknown (no TMT CPNS)'],
  ['tanpa syarat masa jabatan atau masa kerja', 'no minimum years in position or of service'],
  ['belum terpetakan dalam nine-box', 'not yet placed on the nine-box'],
  ['tidak ada hasil asesmen yang berlaku', 'no valid assessment result'],
  ['JPM minimal', 'minimum JPM'],
  ['tanggal lahir tidak diketahui', 'birth date unknown'],
  ['jenis pegawai PNS', 'employment status PNS'],
  ['predikat tahunan', 'annual ratings'],
  ['hukuman disiplin', 'disciplinary penalty'],
  ['masih berlaku pada', 'still in force on'],
  ['tanpa tanggal selesai', 'no end date'],
  ['masa jabatan', 'years in position'],
  ['masa kerja', 'years of service'],
  ['bukan jalur ke', 'is not a route to'],
  ['lebih dari', 'more than'],
  ['kurang dari', 'less than'],
  ['tidak dikenal', 'unknown'],
  ['di atas ekspektasi', 'above expectations'],
  ['sesuai ekspektasi', 'meets expectations'],
  ['di bawah ekspektasi', 'below expectations'],
  [' dan potensial', ', potential'],
  ['Kinerja', 'Performance'],
  ['kinerja', 'performance'],
  ['potensial', 'potential'],
  ['tinggi', 'high'],
  ['menengah', 'medium'],
  ['rendah', 'low'],
  ['pendidikan', 'education'],
  ['golongan', 'rank'],
  ['predikat', 'rating'],
  ['pensiun', 'retires'],
  ['setara', 'equivalent to'],
  ['jabatan', 'position'],
  ['usia', 'age'],
  ['kotak', 'box'],
  ['tahun', 'years'],
  ['bulan', 'months'],
  ['sebelum', 'before'],
  ['setelah', 'after'],
  ['dalam', 'within'],
  ['tepat', 'exactly'],
  ['hanya', 'only'],
  ['perlu', 'needed'],
  ['dari', 'from'],
  ['s.d.', 'to'],
  ['ke', 'to'],
];

/** Template phrases and the words of codes (Promosi, Sangat baik, sedang …), longest first so a phrase wins over its words. */
const ENGLISH = [...PHRASES, ...ENGLISH_OF_LABELS].sort((a, b) => b[0].length - a[0].length);

function replaceWord(text: string, from: string, to: string): string {
  // A phrase that starts with a space carries its own boundary.
  if (from.startsWith(' ')) return text.split(from).join(to);
  const escaped = from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return text.replace(new RegExp(`(^|[^\\p{L}_])${escaped}(?=$|[^\\p{L}_])`, 'gu'), `$1${to}`);
}

/** An engine sentence in words, in the asker's language. */
export function engineText(text: string, lang: Lang): string {
  const i = lang === 'en' ? 1 : 0;
  let out = text;
  for (const [code, words] of ALL_CODE_WORDS) out = replaceWord(out, code, words[i]);
  for (const [sign, words] of SIGNS) out = out.split(sign).join(words[i]);
  if (lang === 'en') for (const [id, en] of ENGLISH) out = replaceWord(out, id, en);
  return out;
}
