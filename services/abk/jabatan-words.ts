/**
 * Which positions a jabatan phrase names: one jabatan or a family of them ("guru" is Guru Ahli Pertama and Guru
 * Kelas, "penyuluh pertanian" every jenjang of it, "analis kebijakan ahli muda" that one). Every word of the phrase
 * must be a whole word of the name, in any order ("bidan" is no "Bidang"); case and punctuation do not count.
 */
import { foldText } from '../succession/name-match.js';

/** A matcher for one phrase; it never matches when the phrase holds no word. */
export function jabatanMatcher(phrase: string): (nama: string) => boolean {
  const wanted = foldText(phrase).split(' ').filter((w) => w.length > 0);
  return (nama) => {
    if (wanted.length === 0) return false;
    const words = new Set(foldText(nama).split(' '));
    return wanted.every((w) => words.has(w));
  };
}
