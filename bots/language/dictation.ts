/**
 * What dictation and hurried typing do to words: an abbreviation spelt out letter by letter ("b p b d", "p u p r"),
 * split in two ("dis hub", "bap peda"), the passive "di-" written apart ("di petakan"), or two words run together
 * ("sekretarisdaerah", "siapsekarang"). Mended only
 * where the result is a word the grammar knows, so names and words it does not know stay as typed.
 * Pure; used by tokenise.ts.
 */

export interface DictationWords {
  /** A word the grammar knows as it stands. */
  known(word: string): boolean;
  /** A pemda abbreviation ("bpbd", "dishub", "kadisdik"). */
  abbreviation(word: string): boolean;
}

const LETTERS = /^[a-z]+$/;
/** Halves of a word run together are at least this long: shorter ones ("di", "dan") would cut names apart. */
const MIN_PART = 4;

export function mendDictation(tokens: readonly string[], words: DictationWords): string[] {
  return splitRunTogether(joinPieces(tokens, words), words);
}

/** Single letters spelt one by one, or two pieces of one word, that make an abbreviation together. */
function joinPieces(tokens: readonly string[], words: DictationWords): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let end = i;
    while (/^[a-z]$/.test(tokens[end] ?? '')) end++;
    const spelt = tokens.slice(i, end).join('');
    if (end - i >= 2 && words.abbreviation(spelt)) {
      out.push(spelt);
      i = end - 1;
      continue;
    }
    const [piece, next] = [tokens[i] as string, tokens[i + 1] ?? ''];
    const pieces = LETTERS.test(piece) && LETTERS.test(next) && !(words.known(piece) && words.known(next));
    if (pieces && words.abbreviation(piece + next)) {
      out.push(piece + next);
      i++;
      continue;
    }
    // "belum di petakan": the passive "di-" written apart from a verb the grammar knows only with it.
    if (piece === 'di' && LETTERS.test(next) && !words.known(next) && words.known(piece + next)) {
      out.push(piece + next);
      i++;
      continue;
    }
    out.push(tokens[i] as string);
  }
  return out;
}

/** A word the grammar does not know that is two it knows, run together: the longest first half wins. */
function splitRunTogether(tokens: readonly string[], words: DictationWords): string[] {
  return tokens.flatMap((t) => {
    if (t.length < 2 * MIN_PART || !LETTERS.test(t) || words.known(t) || words.abbreviation(t)) return [t];
    for (let at = t.length - MIN_PART; at >= MIN_PART; at--) {
      const [first, second] = [t.slice(0, at), t.slice(at)];
      if (words.known(first) && words.known(second)) return [first, second];
    }
    return [t];
  });
}
