/**
 * The grade (jenjang) of a functional post said in a phrase: "Ahli Pertama/Muda/Madya/Utama" for the expert track,
 * "Pemula/Terampil/Mahir/Penyelia" for the skilled one (PermenPANRB 1/2023). A grade names one post of a function, not
 * a near spelling of another: "bidan ahli muda" where the instansi has only a Bidan Ahli Pertama is a post it lacks,
 * not that one. Used by resolve-org.ts.
 */
import { foldText } from '../../services/succession/name-match.js';
import type { Resolution } from './pick-best.js';

/** Grades of the expert track, said after "ahli". */
const EXPERT_GRADES: ReadonlySet<string> = new Set(['pertama', 'muda', 'madya', 'utama']);
/** Grades of the skilled track, said alone. */
const SKILLED_GRADES: ReadonlySet<string> = new Set(['pemula', 'terampil', 'mahir', 'penyelia']);

/** The grade a phrase or a post's name says ("ahli muda", "terampil"), or null. */
export function gradeOf(text: string): string | null {
  const words = foldText(text).split(' ');
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if (word === 'ahli' && next !== undefined && EXPERT_GRADES.has(next)) return `ahli ${next}`;
    if (SKILLED_GRADES.has(word)) return word;
  }
  return null;
}

/** The name without its grade: the function ("Bidan" of "Bidan Ahli Pertama"). */
function functionOf(name: string): string {
  const grade = gradeOf(name);
  const folded = foldText(name);
  return grade === null ? folded : folded.replace(grade, '').replace(/\s+/g, ' ').trim();
}

interface GradedPost {
  nama: string;
  unit: { kode: string };
}

/** Posts of the same function as `post` in its unit, each grade the instansi has of it, as the directory lists them. */
function gradesOfFunction<T extends GradedPost>(post: T, positions: readonly T[]): T[] {
  const fn = functionOf(post.nama);
  return positions.filter((p) => p.unit.kode === post.unit.kode && gradeOf(p.nama) !== null && functionOf(p.nama) === fn);
}

/**
 * A resolution held to the grade the phrase asks for: a match or options of another grade are a post the instansi
 * lacks (with the grades it has of that function); among options, those of the grade asked. Null when the phrase
 * asks for no grade or the posts found have none (structural posts), so the resolution stands.
 */
export function heldToGrade<T extends GradedPost>(phrase: string, found: Resolution<T>, positions: readonly T[]): Resolution<T> | null {
  const asked = gradeOf(phrase);
  if (asked === null || (found.kind !== 'match' && found.kind !== 'choose')) return null;
  const listed = found.kind === 'match' ? [found.item] : found.options;
  if (!listed.every((p) => gradeOf(p.nama) !== null)) return null;
  // "perawat ahli madya" among Perawat and Dokter posts: the function said first, then its grade.
  const said = new Set(foldText(phrase).split(' '));
  const ofFunction = listed.filter((p) => functionOf(p.nama).split(' ').every((w) => said.has(w)));
  const posts = ofFunction.length > 0 ? ofFunction : listed;
  const same = posts.filter((p) => gradeOf(p.nama) === asked);
  if (same.length === posts.length) return null;
  const [one] = same;
  if (one !== undefined) return same.length === 1 ? { kind: 'match', item: one } : { kind: 'choose', options: same, more: 0 };
  return { kind: 'none', grade: { grade: asked, nearest: gradesOfFunction(posts[0] as T, positions) } };
}
