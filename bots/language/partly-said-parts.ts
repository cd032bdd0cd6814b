/**
 * A part asked by a word several parts of its kind share, none named whole: "kabid perencanaan bappeda" where Bappeda
 * has a Bidang Perencanaan Ekonomi and a Bidang Perencanaan Sosial Budaya, "bidang ketahanan" beside Ketahanan Pangan
 * and Ketahanan Ekonomi dan Sosial Budaya. The asker picks; the shorter name is no better answer. A part whose field the
 * phrase says whole ("bidang aset" beside "bidang pengelolaan aset") is answered as scored. Used by resolve-org.ts.
 */
import type { PreparedName } from '../../services/succession/name-match.js';
import { tokenMatches } from '../../services/succession/word-match.js';
import { withoutOfficeName, type OfficeScope } from './part-asked.js';
import { PICK_LIMIT, type Resolution, type Scored } from './pick-best.js';
import { PART_KINDS, TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';

/** Scores within this of the best fit are told apart by nothing the phrase says. */
const ABOUT_AS_NEAR = 0.1;

const isFieldWord = (w: string) => !PART_KINDS.has(w) && !TITLE_WORDS.has(w) && !UNIT_TYPE_WORDS.has(w) && w !== 'dan';

/** The words naming a part's field: its own name less kinds, titles, "dan" and the office's name it may end with. */
const fieldOf = (own: readonly string[], officeName: readonly string[]) => withoutOfficeName(own, officeName).filter(isFieldWord);

/**
 * A pick list in place of `decided` when the phrase's part words fit several parts of its kind and name none whole.
 * @param ownNames - the name each scored item is known by itself (a unit's own name, a post's own title), in `scored`'s order
 */
export function partlySaid<T>(
  query: PreparedName,
  decided: Resolution<T>,
  scope: OfficeScope,
  scored: ReadonlyArray<Scored<T>>,
  ownNames: readonly PreparedName[],
): Resolution<T> {
  // One part asked: "bidang X seksi Y" names the seksi by both, which the scores weigh.
  if (decided.kind !== 'match' || scope.part === null || query.tokens.filter((w) => PART_KINDS.has(w)).length !== 1) return decided;
  const asked = scope.part.filter(isFieldWord);
  if (asked.length === 0) return decided;
  const fits = scored
    .flatMap((s, i) => (s.kindMatches && !s.elsewhere && !s.otherNumber && !s.otherField ? [{ s, field: fieldOf((ownNames[i] as PreparedName).tokens, scope.officeName) }] : []))
    .filter(({ field }) => field.length > 0 && asked.every((a) => field.some((f) => tokenMatches(a, f, false))));
  const whole = fits.some(({ field }) => field.every((f) => asked.some((a) => tokenMatches(a, f, false))));
  // Only those about as near as the best: the rest of the phrase ("pupr" of "subbagian umum pupr") may tell them apart.
  const best = Math.max(...fits.map(({ s }) => s.score));
  const visible = fits.filter(({ s }) => s.inScope && best - s.score < ABOUT_AS_NEAR).sort((a, b) => b.s.score - a.s.score);
  if (whole || visible.length < 2) return decided;
  return { kind: 'choose', options: visible.slice(0, PICK_LIMIT).map(({ s }) => s.item), more: Math.max(0, visible.length - PICK_LIMIT) };
}
