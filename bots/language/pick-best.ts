/**
 * Which of an instansi's names, each scored against a phrase, the phrase names: one clear best, the highest in the
 * organisation among the best, a pick list of close ones in the asker's scope, or none (with why). The scoring and
 * what each flag means come from resolve-org.ts.
 */
import { CLEAR_LEAD, MIN_SCORE } from '../../services/succession/name-match.js';
import type { UnknownKode } from './kode.js';

export type Resolution<T> =
  | { kind: 'match'; item: T }
  /** Several fit: the asker picks (`options` are inside their scope, best first; `more` were left out). */
  | { kind: 'choose'; options: readonly T[]; more: number }
  /**
   * Nothing fits. `numbered`: the phrase says a number ("smp negeri 4") that the names it is nearest to do not, each
   * saying another ("SMP Negeri 1 … 3"): those, nearest first, are what the instansi has instead. `unheard`: the
   * fields the phrase names that no name of the instansi says ("perempuan" of "dinas pemberdayaan perempuan"), or
   * no name in the office `within` names, where the phrase places the part it asks for (part-asked.ts).
   */
  | {
      kind: 'none';
      numbered?: { number: string; nearest: readonly T[] };
      /** The phrase asks for a functional grade ("bidan ahli muda") the function has only others of (`nearest`). */
      grade?: { grade: string; nearest: readonly T[] };
      kode?: UnknownKode<T>;
      unheard?: readonly string[];
      within?: string;
      /** With `within`: what the office has of the kind asked, highest first (its bidang, when a bidang is asked). */
      instead?: readonly T[];
    };

/** Options shown at once: a pick list stays readable on a phone (and fits Telegram's keyboard). */
export const PICK_LIMIT = 5;
/** Options within this much of the best are offered. */
const CLOSE = 0.2;

export interface Scored<T> {
  item: T;
  score: number;
  level: number;
  inScope: boolean;
  /**
   * Its names say a number and none of the phrase's ("SMP Negeri 1" for "smp negeri 4"), or say the phrase's number
   * of another series ("SMP Negeri 2" for "sd negeri 2").
   */
  otherNumber: boolean;
  /**
   * A numbered unit the phrase names without its number ("smp negeri" for SMP Negeri 7): offered, never taken, unless
   * the phrase says its series and it is the only unit of that series (the one SMP Negeri is "smp negeri").
   */
  numberUnasked?: boolean;
  /** The phrase names a field the instansi has no name for, and this one says a field of its own in its place. */
  otherField: boolean;
  /** Outside the office the phrase places the part it asks for in (part-asked.ts). */
  elsewhere: boolean;
  /**
   * Its own name says every title and unit kind the phrase says ("kepala bidang …" is a bidang's head), and it heads
   * the place the phrase asks for ("kepala desa" is a village's head, not the Kepala Dinas PMD dan Desa).
   */
  kindMatches: boolean;
  /** Its names leave a word of the phrase unsaid ("kepala anggaran bpkad" of the Kepala BPKAD, the "anggaran"). */
  leavesWordUnsaid?: boolean;
}

/** One clear best by score (`margin` ahead of the next), or null. */
function clearBest<T>(ranked: ReadonlyArray<Scored<T>>, margin: number): Scored<T> | null {
  const [first, second] = ranked;
  if (!first) return null;
  return !second || first.score - second.score >= margin || (first.score === 1 && second.score < 1) ? first : null;
}

/**
 * @param numbers - the numbers (and points of the compass) the phrase says: a name nearest to it that says another
 * is not the one asked for ("SMP Negeri 4" is no unit where SMP Negeri 1–3 are), and others never make a pick list
 * @param within - the office the phrase places the part it asks for in, whose names do not say `unheard`
 */
export function decide<T>(scored: Array<Scored<T>>, numbers: readonly string[], unheard: readonly string[], within?: string): Resolution<T> {
  // Made only when nothing fits: what the office has instead is gathered from every name scored.
  const missing = () => ({ unheard, ...(within === undefined ? {} : { within, instead: ofKindInOffice(scored).map((s) => s.item) }) });
  // "dinas pemberdayaan perempuan" where no name says "perempuan": the Dinas Pemberdayaan Masyarakat dan Desa is not it.
  // A numbered unit of another series stays, to be named as what the instansi has instead ("sd negeri 2": SMP Negeri 2).
  const kept = scored.filter((s) => !s.elsewhere && (!s.otherField || s.otherNumber));
  // "kabid litbang bappeda" where each bidang says a field of its own: the head of Bappeda, left standing, is no bidang's.
  if (kindOnlyElsewhere(scored, kept)) return unheard.length > 0 ? { kind: 'none', ...missing() } : { kind: 'none' };
  const decided = decideAmong(kept, numbers);
  if (decided.kind === 'none' && unheard.length > 0 && !decided.numbered && !decided.kode) return { ...decided, ...missing() };
  if (decided.kind !== 'match') return decided;
  // "lurah negeri uji" is no question about SMP Negeri 7 Uji: a numbered unit whose number was not asked is offered.
  return scored.find((s) => s.item === decided.item)?.numberUnasked ? { kind: 'choose', options: [decided.item], more: 0 } : decided;
}

/**
 * Any name of the kind asked inside the office, none better than another (part-asked.ts `bareKindIn`): the one there
 * is, or the asker picks, the highest in the organisation first; null when the office has none of that kind (what
 * it has instead is for the caller to say).
 */
export function anyOfKind<T>(scored: ReadonlyArray<Scored<T>>): Resolution<T> | null {
  const fit = ofKindInOffice(scored);
  const visible = fit.filter((s) => s.inScope);
  if (fit.length === 0) return null;
  if (fit.length === 1 || visible.length === 0) return { kind: 'match', item: (fit[0] as Scored<T>).item };
  if (visible.length === 1) return { kind: 'match', item: (visible[0] as Scored<T>).item };
  return { kind: 'choose', options: visible.slice(0, PICK_LIMIT).map((s) => s.item), more: Math.max(0, visible.length - PICK_LIMIT) };
}

/** The names of the kind asked inside the office the phrase names (every office when it names none), highest first. */
function ofKindInOffice<T>(scored: ReadonlyArray<Scored<T>>): Array<Scored<T>> {
  return scored.filter((s) => s.kindMatches && !s.elsewhere && !s.otherNumber).sort((a, b) => b.level - a.level);
}

/** Every name of the kind asked that comes near the phrase is about another field or in another office. */
function kindOnlyElsewhere<T>(scored: ReadonlyArray<Scored<T>>, kept: ReadonlyArray<Scored<T>>): boolean {
  const near = (s: Scored<T>) => s.kindMatches && s.score >= MIN_SCORE;
  return !kept.some(near) && scored.some((s) => (s.otherField || s.elsewhere) && near(s));
}

function decideAmong<T>(scored: Array<Scored<T>>, numbers: readonly string[]): Resolution<T> {
  const matching = scored.filter((s) => s.score >= MIN_SCORE).sort((a, b) => b.score - a.score || b.level - a.level);
  const nearest = matching[0];
  if (nearest?.otherNumber) {
    const close = matching.filter((m) => m.otherNumber && nearest.score - m.score < CLOSE);
    const shown = [...close.filter((c) => c.inScope), ...close.filter((c) => !c.inScope)].slice(0, PICK_LIMIT);
    return { kind: 'none', numbered: { number: numbers.join(' '), nearest: shown.map((c) => c.item) } };
  }
  const candidates = matching.filter((m) => !m.otherNumber);
  const best = candidates[0]?.score ?? 0;
  // "kepala bidang aset" is a bidang's head: names that do not say "bidang" drop out while one close match does.
  const ranked = candidates.some((c) => c.kindMatches && best - c.score < CLOSE) ? candidates.filter((c) => c.kindMatches) : candidates;
  const first = ranked[0];
  if (!first) return { kind: 'none' };
  const clear = clearBest(ranked, CLEAR_LEAD);
  if (clear) return { kind: 'match', item: clear.item };
  // Among matches about as good, the highest in the organisation wins, if one of those is still clearly best.
  const near = ranked.filter((r) => first.score - r.score < CLEAR_LEAD);
  // "kepala anggaran bpkad": a name that leaves a word of the phrase unsaid ties with none that says them all, however
  // high it stands ("kepala keuangan", said whole by the Kepala BPKAD's names, is still its head).
  const whole = near.filter((r) => !r.leavesWordUnsaid);
  const tied = whole.length > 0 ? whole : near;
  const highest = Math.max(...tied.map((r) => r.level));
  const top = clearBest(tied.filter((r) => r.level === highest), CLEAR_LEAD / 2);
  if (top) return { kind: 'match', item: top.item };
  const close = ranked.filter((r) => first.score - r.score < CLOSE);
  const visible = close.filter((r) => r.inScope);
  // Nothing close is the asker's: answer the best match and let its verb say it is outside their scope.
  if (visible.length === 0) return { kind: 'match', item: first.item };
  if (visible.length === 1) return { kind: 'match', item: (visible[0] as Scored<T>).item };
  return { kind: 'choose', options: visible.slice(0, PICK_LIMIT).map((r) => r.item), more: Math.max(0, visible.length - PICK_LIMIT) };
}
