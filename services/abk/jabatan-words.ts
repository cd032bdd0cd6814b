/**
 * Which positions a jabatan phrase names: one jabatan or a family of them ("guru" is Guru Ahli Pertama and Guru
 * Kelas, "penyuluh pertanian" every jenjang of it, "analis kebijakan ahli muda" that one). Every word of the phrase
 * must be a word of the name, or open one ("pengadministrasi" opens nothing else, "admin" opens "administrasi"), in
 * any order; case and punctuation do not count.
 */
import { foldText } from '../succession/name-match.js';

/** A shorter word opens too many names ("pe", "an") to stand for one. */
const MIN_OPENING = 4;

/** A matcher for one phrase; it never matches when the phrase holds no word. */
export function jabatanMatcher(phrase: string): (nama: string) => boolean {
  const wanted = foldText(phrase).split(' ').filter((w) => w.length > 0);
  return (nama) => {
    if (wanted.length === 0) return false;
    const words = foldText(nama).split(' ');
    return wanted.every((w) => words.some((n) => n === w || (w.length >= MIN_OPENING && n.startsWith(w))));
  };
}
