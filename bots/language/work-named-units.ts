/**
 * A unit described by its work stands for its name: "dinas yang ngurus pajak daerah" is the Dinas/Badan Pendapatan
 * Daerah, "bidang yg urus aset daerah" the Bidang Aset, "the division that looks after roads and bridges" the Bidang
 * Bina Marga. The describing words ("yang ngurus", "that looks after the regency's") go, and a word of work the
 * instansi's names do not use is said in the nomenclature's words (lexicon/work-of-units.ts).
 * Pure; used by refine-roles.ts.
 */
import { WORK_OF_UNITS, WORK_VERBS } from './lexicon/work-of-units.js';
import type { Token } from './token.js';
import type { Vocabulary } from './vocabulary.js';

/** Words that may open the description: "yang", "that", "which". */
const RELATIVES: ReadonlySet<string> = new Set(['yang', 'that', 'which']);
/** Words between the verb and the work: "looks after the regency's", "takes care of", "yang ngurus urusan …". */
const BETWEEN: ReadonlySet<string> = new Set(['after', 'care', 'the', 'regency', 'city', 's', 'of', 'with', 'urusan', 'soal', 'masalah', 'objek']);
/** English verbs of two words whose first word alone says nothing: "looks after", "takes care of", "deals with". */
const TWO_WORD_VERBS: ReadonlySet<string> = new Set(['looks', 'look', 'takes', 'deals', 'deal']);

/** A word of work the instansi's names do not use, in the nomenclature's words as name tokens; null for any other. */
function fieldOf(word: string, vocabulary: Vocabulary): Token[] | null {
  const field = WORK_OF_UNITS[word];
  return field === undefined || vocabulary.isOwnWord(word) ? null : field.split(' ').map((text): Token => ({ text, role: 'org', orgRole: 'domain' }));
}

/**
 * "kantor dewan", "kantor pajak daerah": "kantor" (office) before words naming a unit is no kind the instansi names
 * units with; the words after it name the unit, a word of work in the nomenclature's words.
 */
function withoutOfficeWord(tokens: Token[], vocabulary: Vocabulary): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const next = tokens[i + 1] as Token;
    if (tokens[i]?.text !== 'kantor' || vocabulary.isOwnWord('kantor') || next.role !== 'org' || next.orgRole === 'unitType' || next.orgRole === 'title') continue;
    tokens.splice(i, 2, ...(fieldOf(next.text, vocabulary) ?? [next]));
  }
}

/** In place: descriptions of a unit's work after a kind of unit or a post become the unit's name words. */
export function nameUnitsByTheirWork(tokens: Token[], vocabulary: Vocabulary): void {
  for (let i = 1; i < tokens.length - 2; i++) {
    if (tokens[i - 1]?.role !== 'org' || !RELATIVES.has(tokens[i]?.text ?? '')) continue;
    const verb = tokens[i + 1]?.text ?? '';
    if (!WORK_VERBS.has(verb) && !TWO_WORD_VERBS.has(verb)) continue;
    let work = i + 2;
    while (work < tokens.length && BETWEEN.has(tokens[work]?.text ?? '')) work++;
    const first = tokens[work];
    if (first === undefined || (first.role !== 'org' && WORK_OF_UNITS[first.text] === undefined)) continue;
    // The work's words, said in the nomenclature's where the instansi does not use them.
    const words: Token[] = [];
    let end = work;
    for (; end < tokens.length; end++) {
      const t = tokens[end] as Token;
      const field = fieldOf(t.text, vocabulary);
      if (field !== null) words.push(...field.filter((f) => !words.some((k) => k.text === f.text)));
      else if (t.role === 'org') words.push(t);
      else if (!(t.role === 'joiner' && t.text !== ',' && tokens[end + 1] !== undefined && (tokens[end + 1]?.role === 'org' || WORK_OF_UNITS[tokens[end + 1]?.text ?? ''] !== undefined))) break;
    }
    tokens.splice(i, end - i, ...words);
  }
  withoutOfficeWord(tokens, vocabulary);
}
