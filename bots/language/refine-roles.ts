/**
 * Second looks at the roles words were given one by one, where a word's neighbours decide what it is: a name after
 * "Pak"/"Bu", words of the instansi's own unit names (and the number of a numbered one), jabatan words, and the place
 * said right after a jabatan.
 * Pure; used by analysis.ts.
 */
import { ASKER_WORDS, BALINESE_NAME_OPENERS, REGIONAL_HEADS } from './lexicon/function-words.js';
import { WORD_LIKE_GIVEN_NAMES } from './lexicon/given-names.js';
import { numberAt } from './numbers.js';
import type { Token } from './token.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Refines `tokens` in place, in the order each look needs the ones before it.
 * @param options.addressFirst - a "Pak"/"Bu" opening the question addresses the reader ("bpk, kandidat kadis …")
 * rather than announcing a name
 */
export function refineRoles(tokens: Token[], vocabulary: Vocabulary, options: { addressFirst?: boolean } = {}): void {
  forceNamesAfterHonorifics(tokens, options.addressFirst ?? false);
  keepBalineseOpeners(tokens);
  keepWordLikeGivenNames(tokens);
  dropAddressee(tokens);
  dropAsker(tokens);
  readBoxNumbers(tokens);
  absorbOwnNameWords(tokens, vocabulary);
  markJabatanWords(tokens, vocabulary);
  markPlaceAfterJabatan(tokens, vocabulary);
}

/** Words opening a letter to someone ("Yth.", "Kepada", "Dear"). */
const SALUTATIONS: ReadonlySet<string> = new Set(['yth', 'kepada', 'dear']);

/**
 * "Yth. Bapak Kepala BKPSDM, mohon …", "Dear Head of BKPSDM, …": the post a message is addressed to, up to the
 * comma after it, is no post asked about.
 */
function dropAddressee(tokens: Token[]): void {
  if (!SALUTATIONS.has(tokens[0]?.text ?? '')) return;
  let end = 1;
  while (tokens[end]?.role === 'honorific' || SALUTATIONS.has(tokens[end]?.text ?? '')) end++;
  const start = end;
  while (tokens[end]?.role === 'org') end++;
  if (end === start || tokens[end]?.text !== ',') return;
  for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}

/** Words by which askers point back at themselves: "gantikan saya", "replace me", "my successor". */
const SELF_REFERENCES: ReadonlySet<string> = new Set(['saya', 'aku', 'me', 'my']);
/** "sebagai kepala BKPSDM", "as head of BKPSDM": the post of whoever speaks next. */
const AS_WORDS: ReadonlySet<string> = new Set(['sebagai', 'selaku', 'as']);
/** Verbs of asking right after the post a message opens with: "Sekda minta …", "Pak Kadis mohon …", "the Sekda wants …". */
const ASKING_VERBS: ReadonlySet<string> = new Set(['minta', 'meminta', 'mohon', 'memohon', 'ingin', 'pengen', 'pingin', 'wants', 'asks', 'requests', 'would']);
/** Words inside an English post's name said as a phrase: "head of the BKPSDM". */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'the']);

/** The end of the post named from `start`, through "of"/"the" between its words. */
function endOfPost(tokens: readonly Token[], start: number): number {
  let end = start;
  for (let i = start; i < tokens.length; i++) {
    if (tokens[i]?.role === 'org') end = i + 1;
    else if (!NAME_LINKS.has(tokens[i]?.text ?? '') || (end === start && i > start)) break;
  }
  return end;
}

/**
 * The asker's own post, said before what they ask, is no post asked about: "saya sekda, mau lihat kandidat kadis
 * pendidikan", "sebagai kepala BKPSDM saya ingin tahu …", "as head of BKPSDM, I'd like …", and a post that opens
 * the message followed by a verb of asking ("Sekda minta gambaran risiko di Diskominfo": the Sekda is asking).
 */
function dropAsker(tokens: Token[]): void {
  let at = 0;
  while (tokens[at]?.role === 'honorific' || tokens[at]?.concept === 'greeting' || tokens[at]?.text === ',') at++;
  const opener = tokens[at]?.text ?? '';
  const says = ASKER_WORDS.has(opener) ? 'self' : AS_WORDS.has(opener) ? 'as' : 'post';
  if (says !== 'post') at++;
  while (tokens[at]?.role === 'honorific' || tokens[at]?.text === 'the') at++;
  const start = at;
  const end = endOfPost(tokens, start);
  if (end === start || tokens[start]?.role !== 'org') return;
  const after = tokens[end]?.text === ',' ? end + 1 : end;
  const asker =
    says === 'self' ? after < tokens.length : says === 'as' ? ASKER_WORDS.has(tokens[after]?.text ?? '') : ASKING_VERBS.has(tokens[end]?.text ?? '');
  // "saya inspektur, siapa yang bisa gantikan saya?": the asker's own post, referred back to, is the one asked about.
  const rest = tokens.slice(after + 1);
  const referredBack = rest.some((t) => SELF_REFERENCES.has(t.text)) && !rest.some((t) => t.role === 'org');
  if (!asker || referredBack) return;
  for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}

/**
 * Words naming a kind of post ("guru", "penyuluh", "ahli") are jabatan words, unless they carry on a unit name
 * ("Satuan Polisi Pamong Praja", "Bidang Pembinaan Guru …") or follow a title ("kepala sekolah"): "kekurangan
 * perawat dinas kesehatan" asks about the perawat of Dinas Kesehatan.
 */
function markJabatanWords(tokens: Token[], vocabulary: Vocabulary): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (t.role !== 'org' || t.orgRole !== 'domain' || !vocabulary.isJabatanWord(t.text)) continue;
    if (prev?.role === 'org' && prev.orgRole !== 'jabatan' && vocabulary.continuesUnitName(prev.text, t.text)) continue;
    // "kepala sekolah": what a title heads names a post, not a jabatan of its own.
    if (prev?.orgRole === 'title') continue;
    tokens[i] = { ...t, orgRole: 'jabatan' };
  }
}

/**
 * "kekurangan guru smpn 1", "arsiparis kota contoh": where the words after a jabatan name one of the instansi's
 * units, the first of them opens that place, said without "di"; other words after it still qualify the jabatan
 * ("guru ahli pertama"), and so does all of a position's own name ("penyuluh pertanian", not Dinas Pertanian).
 */
function markPlaceAfterJabatan(tokens: Token[], vocabulary: Vocabulary): void {
  const words = tokens.map((t) => t.text);
  for (let start = 0; start < tokens.length; start++) {
    if (tokens[start]?.orgRole !== 'jabatan') continue;
    let end = start + 1;
    while (tokens[end]?.role === 'org' && tokens[end]?.orgRole !== 'title' && tokens[end]?.orgRole !== 'unitType') end++;
    if (vocabulary.opensPositionName(words.slice(start, end))) {
      start = end - 1;
      continue;
    }
    for (let k = start + 1; k < end; k++) {
      const t = tokens[k] as Token;
      if (t.orgRole === 'jabatan' || !vocabulary.namesUnit(words.slice(k, end))) continue;
      tokens[k] = { ...t, orgRole: 'place' };
      break;
    }
    start = end - 1;
  }
}

/**
 * A number word after "kotak"/"box" is the box's number, even where the instansi's names use it ("kotak satu" beside
 * the "Pelayanan Terpadu Satu Pintu").
 */
function readBoxNumbers(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const inList = prev.concept === 'box' || (prev.role === 'joiner' && tokens[i - 2]?.role === 'number');
    const number = t.role === 'org' && inList ? numberAt([t.text], 0) : null;
    if (number) tokens[i] = { text: t.text, role: 'number', value: number.value };
  }
}

/** "Bintang Pamungkas", "Harapan Sitompul": a given name that is also a word, before a name, is the name's. */
function keepWordLikeGivenNames(tokens: Token[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.role !== 'name' && WORD_LIKE_GIVEN_NAMES.has(t.text) && tokens[i + 1]?.role === 'name') tokens[i] = { text: t.text, role: 'name' };
  }
}

/** "I Made Suarjana", "Ni Luh Putu Ariani": the "I" or "Ni" of a Balinese name is part of it, not the English "I". */
function keepBalineseOpeners(tokens: Token[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.text === 'i' || t.text === 'ni') && BALINESE_NAME_OPENERS.has(tokens[i + 1]?.text ?? '')) tokens[i] = { text: t.text, role: 'name' };
  }
}

/** Words that follow "Pak"/"Mas" as a request or an office, never as a name: "mas, tolong …", "Pak Bupati minta …". */
const NEVER_A_NAME: ReadonlySet<string> = new Set([
  'tolong', 'mohon', 'minta', 'coba', 'izin', 'ijin', 'please', 'bisa', 'boleh', 'mau', 'ingin', 'ya', ...REGIONAL_HEADS,
]);

/** After "Pak"/"Bu" comes a name, even a word that means something else ("Bu Kasih", "Pak Bintang", "Pak Timur"). */
function forceNamesAfterHonorifics(tokens: Token[], addressFirst: boolean): void {
  for (let i = addressFirst ? 2 : 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const wordOfName = (t.role === 'concept' || t.role === 'function' || (t.role === 'org' && t.orgRole === 'domain')) && !NEVER_A_NAME.has(t.text);
    if (tokens[i - 1]?.role === 'honorific' && wordOfName && !t.text.includes(' ')) {
      tokens[i] = { text: t.text, role: 'name' };
    }
  }
}

/**
 * Words of the instansi's own names that also mean something else, or are too short to stand alone, join the name
 * they stand in: "Bidang Mutasi dan Promosi" (not a promotion filter), "Dinas A" (not an article), "Politik Dalam
 * Negeri"; so does any number where its unit names have one ("SMP Negeri 4" beside SMP Negeri 1–3).
 */
function absorbOwnNameWords(tokens: Token[], vocabulary: Vocabulary): void {
  let forceNext = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const next = tokens[i + 1];
    // "SMP Negeri 4" where the instansi numbers its SMP Negeri: the number is the name's, whether or not that one exists.
    if (t.role === 'number' && t.value !== undefined && prev.role === 'org' && prev.orgRole !== 'title' && vocabulary.numberedAfter(prev.text) && next?.role !== 'period') {
      tokens[i] = { text: String(t.value), role: 'org', orgRole: 'domain' };
      forceNext = false;
      continue;
    }
    // "head of investment and one stop services": the English "and" joins names as the "dan" of their Indonesian words.
    const word = t.role === 'joiner' && t.text === 'and' && prev.role === 'org' ? 'dan' : t.text;
    if (t.role === 'org' || !vocabulary.isOwnWord(word)) {
      forceNext = false;
      continue;
    }
    let absorb: boolean = forceNext;
    if (!absorb && prev.role === 'org') {
      if (t.role === 'joiner') {
        // "Mutasi dan Promosi"; a comma ends a clause more often than it joins a name ("kadinkes, promosi saja"), so it
        // joins only where a unit's name has one ("Dinas Pemuda, Olahraga …").
        const comma = t.text === ',' && !(vocabulary.continuesUnitName(prev.text, t.text) && next !== undefined && vocabulary.continuesUnitName(t.text, next.text));
        absorb = next !== undefined && vocabulary.isOwnWord(next.text) && !comma;
        forceNext = absorb;
      } else if (t.role === 'concept') {
        // "Seksi Perencanaan Mutasi dan Promosi": a question word carrying on one of the instansi's unit names.
        absorb = prev.orgRole === 'title' || prev.orgRole === 'unitType' || next?.role === 'org' || vocabulary.continuesUnitName(prev.text, t.text);
      } else if (t.role === 'number') {
        absorb = prev.orgRole !== 'title' && next?.role !== 'period';
      } else if (t.role === 'name') {
        // A short word of an own name right after it ("Dinas B", "Bidang A1 2").
        absorb = true;
      } else {
        absorb = next === undefined || next.role === 'org' || next.role === 'concept' || next.role === 'function';
      }
    } else forceNext = false;
    if (absorb) tokens[i] = { text: word, role: 'org', orgRole: 'domain' };
  }
}
