/**
 * All concept phrases the grammar recognises: the shared ones (question words, negation, "ready", "box"…) plus the
 * phrases each intent module declares for itself, indexed by first word for longest-match lookup.
 */
import { SHARED_CONCEPT_PHRASES } from './lexicon/concepts.js';

export type ConceptPhrases = Readonly<Record<string, readonly string[]>>;

export interface PhraseIndex {
  /** Phrases starting with `word`, longest first. */
  startingWith(word: string): ReadonlyArray<{ words: readonly string[]; concept: string }>;
  /** Every single word of every phrase (known words, and targets of typo correction). */
  readonly words: ReadonlySet<string>;
  /** True when two single-word phrases express the same concept ("risk", "risiko"). */
  sameConcept(a: string, b: string): boolean;
  /** A word that is a concept phrase by itself ("informasi", "regency"), not only part of one ("head" of "head to head"). */
  isConceptWord(word: string): boolean;
}

export function buildPhraseIndex(extra: readonly ConceptPhrases[]): PhraseIndex {
  const byFirst = new Map<string, Array<{ words: string[]; concept: string }>>();
  const words = new Set<string>();
  const conceptOfWord = new Map<string, string>();
  for (const phrases of [SHARED_CONCEPT_PHRASES as ConceptPhrases, ...extra]) {
    for (const [concept, list] of Object.entries(phrases)) {
      for (const phrase of list) {
        const parts = phrase.split(' ');
        for (const p of parts) words.add(p);
        if (parts.length === 1) conceptOfWord.set(phrase, concept);
        const entry = byFirst.get(parts[0] as string) ?? [];
        entry.push({ words: parts, concept });
        byFirst.set(parts[0] as string, entry);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    startingWith: (word) => byFirst.get(word) ?? [],
    words,
    sameConcept: (a, b) => conceptOfWord.has(a) && conceptOfWord.get(a) === conceptOfWord.get(b),
    isConceptWord: (word) => conceptOfWord.has(word),
  };
}
