/**
 * A message's sign-off names its sender, not what it asks about: "… mohon gambaran risiko suksesi Diskominfo.
 * Wassalam, Kabag Organisasi.", "… Promotion only, please. Thanks, Rudi (BKPSDM).". After the last greeting or thanks
 * of a message that asked something before it, opening a sentence, a short tail of names and posts is muted; so is a
 * signature of the sender's name and where they work, "… (Rudi, BKPSDM)", "…\n— Tika, Umpeg Bappeda". Pure; used by
 * analysis.ts and posts-not-asked.ts.
 */
import { ASKER_WORDS } from './lexicon/function-words.js';
import { COURTESY } from './purpose-clauses.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';

/** Most words a sender's name, post and unit take ("Kabag Organisasi Setda Kabupaten Contoh"). */
const TAIL = 8;

/** A letter's closing formula, which is no greeting or thanks: "Hormat kami, Sekretariat Daerah.", "Regards, …". */
const CLOSING_FORMULAS: ReadonlyArray<readonly string[]> = [['hormat', 'kami'], ['hormat', 'saya'], ['salam', 'hormat'], ['best', 'regards'], ['regards'], ['sincerely']];

/** Where the last closing greeting, thanks or formula begins and ends, or -1s. */
function lastClosing(tokens: readonly Token[]): { start: number; end: number } {
  const courtesy = tokens.findLastIndex((t) => t.role === 'concept' && COURTESY.has(t.concept ?? ''));
  for (let i = tokens.length - 1; i > courtesy; i--) {
    const formula = CLOSING_FORMULAS.find((f) => f.every((w, k) => tokens[i + k]?.text === w));
    if (formula) return { start: i, end: i + formula.length - 1 };
  }
  return { start: courtesy, end: courtesy };
}

/** In place: the words after a closing greeting, thanks or formula become function words. */
export function dropSignOff(tokens: Token[]): void {
  const { start: closing, end } = lastClosing(tokens);
  // A sign-off opens its sentence ("… Diskominfo. Wassalam, …"): "eh sore, maksud saya …" is none.
  const before = tokens[closing - 1];
  if (closing <= 0 || !(before?.role === 'joiner' && SENTENCE_ENDS.has(before.text))) return;
  const asked = tokens.slice(0, closing).some((t) => t.role === 'concept' && !COURTESY.has(t.concept ?? ''));
  const tail = tokens.slice(end + 1);
  const signed = tail.length > 0 && tail.length <= TAIL && tail.some((t) => t.role === 'org' || t.role === 'name') &&
    tail.every((t) => t.role !== 'concept' && t.role !== 'nip');
  if (!asked || !signed) return;
  muteFrom(tokens, end + 1);
}

/** In place: every word from `start` to the message's end becomes a function word. */
function muteFrom(tokens: Token[], start: number): void {
  for (let k = start; k < tokens.length; k++) tokens[k] = { text: (tokens[k] as Token).text, role: 'function' };
}

/** Most words of the name a signature opens with: "Rudi", "Rudi Hartono". */
const SIGNED_NAME = 2;

/**
 * In place: "… . saya Rudi , BKPSDM", as tokenise.ts writes a signature closing a message that asked something ("…
 * (Rudi, BKPSDM)", "…\n— Kate, World Bank"): the sender's name and where they work name no one and nothing asked
 * about. Where they work is kept in `askers` as the asker's post, so "kantor kami" said before points back to it.
 */
export function dropSignedName(tokens: Token[], askers: Token[][]): void {
  const at = tokens.findLastIndex((t) => ASKER_WORDS.has(t.text));
  const opens = tokens[at - 1]?.role === 'joiner' && SENTENCE_ENDS.has(tokens[at - 1]?.text ?? '');
  let comma = at + 1;
  // A given name that is also a word ("Hari", "Wati") is read as that word; any word but a comma, a post or a question's.
  while ((tokens[comma]?.role === 'name' || tokens[comma]?.role === 'function') && comma - at <= SIGNED_NAME) comma++;
  const tail = tokens.slice(comma + 1);
  const signed = comma > at + 1 && tokens[comma]?.text === ',' && tail.length > 0 && tail.length <= TAIL &&
    tail.every((t) => t.role !== 'concept' && t.role !== 'nip');
  const asked = tokens.slice(0, Math.max(at, 0)).some((t) => t.role === 'concept' && !COURTESY.has(t.concept ?? ''));
  if (!opens || !signed || !asked) return;
  const workplace = tail.filter((t) => t.role === 'org');
  if (workplace.length > 0) askers.push(workplace);
  muteFrom(tokens, at + 1);
}
