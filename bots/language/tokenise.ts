/**
 * First step of understanding: chat syntax removed, text folded (case, accents, apostrophes, punctuation), a NIP
 * typed with spaces put back together, and chat shorthand written out ("yg brp skrg" → "yang berapa sekarang").
 * Commas and ampersands survive as their own tokens: they separate names ("Budi, Rina dan Agus").
 */
import { CHAT_SHORTHAND } from './lexicon/chat-shorthand.js';

/** Slack mentions and channel links (`<@U123>`, `<#C1|umum>`, `<!here>`), Telegram `@bot` mentions; link labels kept. */
function stripChatSyntax(text: string): string {
  return text
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, ' $1 ')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/(^|\s)@\w+/g, ' ');
}

/** Lowercase, accents and apostrophes removed (`who's` → `whos`), separators kept as tokens, other punctuation gone. */
export function foldTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`´]/g, '')
    .replace(/[,;&]/g, ' , ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
}

/** A NIP is 18 digits, often typed in its printed groups (`19660801 198803 1 001`). */
const NIP_LENGTH = 18;

/** Joins runs of digit groups that add up to exactly one NIP. */
function joinNipGroups(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    let j = i;
    while (j < tokens.length && /^\d+$/.test(tokens[j] as string) && joined.length < NIP_LENGTH) joined += tokens[j++];
    if (j - i > 1 && joined.length === NIP_LENGTH) {
      out.push(joined);
      i = j - 1;
    } else out.push(tokens[i] as string);
  }
  return out;
}

/**
 * Chat shorthand written out; one token may become several words ("whos" → "who is"), or none. Reduplication,
 * Indonesian for a plural, is read as the word itself ("calon2", "calon-calon" → "calon").
 */
function expandShorthand(tokens: readonly string[]): string[] {
  const words = tokens.flatMap((t) => {
    const single = /^([a-z]{3,})2$/.exec(t)?.[1] ?? t;
    const long = CHAT_SHORTHAND[single];
    return long === undefined ? [single] : long.split(' ').filter((w) => w.length > 0);
  });
  return words.filter((w, i) => !(w === words[i - 1] && /^[a-z]+$/.test(w)));
}

/**
 * Suffixes leaders attach to a known word ("penggantinya", "siapakah", "tolonglah"): removed when what remains is a
 * word the grammar knows, so a name such as "Sonya" is left alone.
 */
function stripSuffixes(tokens: readonly string[], known: (word: string) => boolean): string[] {
  return tokens.map((t) => {
    if (known(t)) return t;
    for (const suffix of ['nya', 'kah', 'lah']) {
      if (t.length > suffix.length + 2 && t.endsWith(suffix)) {
        const stem = t.slice(0, -suffix.length);
        if (known(stem)) return stem;
      }
    }
    return t;
  });
}

/** The tokens of a chat message, before any word is given a meaning. */
export function tokenise(text: string, known: (word: string) => boolean): string[] {
  return stripSuffixes(expandShorthand(joinNipGroups(foldTokens(stripChatSyntax(text)))), known);
}
