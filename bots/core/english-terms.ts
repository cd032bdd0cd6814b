/**
 * English words leaders use for Indonesian organisation names ("head of finance"), mapped to the words the
 * official names use, so the same fuzzy matcher serves both languages. Multi-word phrases come first.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bregional secretary\b/g, 'sekretaris daerah'],
  [/\bhuman resources?\b/g, 'sumber daya manusia'],
  [/\bpublic works\b/g, 'pekerjaan umum'],
  [/\bcivil service\b/g, 'kepegawaian'],
];

const WORDS: Readonly<Record<string, string>> = {
  head: 'kepala',
  chief: 'kepala',
  director: 'kepala',
  finance: 'keuangan',
  financial: 'keuangan',
  education: 'pendidikan',
  health: 'kesehatan',
  agency: 'badan',
  board: 'badan',
  office: 'dinas',
  department: 'dinas',
  dept: 'dinas',
  secretary: 'sekretaris',
  secretariat: 'sekretariat',
  division: 'bidang',
  section: 'seksi',
  subdivision: 'subbagian',
  planning: 'perencanaan',
  transport: 'perhubungan',
  transportation: 'perhubungan',
  hospital: 'rumah sakit',
  personnel: 'kepegawaian',
  revenue: 'pendapatan',
  social: 'sosial',
  tourism: 'pariwisata',
  agriculture: 'pertanian',
  inspectorate: 'inspektorat',
  regional: 'daerah',
};

/** Words that carry no meaning in a name query ("the head of the finance agency"). */
const FILLER: ReadonlySet<string> = new Set(['the', 'of', 'a', 'an', 'in', 'for', 'at']);

/** Translates English organisation words in an already folded (lowercase, no punctuation) query. */
export function translateEnglishTerms(folded: string): string {
  let text = folded;
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement);
  return text
    .split(' ')
    .filter((w) => w.length > 0 && !FILLER.has(w))
    .map((w) => WORDS[w] ?? w)
    .join(' ');
}
