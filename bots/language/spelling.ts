/**
 * Typo tolerance: an unknown word is replaced by the one known word within a small edit distance ("kandidta" →
 * "kandidat", "pendidkan" → "pendidikan", "sucessor" → "successor"). Short words are never corrected: at four
 * letters too many real words, and names, are one edit apart.
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
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

/** How many edits a word of this length may carry: none below 5 letters, one up to 7, two from 8. */
export function allowedEdits(length: number): number {
  return length < 5 ? 0 : length < 8 ? 1 : 2;
}

/**
 * @returns the single closest word of `vocabulary` within the allowed edits of `word`, or null when there is none
 * or two different words are equally close (a guess would be a coin toss).
 */
export function correctSpelling(word: string, vocabulary: Iterable<string>): string | null {
  const max = allowedEdits(word.length);
  if (max === 0 || !/^[a-z]+$/.test(word)) return null;
  let best: string | null = null;
  let bestDistance = max + 1;
  let tie = false;
  for (const candidate of vocabulary) {
    if (candidate.length < 4 || Math.abs(candidate.length - word.length) > max) continue;
    const d = editDistance(word, candidate, max);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && candidate !== best) tie = true;
  }
  return best !== null && bestDistance <= max && !tie ? best : null;
}
