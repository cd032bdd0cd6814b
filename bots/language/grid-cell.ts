/**
 * A cell, row or column of the nine-box grid said by its axes rather than its number: "kinerja di atas ekspektasi
 * dan potensial tinggi", "potensi tinggi tapi kinerja rendah", "high performers with high potential". The number of
 * the box is the review's policy's (a tenant may renumber its boxes), so the question keeps the levels and the answer
 * finds the boxes in the review's grid.
 */
import type { Lang } from './lang.js';

export type KinerjaLevelAsked = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH';
export type PotensialLevelAsked = 'TINGGI' | 'MENENGAH' | 'RENDAH';

/** The levels asked for; an axis not said is null (the whole row or column). */
export interface GridCellAsked {
  kinerja: KinerjaLevelAsked | null;
  potensial: PotensialLevelAsked | null;
}

/** Words naming the kinerja axis (also read by the top-talent intent for "kinerja … kurang"). */
export const KINERJA_AXIS: ReadonlySet<string> = new Set([
  'kinerja', 'berkinerja', 'performance', 'performer', 'performers', 'performing', 'skp', 'prestasi kerja',
]);
const POTENSIAL_AXIS: ReadonlySet<string> = new Set(['potensi', 'potensial', 'berpotensi', 'berpotensial', 'potential', 'potentials']);

type Level = 'high' | 'mid' | 'low';

/** Level phrases as words, longest first where one starts another. */
const LEVELS: ReadonlyArray<{ words: readonly string[]; level: Level }> = ([
  ['di atas ekspektasi', 'high'], ['diatas ekspektasi', 'high'], ['above expectations', 'high'], ['above expectation', 'high'],
  ['di atas harapan', 'high'], ['sesuai harapan', 'mid'], ['di bawah harapan', 'low'],
  ['sesuai ekspektasi', 'mid'], ['meets expectations', 'mid'], ['meeting expectations', 'mid'], ['as expected', 'mid'],
  ['di bawah ekspektasi', 'low'], ['dibawah ekspektasi', 'low'], ['below expectations', 'low'], ['below expectation', 'low'],
  ['tinggi', 'high'], ['high', 'high'], ['menengah', 'mid'], ['sedang', 'mid'], ['medium', 'mid'], ['moderate', 'mid'],
  ['average', 'mid'], ['rendah', 'low'], ['low', 'low'],
  // PermenPANRB 6/2022's words and everyday ones: "sesuai" alone, "sangat baik" (above); a bare "baik" is left unread,
  // since it is the rating that meets expectations but is said of any good result.
  ['sesuai', 'mid'], ['sangat baik', 'high'], ['baik sekali', 'high'], ['bagus sekali', 'high'], ['sangat bagus', 'high'],
  ['butuh perbaikan', 'low'], ['biasa saja', 'mid'], ['biasa', 'mid'], ['meet expectations', 'mid'],
  // Against the target a leader set: "melampaui target", "exceeds expectations".
  ['standar', 'mid'], ['standard', 'mid'], ['melampaui target', 'high'], ['melebihi target', 'high'], ['di atas target', 'high'], ['sesuai target', 'mid'],
  ['di bawah target', 'low'], ['exceeds expectations', 'high'], ['exceeding expectations', 'high'],
  ['melampaui ekspektasi', 'high'], ['melebihi ekspektasi', 'high'], ['melampaui harapan', 'high'], ['melebihi harapan', 'high'],
  ['above target', 'high'], ['below target', 'low'],
  // English said of performers: "solid performers with moderate potential", "strong performers", "weak performers".
  ['solid', 'mid'], ['strong', 'high'], ['weak', 'low'], ['poor', 'low'],
] as const).map(([phrase, level]) => ({ words: phrase.split(' '), level }));

/**
 * "kinerja di atas tapi potensi rendah": a direction with the expectation left unsaid, a level only right after its
 * axis ("pegawai di bawah kabid …" are a head's staff, "above performance" no level). After every phrase that goes on
 * to say the expectation.
 */
const DIRECTIONS = ([['di atas', 'high'], ['atas', 'high'], ['di bawah', 'low'], ['bawah', 'low'], ['above', 'high'], ['below', 'low']] as const)
  .map(([phrase, level]) => ({ words: phrase.split(' '), level }));
const LEVELS_AFTER_AXIS = [...LEVELS, ...DIRECTIONS];

const KINERJA_OF: Readonly<Record<Level, KinerjaLevelAsked>> = { high: 'DI_ATAS', mid: 'SESUAI', low: 'DI_BAWAH' };
const POTENSIAL_OF: Readonly<Record<Level, PotensialLevelAsked>> = { high: 'TINGGI', mid: 'MENENGAH', low: 'RENDAH' };

/** Words that may stand between an axis and its level ("kinerja yang tinggi", "kinerjanya tinggi"). */
const BETWEEN: ReadonlySet<string> = new Set(['yang', 'nya', 'is', 'are', 'masih', 'still', 'cuma', 'only', 'agak', 'rather', 'tergolong', 'juga', 'pun', 'also', 'too']);

/** Words denying the level after them: "kinerjanya belum sesuai harapan", "tidak sesuai ekspektasi". */
const NEGATIONS: ReadonlySet<string> = new Set(['belum', 'tidak', 'tak', 'bukan', 'kurang', 'not']);

/**
 * What a denied level says: short of meeting expectations is below them. Denying "above" or "high" says only that it
 * is not the top, which is no one level.
 */
const negatedLevel = (level: Level | null): Level | null => (level === 'mid' ? 'low' : null);

const standsAt = (level: (typeof LEVELS)[number], words: readonly string[], start: number) =>
  level.words.every((w, k) => words[start + k] === w);

/** The level whose phrase starts at `start`. */
const levelFrom = (words: readonly string[], start: number): Level | null => LEVELS_AFTER_AXIS.find((l) => standsAt(l, words, start))?.level ?? null;

/** The level whose phrase ends just before `at`. */
const levelBefore = (words: readonly string[], at: number): Level | null =>
  LEVELS.find((l) => standsAt(l, words, at - l.words.length))?.level ?? null;

const isAxis = (word: string | undefined) => word !== undefined && (KINERJA_AXIS.has(word) || POTENSIAL_AXIS.has(word));

/** The level ending just before `at` said after another axis ("potensi tinggi kinerja …"): that axis's, in Indonesian. */
const levelOfOtherAxisBefore = (words: readonly string[], at: number): boolean =>
  LEVELS.some((l) => standsAt(l, words, at - l.words.length) && isAxis(words[at - l.words.length - 1]));

/**
 * What a verb or preposition before an axis says of it when the axis is followed by "expectations" (English). Not
 * "miss": it is also the title ("Miss Ratna").
 */
const AROUND_AXIS: Readonly<Record<string, Level>> = {
  exceed: 'high', exceeds: 'high', exceeding: 'high', exceeded: 'high', above: 'high', beyond: 'high', surpass: 'high',
  surpasses: 'high', meet: 'mid', meets: 'mid', meeting: 'mid', met: 'mid', below: 'low', under: 'low', misses: 'low',
  missing: 'low', missed: 'low',
};
const EXPECTATIONS: ReadonlySet<string> = new Set(['expectations', 'expectation', 'targets', 'target']);

const OWNERS: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'the']);

/** A level said around its axis: "exceed performance expectations", "miss their performance targets". */
function levelAround(words: readonly string[], at: number): Level | null {
  if (!EXPECTATIONS.has(words[at + 1] ?? '')) return null;
  const before = OWNERS.has(words[at - 1] ?? '') ? at - 2 : at - 1;
  return AROUND_AXIS[words[before] ?? ''] ?? null;
}

/** English axis words, and the English level words said right before them ("high potential", "low performer"). */
const ENGLISH_AXIS: ReadonlySet<string> = new Set(['performance', 'performer', 'performers', 'performing', 'potential', 'potentials']);
const ENGLISH_LEVEL_WORDS: ReadonlySet<string> = new Set(['high', 'low', 'medium', 'moderate', 'average', 'solid', 'strong', 'weak', 'poor']);

/** Words that are the kinerja axis and its level in one: "underperformers with high potential". */
const KINERJA_IN_ONE_WORD: Readonly<Record<string, KinerjaLevelAsked>> = {
  underperformers: 'DI_BAWAH', underperformer: 'DI_BAWAH', underperforming: 'DI_BAWAH', overperformers: 'DI_ATAS',
  overachievers: 'DI_ATAS', overperforming: 'DI_ATAS',
};

function levelOfAxis(words: readonly string[], at: number, lang: Lang): Level | null {
  const around = levelAround(words, at);
  if (around) return around;
  // An English phrase keeps its order inside an Indonesian question: "list high potential low performance di …".
  if (ENGLISH_AXIS.has(words[at] ?? '') && ENGLISH_LEVEL_WORDS.has(words[at - 1] ?? '')) return levelBefore(words, at);
  let after = at + 1;
  while (BETWEEN.has(words[after] ?? '')) after++;
  const following = NEGATIONS.has(words[after] ?? '') ? negatedLevel(levelFrom(words, after + 1)) : levelFrom(words, after);
  const preceding = lang === 'id' && levelOfOtherAxisBefore(words, at) ? null : levelBefore(words, at);
  // Indonesian says the level after the axis ("potensi tinggi"), English before it ("high potential").
  return lang === 'en' ? (preceding ?? following) : (following ?? preceding);
}

/** The grid's levels a question asks for, or null when it names no level of either axis. */
/**
 * The cell a correction leaves: the axes it says replace those said before ("kinerja di atas ekspektasi dan potensi
 * tinggi? Eh, maksud saya potensinya menengah" keeps the kinerja), those it does not say stay.
 */
export function correctedCell(before: GridCellAsked | null, after: GridCellAsked | null): GridCellAsked | null {
  if (after === null) return before;
  return { kinerja: after.kinerja ?? before?.kinerja ?? null, potensial: after.potensial ?? before?.potensial ?? null };
}

export function readGridCell(words: readonly string[], lang: Lang): GridCellAsked | null {
  let kinerja: KinerjaLevelAsked | null = null;
  let potensial: PotensialLevelAsked | null = null;
  words.forEach((word, i) => {
    if (kinerja === null && KINERJA_IN_ONE_WORD[word] !== undefined) kinerja = KINERJA_IN_ONE_WORD[word];
    else if (kinerja === null && KINERJA_AXIS.has(word)) {
      const level = levelOfAxis(words, i, lang);
      if (level) kinerja = KINERJA_OF[level];
    } else if (potensial === null && POTENSIAL_AXIS.has(word)) {
      const level = levelOfAxis(words, i, lang);
      if (level) potensial = POTENSIAL_OF[level];
    }
  });
  // "di atas ekspektasi", "meets expectations" are kinerja's levels alone: said without the axis, they still name it.
  kinerja ??= kinerjaByExpectation(words);
  return kinerja === null && potensial === null ? null : { kinerja, potensial };
}

/** Level phrases that belong to the kinerja axis only (PermenPANRB 6/2022's ratings against expectation). */
const EXPECTATION_LEVELS = LEVELS.filter((l) => l.words.length > 1);

function kinerjaByExpectation(words: readonly string[]): KinerjaLevelAsked | null {
  for (let i = 0; i < words.length; i++) {
    const level = EXPECTATION_LEVELS.find((l) => standsAt(l, words, i))?.level;
    if (!level) continue;
    if (!NEGATIONS.has(words[i - 1] ?? '')) return KINERJA_OF[level];
    const denied = negatedLevel(level);
    if (denied) return KINERJA_OF[denied];
  }
  return null;
}

const KINERJA_LETTER: Readonly<Record<KinerjaLevelAsked, string>> = { DI_ATAS: 'A', SESUAI: 'S', DI_BAWAH: 'B' };
const POTENSIAL_LETTER: Readonly<Record<PotensialLevelAsked, string>> = { TINGGI: 'T', MENENGAH: 'M', RENDAH: 'R' };
const letterOf = <L extends string>(letters: Readonly<Record<L, string>>, letter: string): L | null =>
  (Object.keys(letters) as L[]).find((level) => letters[level] === letter) ?? null;

/** A pick key's two letters for a cell ("AT": di atas × tinggi, "-R": any kinerja × rendah); empty for none. */
export function cellKey(cell: GridCellAsked | null): string {
  if (cell === null) return '';
  return `${cell.kinerja ? KINERJA_LETTER[cell.kinerja] : '-'}${cell.potensial ? POTENSIAL_LETTER[cell.potensial] : '-'}`;
}

export function cellOfKey(key: string): GridCellAsked | null {
  if (key.length !== 2) return null;
  return { kinerja: letterOf(KINERJA_LETTER, key[0] as string), potensial: letterOf(POTENSIAL_LETTER, key[1] as string) };
}
