/**
 * A message's sign-off names its sender, not what it asks about: "… mohon gambaran risiko suksesi Diskominfo.
 * Wassalam, Kabag Organisasi.", "… Promotion only, please. Thanks, Rudi (BKPSDM).". After the last greeting or thanks
 * of a message that asked something before it, opening a sentence, a short tail of names and posts is muted. Pure;
 * used by analysis.ts.
 */
import { COURTESY } from './purpose-clauses.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';

/** Most words a sender's name, post and unit take ("Kabag Organisasi Setda Kabupaten Contoh"). */
const TAIL = 8;

/** In place: the words after a closing greeting or thanks become function words. */
export function dropSignOff(tokens: Token[]): void {
  const closing = tokens.findLastIndex((t) => t.role === 'concept' && COURTESY.has(t.concept ?? ''));
  // A sign-off opens its sentence ("… Diskominfo. Wassalam, …"): "eh sore, maksud saya …" is none.
  const before = tokens[closing - 1];
  if (closing <= 0 || !(before?.role === 'joiner' && SENTENCE_ENDS.has(before.text))) return;
  const asked = tokens.slice(0, closing).some((t) => t.role === 'concept' && !COURTESY.has(t.concept ?? ''));
  const tail = tokens.slice(closing + 1);
  const signed = tail.length > 0 && tail.length <= TAIL && tail.some((t) => t.role === 'org' || t.role === 'name') &&
    tail.every((t) => t.role !== 'concept' && t.role !== 'nip');
  if (!asked || !signed) return;
  for (let k = closing + 1; k < tokens.length; k++) tokens[k] = { text: (tokens[k] as Token).text, role: 'function' };
}
