/**
 * Typo tolerance: an unknown word is replaced by the one known word within a small edit distance ("kandidta" →
 * "kandidat", "pendidkan" → "pendidikan", "sucessor" → "successor"). Short words are corrected only towards question
 * words: at four letters too many real words, and names, are one edit apart.
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prevPrev[j - 2] as number) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * A word typed one edit off a later word of a question phrase ("talent pol", "kotak talenat"): where the phrase's
 * first word is said as it is, an unknown word of four letters or more for its next ones is that phrase, mistyped.
 */
export function mistypedAs(typed: string, wanted: string): boolean {
  return wanted.length >= 4 && typed.length >= 3 && /^[a-z]+$/.test(typed) && editDistance(typed, wanted, 1) <= 1;
}

/** How many edits apart two words are (at most two counted exactly; further is three). */
export function editsApart(a: string, b: string): number {
  return editDistance(a, b, 2);
}

/** How many edits a word of this length may carry: none below 5 letters, one up to 7, two from 8. */
function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * @param options.shortWords - also correct four-letter words (question words such as "redy", "shwo"), by one edit
 * @param options.sameMeaning - two equally close candidates are no coin toss when they mean the same ("risko" is
 * both "risk" and "risiko")
 * @returns the single closest word of `vocabulary` within the edits allowed for the shorter of the two words, or
 * null when there is none or two equally close words mean different things
 */
export function correctSpelling(
  word: string,
  vocabulary: Iterable<string>,
  options: { shortWords?: boolean; sameMeaning?: (a: string, b: string) => boolean } = {},
): string | null {
  if (!/^[a-z]+$/.test(word)) return null;
  const budget = (length: number) => (options.shortWords && length === 4 ? 1 : allowedEdits(length));
  if (budget(word.length) === 0) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of vocabulary) {
    const max = budget(Math.min(word.length, candidate.length));
    if (max === 0 || Math.abs(candidate.length - word.length) > max) continue;
    const d = editDistance(word, candidate, max);
    if (d > max) continue;
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && candidate !== best && !(options.sameMeaning?.(candidate, best as string) ?? false)) tie = true;
  }
  return tie ? null : best;
}
