/**
 * What an answer is for, said around the request, is context: "Dengan hormat, sebagai bahan perencanaan kebutuhan
 * pegawai, mohon daftar pegawai DLH yang akan pensiun …" asks about retirements, not staffing needs; "mohon jadwal
 * talent review berikutnya agar kami dapat menyiapkan data pendukung" asks for the schedule, not a profile of
 * "pendukung"; "…, buat usulan formasi" and "untuk menyusun agenda Baperjakat, …" ask nothing of their own.
 * Pure; used by analysis.ts.
 */
import { REQUEST_WORDS } from './lexicon/function-words.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';

/** Openers of a purpose said before the request and closed by a comma: "sebagai bahan …, mohon …". */
const LEADING_OPENERS: ReadonlyArray<readonly string[]> = [
  ['sebagai', 'bahan'], ['untuk', 'bahan'], ['untuk', 'keperluan'], ['dalam', 'rangka'], ['guna'], ['for', 'the', 'purpose', 'of'],
  // What a letter answers to: "Sehubungan dengan rencana pelantikan, mohon …", "Menindaklanjuti arahan Pak Bupati, …".
  ['sehubungan', 'dengan'], ['berkenaan', 'dengan'], ['menindaklanjuti'], ['in', 'connection', 'with'],
];

/** Openers of a purpose said after the request, to the end of its sentence: "… agar kami dapat …". */
const TRAILING_OPENERS: ReadonlyArray<readonly string[]> = [
  ...LEADING_OPENERS, ['agar'], ['supaya'], ['biar'], ['so', 'that'], ['in', 'order', 'to'],
  // "…, need it for succession cover planning", "… needed for the Baperjakat".
  ['need', 'it', 'for'], ['needed', 'for'], ['we', 'need', 'this', 'for'],
];

/**
 * Openers of why a request is made, after it: "risiko suksesi di Dinas Pendidikan, mengingat banyak kepala sekolah
 * yang akan pensiun", "… Kecamatan Contoh Utara mohon, Pak Camat khawatir karena dua kasinya mau pensiun". Once the
 * request has named its post or unit, the posts, units and people the reason names are no part of it; what it says
 * stays ("bidang apa yg paling keteteran karena kurang staf").
 */
const REASON_OPENERS: ReadonlyArray<readonly string[]> = [['mengingat'], ['karena'], ['soalnya'], ['because'], ['as', 'many']];

/** Concepts that make no request of their own ("Dengan hormat", "terima kasih"). */
export const COURTESY: ReadonlySet<string> = new Set(['greeting', 'thanks']);

/** What a purpose is said with after "untuk" ("untuk usulan formasi", "buat paparan kadis"). */
const PURPOSE_NOUNS: ReadonlySet<string> = new Set([
  'bahan', 'keperluan', 'persiapan', 'usulan', 'kelengkapan', 'penyusunan', 'paparan', 'acara', 'laporan', 'perencanaan', 'rapat',
  'agenda', 'dasar', 'pertimbangan', 'evaluasi', 'pembinaan',
]);

/** What a purpose is said with after "for", within its next three words ("for Sekda's briefing", "for the workshop"). */
const ENGLISH_PURPOSE_NOUNS: ReadonlySet<string> = new Set([
  'briefing', 'meeting', 'presentation', 'workshop', 'report', 'discussion', 'session', 'slides', 'deck', 'memo',
]);

/**
 * "untuk menyusun agenda …", "buat usulan formasi": "untuk" followed by a verb of doing (me-, mem-, men-, meng-,
 * meny-) or a noun of purpose opens a purpose clause; "untuk 2 tahun ke depan" or "untuk kepala dinas" opens none.
 * So does "for" with a noun of purpose in its next three words ("for the Sekda's briefing").
 */
function purposeAfterUntuk(tokens: readonly Token[], at: number): boolean {
  if (purposeAfterFor(tokens, at)) return true;
  const next = tokens[at + 1];
  if (tokens[at]?.text !== 'untuk' || tokens[at]?.role !== 'function' || next === undefined || next.role === 'number') return false;
  const word = next.text.split(' ')[0] ?? '';
  // "untuk perencanaan kebutuhan …" though "perencanaan" names a field too; "untuk kepala dinas" opens no purpose.
  return PURPOSE_NOUNS.has(word) || (next.role !== 'org' && /^(?:me[mn]g?|meny)[a-z]{3,}$/.test(word));
}

/** "for the Sekda's briefing": whoever it names is the occasion's audience, not what is asked about. */
const purposeAfterFor = (tokens: readonly Token[], at: number): boolean =>
  tokens[at]?.text === 'for' && tokens[at]?.role === 'function' && tokens.slice(at + 1, at + 4).some((t) => ENGLISH_PURPOSE_NOUNS.has(t.text));

/** A word of an opener as read: a function word, "dengan" read as a joiner between names, "need" read as a concept. */
const isOpenerWord = (t: Token | undefined, word: string) => t?.text === word && (t.role === 'function' || t.role === 'joiner' || t.role === 'concept');

const opensAt = (tokens: readonly Token[], at: number, openers: ReadonlyArray<readonly string[]>): boolean =>
  purposeAfterUntuk(tokens, at) || openers.some((words) => words.every((w, k) => isOpenerWord(tokens[at + k], w)));

const ASKERS: ReadonlySet<string> = new Set(['kami', 'saya', 'kita', 'aku', 'we', 'i']);
const NEEDS: ReadonlySet<string> = new Set(['perlu', 'butuh', 'membutuhkan', 'memerlukan', 'minta', 'mohon', 'need', 'needs', 'want', 'would']);

/** The request begins at `k`: "mohon …", "tolong …", "kami perlu …", "we need …". */
const requestStartsAt = (tokens: readonly Token[], k: number): boolean =>
  REQUEST_WORDS.has(tokens[k]?.text ?? '') || (ASKERS.has(tokens[k]?.text ?? '') && NEEDS.has(tokens[k + 1]?.text ?? ''));

/**
 * Where a clause opened at `at` ends: its comma or the request's first words ("untuk bahan Baperjakat kami perlu …");
 * -1 for none before `to`.
 */
const clauseEnd = (tokens: readonly Token[], at: number, to: number): number =>
  tokens.findIndex((t, k) => k > at && k < to && (t.text === ',' || requestStartsAt(tokens, k)));

const asksSomething = (t: Token) => t.role === 'concept' && !COURTESY.has(t.concept ?? '');
const isSentenceEnd = (t: Token | undefined) => t?.role === 'joiner' && SENTENCE_ENDS.has(t.text);

/** In place: the words of purpose clauses become function words, so they name nothing and ask nothing. */
export function dropPurposeClauses(tokens: Token[]): void {
  let sentence = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isSentenceEnd(tokens[i])) continue;
    dropInSentence(tokens, sentence, i);
    sentence = i + 1;
  }
}

function dropInSentence(tokens: Token[], from: number, to: number): void {
  // A title, a kind of unit or a kode names one; field words alone ("perencanaan kebutuhan tenaga pendidik") do not.
  const namesPlace = (a: number, b: number) => tokens.slice(a, b).some((t) => t.role === 'org' && t.orgRole !== 'domain' && t.orgRole !== 'jabatan');
  // A post or unit the clause names is what the request is about ("Dalam rangka pengisian jabatan Kepala Seksi …,
  // mohon calon …", "kurang apa supaya bisa jadi kabid …"): its words stay, and so does a trailing clause that names
  // one. Field words of a clause that names none go with it ("…, untuk perencanaan pengisian jabatan").
  const mute = (a: number, b: number, keepsOrg = namesPlace(a, b)) => {
    for (let k = a; k < b; k++) if (!keepsOrg || tokens[k]?.role !== 'org') tokens[k] = { text: (tokens[k] as Token).text, role: 'function' };
  };
  for (let i = from; i < to; i++) {
    const before = tokens.slice(from, i);
    // Before the request: only courtesy and function words come before it, a comma or the request's first words
    // ("untuk bahan Baperjakat kami perlu …") close it, and a request follows.
    if (opensAt(tokens, i, LEADING_OPENERS) && before.every((t) => !asksSomething(t) && t.role !== 'org' && t.role !== 'name')) {
      const close = clauseEnd(tokens, i, to);
      if (close > 0 && tokens.slice(close, to).some(asksSomething)) {
        mute(i, close);
        i = close;
        continue;
      }
    }
    // After a request that named its post or unit: the reason for it, to a comma, the next request or the sentence's end.
    const reason = REASON_OPENERS.some((words) => words.every((w, k) => isOpenerWord(tokens[i + k], w)));
    if (reason && before.some(asksSomething) && before.some((t) => t.role === 'org')) {
      const close = clauseEnd(tokens, i, to);
      for (let k = i; k < (close > 0 ? close : to); k++) {
        const t = tokens[k] as Token;
        if (t.role === 'org' || t.role === 'name') tokens[k] = { text: t.text, role: 'function' };
      }
      if (close < 0) return;
      i = close;
      continue;
    }
    // After the request: everything to the end of the sentence.
    if (opensAt(tokens, i, TRAILING_OPENERS) && before.some(asksSomething) && (!namesPlace(i, to) || purposeAfterFor(tokens, i))) {
      mute(i, to, false);
      return;
    }
  }
}
