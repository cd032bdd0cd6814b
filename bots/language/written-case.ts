/**
 * What a message's capitals say about its names. Where the asker writes a name with capitals inside a sentence ("mohon
 * alasan Sdr. Teguh Prasetyo …"), a word the grammar does not know written in lower case ("surat keberatan", "program
 * pendampingan") or in capitals as an acronym ("KASN") is an unfamiliar word, not a name. Messages typed all in lower
 * case (most chat) or all in capitals say nothing either way. Pure; used by analysis.ts.
 */
import type { Token } from './token.js';

/** Words as written, each with whether it opens a sentence (where a capital says nothing). */
function writtenWords(text: string): Array<{ word: string; opensSentence: boolean }> {
  const out: Array<{ word: string; opensSentence: boolean }> = [];
  let opens = true;
  let previous = '';
  for (const m of text.matchAll(/[A-Za-z]+|[.?!:;"“”]/g)) {
    const w = m[0];
    if (!/^[A-Za-z]/.test(w)) {
      // "Sdr. Teguh", "Kec. Contoh": the full stop of a short title or abbreviation ends no sentence.
      opens ||= w !== '.' || previous.length > 3;
      continue;
    }
    out.push({ word: w, opensSentence: opens });
    opens = false;
    previous = w;
  }
  return out;
}

/** Words written in lower case inside a capitalised name. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['boru', 'binti', 'bin', 'van', 'der', 'den', 'von', 'dos', 'santos']);

const isTitleCase = (w: string) => /^[A-Z][a-z]+$/.test(w);
const isAcronym = (w: string) => /^[A-Z]{3,}$/.test(w);

export interface WrittenCase {
  /** Folded words written with a capital inside a sentence ("… Sdr. Teguh Prasetyo"). */
  capitalised: ReadonlySet<string>;
  /** Folded words never written as a name: only in lower case, or as an acronym. */
  neverAsName: ReadonlySet<string>;
  /** Folded words written with a capital and then lower case somewhere, a sentence's first word included. */
  titleCase: ReadonlySet<string>;
  /** Folded words only ever written in lower case. */
  lowerOnly: ReadonlySet<string>;
}

export function readWrittenCase(text: string): WrittenCase {
  const words = writtenWords(text);
  const capitalised = new Set(words.filter((w) => !w.opensSentence && isTitleCase(w.word)).map((w) => w.word.toLowerCase()));
  const asName = new Set(words.filter((w) => isTitleCase(w.word)).map((w) => w.word.toLowerCase()));
  // Particles inside a name stay in lower case ("Rosmawati br. Sitorus", "Lasma boru Simanjuntak", "Ahmad bin Yusuf").
  const lowerWord = (w: string) => w === w.toLowerCase() && w.length > 3 && !NAME_PARTICLES.has(w);
  const neverAsName = new Set(words.filter((w) => lowerWord(w.word) || isAcronym(w.word))
    .map((w) => w.word.toLowerCase()).filter((w) => !asName.has(w)));
  const withCapital = new Set(words.filter((w) => /[A-Z]/.test(w.word)).map((w) => w.word.toLowerCase()));
  const lowerOnly = new Set(words.map((w) => w.word).filter((w) => w === w.toLowerCase() && !withCapital.has(w)));
  return { capitalised, neverAsName, titleCase: asName, lowerOnly };
}

/**
 * Where the message writes a name with capitals, a name word it writes only in lower case or as an acronym is no name
 * ("Sebagai bahan jawaban surat keberatan, mohon alasan Sdr. Teguh Prasetyo …"): it becomes a function word, in place.
 */
export function dropUncapitalisedNames(tokens: Token[], written: WrittenCase): void {
  const namesCapitalised = tokens.some((t) => t.role === 'name' && written.capitalised.has(t.text));
  // A message that capitalises words inside its sentences ("… di lingkungan Badan Kesatuan Bangsa dan Politik untuk
  // kelengkapan laporan") writes a name so too: a word it writes in lower case with the affixes of a derived word is none.
  const capitalises = written.capitalised.size > 0;
  for (const [i, t] of tokens.entries()) {
    if (t.role !== 'name') continue;
    const notName = namesCapitalised ? written.neverAsName.has(t.text) : capitalises && written.lowerOnly.has(t.text) && DERIVED.test(t.text);
    if (notName) tokens[i] = { text: t.text, role: 'function' };
  }
}

/**
 * Indonesian derivations no given name takes: "kelengkapan", "mencapai", "ditindaklanjuti", "pemberhentian",
 * "berdasarkan", "menyampaikan".
 */
const DERIVED = /^(?:(?:me[mn]g?|meny|ber|ter|di|per|pe[mn]g?|ke)[a-z]{3,}(?:kan|an|i)|(?:me[mn]g?|meny)[a-z]{4,})$/;
