/**
 * A cell, row or column of the nine-box grid said by where it is drawn: "kotak kanan atas", "pojok kiri bawah",
 * "the top right box", "baris paling atas", "kolom kanan", "kotak tengah". The grid is drawn as the board and the
 * bots draw it (PermenPANRB 3/2020): kinerja rises upwards (the top row is above expectation), potensial rises to the
 * right (the right column is high). A place is read as the levels of its axes, so a tenant's renumbered boxes are
 * found the same way as a cell said by its axes (`grid-cell.ts`).
 */
import type { GridCellAsked, KinerjaLevelAsked, PotensialLevelAsked } from './grid-cell.js';

const ACROSS: Readonly<Record<string, PotensialLevelAsked>> = {
  kanan: 'TINGGI', right: 'TINGGI', kiri: 'RENDAH', left: 'RENDAH',
};
const UPDOWN: Readonly<Record<string, KinerjaLevelAsked>> = {
  atas: 'DI_ATAS', top: 'DI_ATAS', upper: 'DI_ATAS', bawah: 'DI_BAWAH', bottom: 'DI_BAWAH', lower: 'DI_BAWAH',
};
/** The middle: of whichever axis the place does not otherwise say ("tengah atas", "kanan tengah", "kotak tengah"). */
const MIDDLE: ReadonlySet<string> = new Set(['tengah', 'middle', 'center', 'centre', 'central']);
/** Words that may stand inside a place ("pojok paling kanan atas", "sebelah kiri bawah"). */
const WITHIN: ReadonlySet<string> = new Set(['paling', 'sebelah', 'bagian', 'most', 'hand', 'pojok', 'sudut', 'corner']);

/** What the place is a part of: a box or corner is a cell, a row one kinerja level, a column one potensial level. */
type Part = 'cell' | 'row' | 'column';
const PART_OF: Readonly<Record<string, Part>> = {
  kotak: 'cell', box: 'cell', sel: 'cell', cell: 'cell', kuadran: 'cell', quadrant: 'cell', pojok: 'cell', sudut: 'cell',
  corner: 'cell', grid: 'cell', ninebox: 'cell', baris: 'row', row: 'row', lajur: 'row', kolom: 'column', column: 'column',
};

/** "di atas ekspektasi", "above expectations" name a level, not a place. */
const EXPECTATION: ReadonlySet<string> = new Set(['ekspektasi', 'expectation', 'expectations', 'harapan', 'rata']);

const isPlaceWord = (word: string) => word in ACROSS || word in UPDOWN || MIDDLE.has(word);

/** The part named next to the run of place words words[start, end) (before it, after it, or inside it). */
function partNear(words: readonly string[], start: number, end: number): Part | null {
  for (const at of [start - 1, end, start - 2, end + 1]) {
    const part = PART_OF[words[at] ?? ''];
    if (part) return part;
  }
  for (let i = start; i < end; i++) if (PART_OF[words[i] ?? '']) return 'cell';
  // "top-right on the grid", "kanan atas di ninebox": the grid after a few small words.
  let after = end;
  while (after < end + 3 && OF_THE.has(words[after] ?? '')) after++;
  return after > end && PART_OF[words[after] ?? ''] === 'cell' ? 'cell' : null;
}

/** Small words between a place and the grid it is on. */
const OF_THE: ReadonlySet<string> = new Set(['on', 'of', 'in', 'the', 'di', 'dalam', 'pada', 'dari']);

function placeOf(run: readonly string[], part: Part): GridCellAsked | null {
  let kinerja: KinerjaLevelAsked | null = null;
  let potensial: PotensialLevelAsked | null = null;
  let middle = false;
  for (const word of run) {
    kinerja ??= UPDOWN[word] ?? null;
    potensial ??= ACROSS[word] ?? null;
    middle ||= MIDDLE.has(word);
  }
  if (middle) {
    // "kotak tengah": the centre box; "baris tengah", "kolom tengah": the middle row or column.
    if (part !== 'column' && kinerja === null) kinerja = 'SESUAI';
    if (part !== 'row' && potensial === null) potensial = 'MENENGAH';
  }
  if (part === 'row') potensial = null;
  if (part === 'column') kinerja = null;
  return kinerja === null && potensial === null ? null : { kinerja, potensial };
}

/** The grid's levels a question names by place, or null when it names no place on the grid. */
export function readGridPlace(words: readonly string[]): GridCellAsked | null {
  for (let i = 0; i < words.length; i++) {
    if (!isPlaceWord(words[i] ?? '')) continue;
    let end = i;
    while (end < words.length && (isPlaceWord(words[end] ?? '') || (WITHIN.has(words[end] ?? '') && end > i))) end++;
    // A trailing "pojok"/"corner" belongs to the run's part, not to the place.
    const run = words.slice(i, end).filter((w) => isPlaceWord(w));
    if (EXPECTATION.has(words[end] ?? '')) {
      i = end;
      continue;
    }
    const part = partNear(words, i, end);
    const place = part ? placeOf(run, part) : null;
    if (place) return place;
    i = end;
  }
  return null;
}
