/**
 * Which position or unit a phrase names, in an instansi's directory. Typos and word order cost little (the
 * fuzzy scorer); among equally good matches the one higher in the organisation wins ("kesehatan" is the Dinas, not
 * one of its bidang; "kepala keuangan" is the head of BPKAD, not a kasubbag); otherwise the asker chooses from the
 * close matches inside their own scope, told how many more there are.
 */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { CLEAR_LEAD, MIN_SCORE, scoreName } from '../../services/succession/name-match.js';

export type Resolution<T> =
  | { kind: 'match'; item: T }
  /** Several fit: the asker picks (`options` are inside their scope, best first; `more` were left out). */
  | { kind: 'choose'; options: readonly T[]; more: number }
  | { kind: 'none' };

/** Options shown at once: a pick list stays readable on a phone (and fits Telegram's keyboard). */
export const PICK_LIMIT = 5;
/** Options within this much of the best are offered. */
const CLOSE = 0.2;

/** Higher is higher in the organisation. */
const JENIS_LEVEL: Readonly<Record<string, number>> = {
  JPT_UTAMA: 7, JPT_MADYA: 6, JPT_PRATAMA: 5, ADMINISTRATOR: 4, PENGAWAS: 3, FUNGSIONAL: 2, PELAKSANA: 1,
};

interface Scored<T> {
  item: T;
  score: number;
  level: number;
  inScope: boolean;
}

function decide<T>(scored: Array<Scored<T>>): Resolution<T> {
  const ranked = scored.filter((s) => s.score >= MIN_SCORE).sort((a, b) => b.score - a.score || b.level - a.level);
  const [first, second] = ranked;
  if (!first) return { kind: 'none' };
  if (!second || first.score - second.score >= CLEAR_LEAD || (first.score === 1 && second.score < 1)) {
    return { kind: 'match', item: first.item };
  }
  const tied = ranked.filter((r) => first.score - r.score < CLEAR_LEAD);
  const highest = Math.max(...tied.map((r) => r.level));
  const atTop = tied.filter((r) => r.level === highest);
  if (atTop.length === 1) return { kind: 'match', item: (atTop[0] as Scored<T>).item };
  const close = ranked.filter((r) => first.score - r.score < CLOSE);
  const visible = close.filter((r) => r.inScope);
  // Nothing close is the asker's: answer the best match and let its verb say it is outside their scope.
  if (visible.length === 0) return { kind: 'match', item: first.item };
  if (visible.length === 1) return { kind: 'match', item: (visible[0] as Scored<T>).item };
  return { kind: 'choose', options: visible.slice(0, PICK_LIMIT).map((r) => r.item), more: Math.max(0, visible.length - PICK_LIMIT) };
}

/** Unit words the position name already says, so "Kepala Dinas" + "Dinas Pendidikan" reads "kepala dinas pendidikan". */
function withUnitWords(position: DirectoryPosition): string {
  const said = new Set(position.nama.toLowerCase().split(/\s+/));
  const extra = position.unit.nama.split(/\s+/).filter((w) => !said.has(w.toLowerCase()));
  return `${position.nama} ${extra.join(' ')}`;
}

export function resolvePosition(phrase: string, directory: OrgDirectory): Resolution<DirectoryPosition> {
  return decide(
    directory.positions.map((p) => ({
      item: p,
      score: Math.max(scoreName(phrase, { nama: p.nama, kode: p.kode }), scoreName(phrase, { nama: withUnitWords(p), kode: p.kode })),
      level: JENIS_LEVEL[p.jenisJabatan] ?? 0,
      inScope: p.inScope,
    })),
  );
}

export function resolveUnit(phrase: string, directory: OrgDirectory): Resolution<DirectoryUnit> {
  return decide(
    directory.units.map((u) => ({ item: u, score: scoreName(phrase, { nama: u.nama, kode: u.kode }), level: -u.depth, inScope: u.inScope })),
  );
}
