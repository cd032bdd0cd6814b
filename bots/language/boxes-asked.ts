/**
 * The boxes a question asks about: "kotak 9", "box 7 dan 8", "kotak 1 sampai 3", "kotak 7 ke atas"; and where a
 * correction says them again, "kotak 7 dan 8 di dpupr? eh 8 sama 9 maksudnya", those of the correction.
 */
import type { Token } from './token.js';

/** The boxes of the talent pool, which its phrases name ("kotak 7 8 9") and a list of those boxes says too. */
export const POOL_BOXES: readonly number[] = [7, 8, 9];
const BOX_WORDS: ReadonlySet<string> = new Set(['kotak', 'box', 'boxes']);

/** Words between two boxes that include those between them: "kotak 1 sampai 3", "boxes 4 through 6". */
const RANGE_WORDS: ReadonlySet<string> = new Set(['sampai', 'hingga', 'to', 'through', 'thru', 'until']);
/** Words after a box that take the boxes above or below it too. */
const OPEN_RANGE = ([
  ['ke atas', 1], ['keatas', 1], ['and above', 1], ['or above', 1], ['or higher', 1], ['and up', 1],
  ['ke bawah', -1], ['kebawah', -1], ['and below', -1], ['or below', -1], ['or lower', -1],
] as const).map(([phrase, step]) => ({ words: phrase.split(' '), step }));

function boxesSaid(tokens: readonly Token[]): number[] {
  const boxes: number[] = [];
  tokens.forEach((t, i) => {
    // "kotak 7 8 9" is read as the talent pool, and still says its boxes.
    const [first, ...rest] = t.text.split(' ');
    if (t.concept === 'pool' && BOX_WORDS.has(first ?? '')) boxes.push(...rest.filter((w) => /^\d$/.test(w)).map(Number));
    if (t.concept !== 'box') return;
    let range = false;
    for (let j = i + 1; j < tokens.length; j++) {
      const n = tokens[j] as Token;
      // "kotak 7 ke atas", "box 3 and below": every box from the last one said up to 9, or down to 1.
      const open = OPEN_RANGE.find((o) => o.words.every((w, k) => tokens[j + k]?.text === w));
      const last = boxes[boxes.length - 1];
      if (open && last !== undefined) {
        for (let b = last + open.step; b >= 1 && b <= 9; b += open.step) boxes.push(b);
        break;
      }
      if (n.role === 'number' && n.value !== undefined && n.value >= 1 && n.value <= 9) {
        // "kotak 1 sampai 3" is boxes 1, 2 and 3.
        const from = boxes[boxes.length - 1];
        if (range && from !== undefined) for (let b = from + 1; b < n.value; b++) boxes.push(b);
        boxes.push(n.value);
        range = false;
      } else if (RANGE_WORDS.has(n.text)) range = true;
      // "kotak 4, 5 lawan 6": Banjar's "and" between boxes, elsewhere a word of comparing.
      else if (n.role !== 'joiner' && n.text !== 'lawan') break;
    }
  });
  return [...new Set(boxes)];
}

/**
 * Numbers 1–9 said alone, joined by "dan", commas or "sama": the boxes of a correction that does not say "kotak" and
 * says nothing else ("eh 8 sama 9 maksudnya", not "eh maksud saya smpn 1").
 */
function bareBoxes(tokens: readonly Token[]): number[] {
  if (!tokens.every((t) => t.role === 'number' || t.role === 'joiner' || t.role === 'function')) return [];
  const numbers = tokens.filter((t) => t.role === 'number');
  const boxes = numbers.flatMap((t) => (t.value !== undefined && Number.isInteger(t.value) && t.value >= 1 && t.value <= 9 ? [t.value] : []));
  return boxes.length === numbers.length ? boxes : [];
}

/**
 * @param correctedFrom - where a correction of the message begins (-1: none): the boxes it says, with or without
 * "kotak", replace those said before it.
 */
export function readBoxes(tokens: readonly Token[], correctedFrom: number): number[] {
  const boxes = boxesSaid(tokens);
  if (correctedFrom < 0 || boxes.length === 0) return boxes;
  const correction = tokens.slice(correctedFrom);
  const again = boxesSaid(correction);
  const said = again.length > 0 ? again : bareBoxes(correction);
  return said.length > 0 ? said : boxes;
}
