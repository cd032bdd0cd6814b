/**
 * What the asker says was already done is context, and "sekarang" after it moves on to the request, not to readiness:
 * "Pak, tadi guru di SD Negeri 1 sudah. Sekarang kebutuhan guru di SMP Negeri 2, kurang atau lebih?", "Tadi sy tanya
 * soal Kec Contoh Barat, skrg utk Kecamatan Contoh Selatan ada jabatan yg diisi Plt gak?", "tadi nama Bu Sri Wahyuni
 * sudah saya kirim ke Kaban. Sekarang beliau minta profil Ibu Nur Aini". A request that names nothing narrows what was
 * done: "tadi udah liat calon kabid bina marga. skrg yg lewat rotasi aja". Pure; used by analysis.ts.
 */
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';

/** Words that open what was done before: "tadi", "kemarin", "earlier". */
const BEFORE: ReadonlySet<string> = new Set(['tadi', 'barusan', 'kemarin', 'sebelumnya', 'tadinya', 'earlier', 'yesterday', 'previously']);
/** Words that move on to the request, at the start of a clause. */
const NOW: ReadonlySet<string> = new Set(['sekarang', 'now', 'lanjut', 'selanjutnya']);

const endsClause = (t: Token | undefined) => t === undefined || t.text === ',' || (t.role === 'joiner' && SENTENCE_ENDS.has(t.text));

/**
 * In place: the names, posts and units of what was done become function words, and so does the "sekarang" that moves
 * on; what was asked for keeps its words, which the request may say again by "yang" ("kemarin Pak Bupati sudah lihat
 * nine box Bappeda. Sekarang beliau minta yang Dinas Pendidikan").
 */
export function dropDoneBeforeNow(tokens: Token[]): void {
  let start = 0;
  while (tokens[start]?.role === 'honorific' || tokens[start]?.text === ',') start++;
  if (!BEFORE.has(tokens[start]?.text ?? '')) return;
  // The first clause that opens with a word of moving on, after a clause of what was done.
  const now = tokens.findIndex((t, i) => i > start + 1 && NOW.has(t.text) && endsClause(tokens[i - 1]));
  if (now < 0) return;
  // "tadi udah liat calon kabid bina marga. skrg yg lewat rotasi aja": a request that names no one and nothing new
  // narrows what was done; its names, posts and units stay.
  const namesAgain = tokens.slice(now + 1).some((t) => t.role === 'org' || t.role === 'name');
  if (!namesAgain) {
    tokens[now] = { text: (tokens[now] as Token).text, role: 'function' };
    return;
  }
  for (let i = start; i <= now; i++) if (i === now || tokens[i]?.role !== 'concept') tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}
