/**
 * How many people a question asks for: "top 5", "3 orang terbaik", "sebutkan 5 nama", "…, 3 aja".
 * Pure; used by analysis.ts.
 */
import { CORRECTION_OPENERS } from './org-spans.js';
import type { Token } from './token.js';

/** Words that count people after a number: "5 orang", "10 pegawai", "top 3 people". */
const PEOPLE_COUNT_WORDS: ReadonlySet<string> = new Set(['orang', 'pegawai', 'nama', 'people', 'persons', 'names', 'employees', 'staff']);

/** "3 saja", "5 only": a number of people, said on its own. */
const JUST_WORDS: ReadonlySet<string> = new Set(['saja', 'only', 'just']);

/** "give me 10", "kasih 5": a number of them asked for, said right after the asking. */
const GIVE_WORDS: ReadonlySet<string> = new Set(['me', 'kasih', 'kasi', 'berikan']);

/**
 * The limit said (see {@link limitSaid}), or the one a correction says instead: the number said right after "eh"
 * ("Top 5 di BPKAD dong, eh 10 aja"), or said again after the correction's words ("top 5 …, eh maksud saya top 10").
 * @param correction - where the correction's own words begin (correctionWordsStart), -1 without one
 */
export function readLimit(tokens: readonly Token[], correction = -1): number | null {
  const said = limitSaid(tokens);
  const again = correction >= 0 ? limitSaid(tokens.slice(correction)) : null;
  const corrected = again ?? tokens.findLast((t, i) => isLimit(t) && CORRECTION_OPENERS.has(tokens[i - 1]?.text ?? ''))?.value;
  return said !== null && corrected !== undefined ? corrected : said;
}

/** Words that rank people, best or lowest first: "top 5", "the 5 lowest performers", "kinerja jelek, 10 aja". */
const ranks = (t: Token) => t.concept === 'top' || t.concept === 'lowKinerja';

const isLimit = (t: Token | undefined): t is Token & { value: number } =>
  t?.role === 'number' && t.value !== undefined && t.value >= 1 && t.value <= 100;

/**
 * The nearest number around "top"/"terbaik"/"besar" (or "terendah", "lowest performers"), a few words away at most ("3 orang dengan nilai tertinggi"), or
 * else a number of people said anywhere beside them ("siapa yang paling menonjol di dinkes, 5 orang saja"); without
 * "top", a number of people asked for ("sebutkan 5 nama di kotak 9"), unless the question counts them ("berapa orang
 * di kotak 9, 5 orang"); with "top" and nothing near it, a number said with "saja" ("…, 3 aja").
 */
function limitSaid(tokens: readonly Token[]): number | null {
  const counted = tokens.find((t, i) => isLimit(t) && PEOPLE_COUNT_WORDS.has(tokens[i + 1]?.text ?? '') && tokens[i - 1]?.concept !== 'box');
  const people = counted?.value ?? null;
  if (!tokens.some(ranks)) return tokens.some((t) => t.concept === 'howMany') ? null : people;
  for (let i = 0; i < tokens.length; i++) {
    if (!ranks(tokens[i] as Token)) continue;
    for (const d of [1, -1, 2, -2, 3, -3, 4, -4]) {
      const t = tokens[i + d];
      const after = tokens[i + d + 1];
      const before = tokens[i + d - 1];
      if (isLimit(t) && after?.role !== 'period' && before?.concept !== 'box') return t.value;
    }
  }
  // "top performers bidang p2p dinkes, 3 aja", "…? give me 10", "/top bkpsdm 3": the number of them said apart, or
  // last, as a command's argument.
  const last = tokens.findLastIndex((t) => t.role !== 'joiner');
  const just = tokens.find((t, i) =>
    isLimit(t) && (JUST_WORDS.has(tokens[i + 1]?.text ?? '') || (GIVE_WORDS.has(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.role !== 'period') || i === last) &&
    tokens[i - 1]?.concept !== 'box');
  return people ?? just?.value ?? null;
}
