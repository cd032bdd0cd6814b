/**
 * Affixes taken off the words the grammar knows: the particles leaders attach to any word ("penggantinya",
 * "siapakah", Javanese "kinerjane") and the verb prefixes and suffixes of Bahasa Indonesia ("dipromosikan" →
 * promosi). Pure; used by tokenise.ts.
 */

/**
 * Particles leaders attach to any word ("penggantinya", "siapakah", "tolonglah", Betawi "potensinye", Javanese
 * "kinerjane", Minang "potensialnyo").
 */
export const PARTICLES: readonly string[] = ['nya', 'nye', 'nyo', 'ne', 'kah', 'lah'];
/** Verb prefixes and suffixes of Bahasa Indonesia ("dipromosikan", "dicalonkan", "menggantikan", "terpilih"). */
const PREFIXES = ['di', 'ter', 'ber', 'meng', 'mem', 'men', 'me', 'per', ''];
const SUFFIXES = ['kan', 'an', 'i', ''];
/** Prefixes that make a verb on their own ("dipilih", "terpilih"); the others need a suffix too ("Permana" is a name). */
const STANDALONE_PREFIXES: ReadonlySet<string> = new Set(['di', 'ter']);
/** Stems shorter than this are too likely to be part of a name ("Dian" is no "di-" + "an"). */
const MIN_STEM = 4;

/** The known word inside `word` once particles and verb affixes are taken off, or null. */
function knownStem(word: string, known: (word: string) => boolean): string | null {
  for (const particle of [...PARTICLES, '']) {
    if (particle !== '' && !word.endsWith(particle)) continue;
    const base = word.slice(0, word.length - particle.length);
    if (particle !== '' && base.length > 2 && known(base)) return base;
    // "-nnya" typed with one n ("alasanya", "penggantiya" aside): the word ends in the n the particle starts with.
    if (particle === 'nya' && known(`${base}n`) && base.length > 2) return `${base}n`;
    for (const prefix of PREFIXES) {
      for (const suffix of SUFFIXES) {
        if ((prefix === '' && suffix === '') || !base.startsWith(prefix) || !base.endsWith(suffix)) continue;
        if (suffix === '' && !STANDALONE_PREFIXES.has(prefix)) continue;
        const stem = base.slice(prefix.length, base.length - suffix.length);
        if (stem.length >= MIN_STEM && known(stem)) return stem;
      }
    }
  }
  return null;
}

/**
 * Affixes on a word the grammar knows are taken off ("penggantinya" → "pengganti", "dipromosikan" → "promosi"); a
 * word that is known as it stands, or holds no known word, is left alone, so a name such as "Sonya" stays a name.
 */
export function stripAffixes(tokens: readonly string[], known: (word: string) => boolean): string[] {
  return tokens.map((t) => (known(t) ? t : (knownStem(t, known) ?? t)));
}
