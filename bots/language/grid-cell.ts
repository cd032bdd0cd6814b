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

const KINERJA_AXIS: ReadonlySet<string> = new Set(['kinerja', 'berkinerja', 'performance', 'performer', 'performers', 'performing', 'skp']);
const POTENSIAL_AXIS: ReadonlySet<string> = new Set(['potensi', 'potensial', 'berpotensi', 'potential', 'potentials']);

type Level = 'high' | 'mid' | 'low';

/** Level phrases, longest first where one starts another. */
const LEVELS: ReadonlyArray<readonly [string, Level]> = [
  ['di atas ekspektasi', 'high'], ['diatas ekspektasi', 'high'], ['above expectations', 'high'], ['above expectation', 'high'],
  ['sesuai ekspektasi', 'mid'], ['meets expectations', 'mid'], ['meeting expectations', 'mid'], ['as expected', 'mid'],
  ['di bawah ekspektasi', 'low'], ['dibawah ekspektasi', 'low'], ['below expectations', 'low'], ['below expectation', 'low'],
  ['tinggi', 'high'], ['high', 'high'], ['menengah', 'mid'], ['sedang', 'mid'], ['medium', 'mid'], ['moderate', 'mid'],
  ['average', 'mid'], ['rendah', 'low'], ['low', 'low'],
].map(([phrase, level]) => [phrase as string, level as Level] as const);

const KINERJA_OF: Readonly<Record<Level, KinerjaLevelAsked>> = { high: 'DI_ATAS', mid: 'SESUAI', low: 'DI_BAWAH' };
const POTENSIAL_OF: Readonly<Record<Level, PotensialLevelAsked>> = { high: 'TINGGI', mid: 'MENENGAH', low: 'RENDAH' };

/** Words that may stand between an axis and its level ("kinerja yang tinggi", "kinerjanya tinggi"). */
const BETWEEN: ReadonlySet<string> = new Set(['yang', 'nya', 'is', 'are']);

/** The level phrase starting at `at`, with the number of words it takes. */
function levelAt(words: readonly string[], at: number): { level: Level; length: number } | null {
  for (const [phrase, level] of LEVELS) {
    const parts = phrase.split(' ');
    if (parts.every((p, k) => words[at + k] === p)) return { level, length: parts.length };
  }
  return null;
}

/** The level phrase ending just before `at`. */
function levelBefore(words: readonly string[], at: number): Level | null {
  for (const [phrase, level] of LEVELS) {
    const parts = phrase.split(' ');
    const start = at - parts.length;
    if (start >= 0 && parts.every((p, k) => words[start + k] === p)) return level;
  }
  return null;
}

function levelOfAxis(words: readonly string[], at: number, lang: Lang): Level | null {
  let after = at + 1;
  while (BETWEEN.has(words[after] ?? '')) after++;
  const following = levelAt(words, after)?.level ?? null;
  const preceding = levelBefore(words, at);
  // Indonesian says the level after the axis ("potensi tinggi"), English before it ("high potential").
  return lang === 'en' ? (preceding ?? following) : (following ?? preceding);
}

/** The grid's levels a question asks for, or null when it names no level of either axis. */
export function readGridCell(words: readonly string[], lang: Lang): GridCellAsked | null {
  let kinerja: KinerjaLevelAsked | null = null;
  let potensial: PotensialLevelAsked | null = null;
  words.forEach((word, i) => {
    if (kinerja === null && KINERJA_AXIS.has(word)) {
      const level = levelOfAxis(words, i, lang);
      if (level) kinerja = KINERJA_OF[level];
    } else if (potensial === null && POTENSIAL_AXIS.has(word)) {
      const level = levelOfAxis(words, i, lang);
      if (level) potensial = POTENSIAL_OF[level];
    }
  });
  return kinerja === null && potensial === null ? null : { kinerja, potensial };
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

/** The boxes of the asked cell, row or column in a review's grid (rows by kinerja level, columns by potensial level). */
export function boxesOfCell(grid: { rows: ReadonlyArray<{ kinerja: string; boxes: readonly number[] }>; columns: ReadonlyArray<{ potensial: string }> }, cell: GridCellAsked): number[] {
  const columns = grid.columns.map((c, k) => (cell.potensial === null || c.potensial === cell.potensial ? k : -1)).filter((k) => k >= 0);
  return grid.rows
    .filter((r) => cell.kinerja === null || r.kinerja === cell.kinerja)
    .flatMap((r) => columns.map((k) => r.boxes[k]).filter((b): b is number => b !== undefined))
    .sort((a, b) => a - b);
}
