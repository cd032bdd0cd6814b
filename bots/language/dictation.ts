/**
 * What dictation and hurried typing do to words: an abbreviation spelt out letter by letter ("b p b d", "p u p r",
 * or by the letters' names, "be pe be de"),
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

/** Letters said by name, as dictation writes them ("be ka pe es de em" is BKPSDM). */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  be: 'b', ce: 'c', de: 'd', ef: 'f', ge: 'g', ha: 'h', je: 'j', ka: 'k', el: 'l', em: 'm', en: 'n', pe: 'p', ki: 'q',
  er: 'r', es: 's', te: 't', ve: 'v', we: 'w', eks: 'x', ye: 'y', zet: 'z',
};

const letterOf = (token: string | undefined) => (token === undefined ? undefined : /^[a-z]$/.test(token) ? token : LETTER_NAMES[token]);

/**
 * Letters said by name from `i` that spell an abbreviation or a word the grammar knows ("es de negeri dua", "pe el
 * te"), the longest such run; at least one said by name, so single letters keep their own rule.
 */
function spokenLetters(tokens: readonly string[], i: number, words: DictationWords): { word: string; length: number } | null {
  let end = i;
  while (letterOf(tokens[end]) !== undefined) end++;
  for (let last = end; last - i >= 2; last--) {
    const run = tokens.slice(i, last);
    const word = run.map((t) => letterOf(t) as string).join('');
    if (run.some((t) => t.length > 1) && (words.abbreviation(word) || words.known(word))) return { word, length: run.length };
  }
  return null;
}

/** Single letters spelt one by one, or two pieces of one word, that make an abbreviation together. */
function joinPieces(tokens: readonly string[], words: DictationWords): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const spoken = spokenLetters(tokens, i, words);
    if (spoken) {
      out.push(spoken.word);
      i += spoken.length - 1;
      continue;
    }
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
