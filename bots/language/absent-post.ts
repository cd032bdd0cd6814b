/**
 * A titled post the directory does not have where the question puts it: "kepala sekolah SMPN 3" in an instansi
 * whose schools list no Kepala Sekolah post, "lurah dinkes", "kepala puskesmas kecamatan X". The fuzzy matcher would
 * find the nearest other post (a Pengawas Sekolah, the Camat); asking for a post that is not there deserves "there is
 * no such post" and the posts that are there instead.
 */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { foldText } from '../../services/succession/name-match.js';
import { TITLE_WORDS, UNIT_TYPE_WORDS } from './org-terms.js';

/** The post a question asked for (its titles and kind, "Kepala Sekolah"), where, and the posts that are there. */
export interface AbsentPost {
  post: string;
  /** The unit the question named; null when it named none the directory has (the post is then nowhere in the instansi). */
  unit: DirectoryUnit | null;
  /** The unit's posts, highest first (none when no unit was named). */
  posts: readonly DirectoryPosition[];
  /** No unit of the instansi has such a post. */
  nowhere: boolean;
  /**
   * The units the question may mean when it names several without telling which ("camat sd negeri" of SD Negeri 1–3):
   * none of them has the post (`unit` is then null).
   */
  among?: readonly DirectoryUnit[];
}

/** The units a phrase names: one it names clearly, or the several it may mean (a pick list); none when it names none. */
export type UnitsNamed = { one: DirectoryUnit } | { several: readonly DirectoryUnit[] } | null;

/**
 * Places a titled post heads that are no kind of unit: a school by its kepala sekolah, a village by its kepala desa.
 * Such a word names the post only right after its title ("Kepala Desa Sukamaju") or as its unit's kind ("Desa
 * Sukamaju"); inside another unit's name ("Dinas Pemberdayaan Masyarakat dan Desa") it is no such post.
 */
export const PLACE_KINDS: ReadonlySet<string> = new Set(['sekolah', 'madrasah', 'desa', 'dusun']);

/** Kinds of post a title heads: the unit kinds and the places. */
const POST_KIND_WORDS: ReadonlySet<string> = new Set([...UNIT_TYPE_WORDS, ...PLACE_KINDS]);

/** Words for an office as a whole, which askers swap freely ("badan" for a dinas, "kantor" for a badan). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['dinas', 'badan', 'kantor', 'lembaga']);

/** Titles that head their unit: "kepala" is said by a camat's or an inspektur's name too. */
export const HEAD_TITLES: readonly string[] = ['kepala', 'camat', 'inspektur', 'lurah', 'direktur'];

/** Higher is higher in the organisation. */
export const JENIS_LEVEL: Readonly<Record<string, number>> = {
  JPT_UTAMA: 7, JPT_MADYA: 6, JPT_PRATAMA: 5, ADMINISTRATOR: 4, PENGAWAS: 3, FUNGSIONAL: 2, PELAKSANA: 1,
};

/** True when `words` (a post's own name and its unit's) say every one of `wanted`, any head title for "kepala". */
export function saysWords(wanted: readonly string[], words: Pick<ReadonlySet<string>, 'has'>): boolean {
  return wanted.every((w) => (w === 'kepala' ? HEAD_TITLES.some((h) => words.has(h)) : words.has(w)));
}

/** The words of each post's name and its unit's, kept with the directory's posts (each question asks of them all). */
const WORDS = new WeakMap<DirectoryPosition, Set<string>>();

function wordsOf(position: DirectoryPosition): Set<string> {
  let words = WORDS.get(position);
  if (!words) WORDS.set(position, (words = new Set(foldText(`${position.nama} ${position.unit.nama}`).split(' '))));
  return words;
}

/** The post heads a `place` (see {@link PLACE_KINDS}): its name says a title and the place next, or its unit is one. */
export function headsPlace(position: DirectoryPosition, place: string): boolean {
  const name = foldText(position.nama).split(' ');
  return name.some((w, i) => TITLE_WORDS.has(w) && name[i + 1] === place) || foldText(position.unit.nama).split(' ')[0] === place;
}

/** The place kind a phrase asks a post to head, said right after its titles ("kepala desa", "calon kepsek …"), or null. */
export function placeAsked(phrase: string): string | null {
  const words = foldText(phrase).split(' ');
  const afterTitles = words.find((w) => !TITLE_WORDS.has(w));
  return afterTitles !== undefined && afterTitles !== words[0] && PLACE_KINDS.has(afterTitles) ? afterTitles : null;
}

/** The kodes of `unit` and every unit under it. */
export function subtreeOf(unit: { kode: string }, directory: OrgDirectory): Set<string> {
  const kodes = new Set([unit.kode]);
  // Units are listed parents before children or not: repeat until nothing is added.
  for (let grown = true; grown; ) {
    grown = false;
    for (const u of directory.units) {
      if (u.parentKode !== null && kodes.has(u.parentKode) && !kodes.has(u.kode)) {
        kodes.add(u.kode);
        grown = true;
      }
    }
  }
  return kodes;
}

/**
 * The unit kind words alone name ("kepala puskesmas" where one Puskesmas is the instansi's): one of that kind, not a
 * unit whose name merely holds the word ("Dinas Pemberdayaan Masyarakat dan Desa" for "kepala desa").
 */
function unitOfKind(kinds: readonly string[], unit: DirectoryUnit | null): DirectoryUnit | null {
  return unit !== null && kinds.includes(foldText(unit.nama).split(' ')[0] ?? '') ? unit : null;
}

/** "ahli muda" → "Ahli Muda": words as post names write them. */
export const titleCase = (words: readonly string[]) => words.map((w) => `${w.slice(0, 1).toUpperCase()}${w.slice(1)}`).join(' ');

/**
 * The titled post `phrase` names, when the directory has none such in the unit the phrase names (or, when it names no
 * unit the directory has, nowhere at all); null when the post is there or the phrase opens with no title.
 * @param unitsNamed - the units a phrase names
 */
export function absentPost(
  phrase: string,
  directory: OrgDirectory,
  unitsNamed: (phrase: string) => UnitsNamed,
): AbsentPost | null {
  const resolveUnit = (unitPhrase: string): DirectoryUnit | null => {
    const named = unitsNamed(unitPhrase);
    return named !== null && 'one' in named ? named.one : null;
  };
  const words = foldText(phrase).split(' ').filter((w) => w.length > 0);
  const firstOther = words.findIndex((w) => !TITLE_WORDS.has(w));
  const titleCount = firstOther < 0 ? words.length : firstOther;
  if (titleCount === 0) return null;
  const titles = words.slice(0, titleCount);
  const rest = words.slice(titleCount);
  const kindEnd = rest.findIndex((w) => !POST_KIND_WORDS.has(w));
  const kinds = rest.slice(0, kindEnd < 0 ? rest.length : kindEnd);
  // "lurah dinas kesehatan": "dinas" is the unit's own kind; "kepala sekolah smp negeri 3": "sekolah" is the post's.
  const after = rest.slice(kinds.length);
  const unit = (after.length > 0 ? resolveUnit(after.join(' ')) : null) ?? (kinds.length > 0 ? unitOfKind(kinds, resolveUnit(rest.join(' '))) : null);
  // Kind words the unit's own name says are the unit's ("lurah dinas kesehatan"); so are the office words, which
  // askers use loosely ("head of the environment agency" for a dinas). The rest, and places, are the post's
  // ("kepala sekolah", "kepala desa").
  const unitWords = new Set(unit === null ? [] : foldText(unit.nama).split(' '));
  const unitsOwn = kinds.findIndex((w) => unitWords.has(w) && !PLACE_KINDS.has(w));
  const postKinds = kinds.slice(0, unitsOwn < 0 ? kinds.length : unitsOwn).filter((w) => !OFFICE_WORDS.has(w));
  const wanted = [...titles, ...postKinds];
  const places = postKinds.filter((w) => PLACE_KINDS.has(w));
  const others = wanted.filter((w) => !PLACE_KINDS.has(w));
  const has = (p: DirectoryPosition) => saysWords(others, wordsOf(p)) && places.every((place) => headsPlace(p, place));
  const nowhere = !directory.positions.some(has);
  if (unit === null) {
    if (nowhere) return { post: titleCase(wanted), unit: null, posts: [], nowhere };
    // "camat sd negeri": the words name several units (SD Negeri 1–3) and none of them has the post.
    const several = after.length > 0 ? unitsNamed(after.join(' ')) : null;
    if (several === null || !('several' in several)) return null;
    const within = new Set(several.several.flatMap((u) => [...subtreeOf(u, directory)]));
    return directory.positions.some((p) => within.has(p.unit.kode) && has(p)) ? null : { post: titleCase(wanted), unit: null, posts: [], nowhere, among: several.several };
  }
  const within = subtreeOf(unit, directory);
  const posts = directory.positions.filter((p) => within.has(p.unit.kode));
  if (posts.some(has)) return null;
  const ranked = [...posts].sort((a, b) => (JENIS_LEVEL[b.jenisJabatan] ?? 0) - (JENIS_LEVEL[a.jenisJabatan] ?? 0));
  return { post: titleCase(wanted), unit, posts: ranked, nowhere };
}
