/**
 * A level of post said instead of a title: "kandidat eselon III di dinkes", "calon JPT pratama bappeda". Leaders still
 * speak of eselon, which UU 5/2014 replaced by jenis jabatan (its article 131 equates them): eselon II is JPT
 * Pratama, III Administrator, IV Pengawas. The posts of that level in the unit named (and its parts) are the ones
 * asked about: one is the answer, several are offered. Used by slots.ts (which keeps the level in the phrase) and
 * resolve-org.ts (which reads it back).
 */
import type { DirectoryPosition, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { foldText } from '../../services/succession/name-match.js';
import { subtreeOf } from './absent-post.js';

/** How a level is said, folded, each with the jenis jabatan it is; "eselon 3 b" and "eselon iii a" are its grades. */
const LEVELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\beselon (?:i|1)(?: [ab])?\b/, 'JPT_MADYA'],
  [/\beselon (?:ii|2)(?: [ab])?\b/, 'JPT_PRATAMA'],
  [/\beselon (?:iii|3)(?: [ab])?\b/, 'ADMINISTRATOR'],
  [/\beselon (?:iv|4)(?: [ab])?\b/, 'PENGAWAS'],
  [/\b(?:jpt|pimpinan tinggi) pratama\b/, 'JPT_PRATAMA'],
  [/\b(?:jpt|pimpinan tinggi) madya\b/, 'JPT_MADYA'],
  [/\bpejabat administrator\b/, 'ADMINISTRATOR'],
  [/\bpejabat pengawas\b/, 'PENGAWAS'],
];

/** The level a text says, as said (folded) and as the jenis jabatan it is; null when it says none. */
export function levelSaid(text: string): { said: string; jenis: string } | null {
  const folded = foldText(text);
  for (const [pattern, jenis] of LEVELS) {
    const said = pattern.exec(folded)?.[0];
    if (said !== undefined) return { said, jenis };
  }
  return null;
}

/**
 * The posts of the level a phrase says in the unit the rest of it names, in directory order (the unit's own first);
 * null when the phrase says no level or the rest names no one unit.
 * @param unitOf - resolves the rest of the phrase to one unit, or null
 */
export function postsOfLevel(
  phrase: string,
  directory: OrgDirectory,
  unitOf: (words: string) => { kode: string } | null,
): DirectoryPosition[] | null {
  const level = levelSaid(phrase);
  if (level === null) return null;
  const rest = foldText(phrase).replace(level.said, ' ').replace(/\s+/g, ' ').trim();
  const unit = rest.length > 0 ? unitOf(rest) : null;
  if (unit === null) return null;
  const within = subtreeOf(unit, directory);
  return directory.positions.filter((p) => within.has(p.unit.kode) && p.jenisJabatan === level.jenis);
}
