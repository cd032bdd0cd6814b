/**
 * Second looks at the roles words were given one by one, where a word's neighbours decide what it is: a name after
 * "Pak"/"Bu", words of the instansi's own unit names (and the number of a numbered one), jabatan words, and the place
 * said right after a jabatan.
 * Pure; used by analysis.ts.
 */
import { romanValue } from '../../lib/roman-numerals.js';
import { COMPASS_POINTS } from './lexicon/compass.js';
import { ASKER_WORDS, ASKING_VERBS, BALINESE_NAME_OPENERS, REGIONAL_HEADS } from './lexicon/function-words.js';
import { WORD_LIKE_GIVEN_NAMES } from './lexicon/given-names.js';
import { namesCalendarYear, numberAt } from './numbers.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';
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
  dropRequester(tokens);
  dropApposition(tokens);
  readBoxNumbers(tokens);
  absorbOwnNameWords(tokens, vocabulary);
  markJabatanWords(tokens, vocabulary);
  markPlaceAfterJabatan(tokens, vocabulary);
}

/** Words opening a letter to someone ("Yth.", "Kepada", "Dear"). */
const SALUTATIONS: ReadonlySet<string> = new Set(['yth', 'kepada', 'dear']);

/**
 * "Yth. Bapak Kepala BKPSDM, mohon …", "Dear Head of BKPSDM, …", "Kepada Yth. Kepala BKPSDM / Di tempat": the post a
 * message is addressed to, up to the comma or "Di tempat" after it, is no post asked about.
 */
function dropAddressee(tokens: Token[]): void {
  if (!SALUTATIONS.has(tokens[0]?.text ?? '')) return;
  let end = 1;
  while (tokens[end]?.role === 'honorific' || SALUTATIONS.has(tokens[end]?.text ?? '')) end++;
  const start = end;
  while (tokens[end]?.role === 'org') end++;
  // Up to the comma, or the "Di tempat" a letter's address ends with on a line of its own.
  const closed = tokens[end]?.text === ',' || (tokens[end]?.text === 'di' && tokens[end + 1]?.text === 'tempat');
  if (end === start || !closed) return;
  for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}

/** Words by which askers point back at themselves: "gantikan saya", "replace me", "my successor". */
const SELF_REFERENCES: ReadonlySet<string> = new Set(['saya', 'aku', 'me', 'my']);
/** When someone asked: "Kadis Kominfo kemarin tanya …". */
const WHEN_ASKED: ReadonlySet<string> = new Set(['kemarin', 'tadi', 'barusan', 'baru', 'sempat', 'juga']);
/** "sebagai kepala BKPSDM", "as head of BKPSDM": the post of whoever speaks next. */
const AS_WORDS: ReadonlySet<string> = new Set(['sebagai', 'selaku', 'as']);
/** Verbs of the work a request gives someone: "mohon BKPSDM menyiapkan data …", "tolong bagian umum kirimkan …". */
const DOING_VERBS: ReadonlySet<string> = new Set([
  'menyiapkan', 'siapkan', 'disiapkan', 'mengirim', 'mengirimkan', 'kirim', 'kirimkan', 'membuat', 'buatkan', 'menyusun',
  'susun', 'susunkan', 'menyampaikan', 'sampaikan', 'mengecek', 'cek', 'memeriksa', 'periksa', 'prepare', 'send',
]);
/** Words a request opens with, before whoever is asked to do the work. */
const REQUEST_WORDS: ReadonlySet<string> = new Set(['mohon', 'tolong', 'minta', 'please']);
/** Words before the one a request comes from: "ditunggu pak sekda", "atas permintaan Kadis", "sesuai arahan pak kaban". */
const REQUESTED_BY: ReadonlySet<string> = new Set(['ditunggu', 'permintaan', 'arahan', 'disposisi', 'perintah', 'instruksi', 'diminta', 'ditanya', 'ditanyakan']);
/** Words before a person the answer is for, said with "Pak"/"Bu": "laporan ke Pak Sekda", "bahan untuk Bu Kadis". */
const FOR_WHOM: ReadonlySet<string> = new Set(['ke', 'kepada', 'untuk', 'buat']);
/** A message passed on: "Fwd dari Bagian Organisasi: …", "Forwarded from the Sekda: …". */
const FORWARDED: ReadonlySet<string> = new Set(['fwd', 'fw', 'forward', 'forwarded', 'forwarding', 'diteruskan', 'terusan']);
/** What someone who asks wants to do: "Pak Sekda mau lihat …", "Bu Kadis ingin tahu …". */
const WANTS_TO: ReadonlySet<string> = new Set(['lihat', 'liat', 'melihat', 'tahu', 'tau', 'cek', 'mengecek', 'tanya', 'see', 'know', 'check']);
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
  // "Kadis Kominfo kemarin tanya soal …": when they asked may come between.
  const verb = WHEN_ASKED.has(tokens[end]?.text ?? '') ? end + 1 : end;
  const asker =
    says === 'self' ? after < tokens.length : says === 'as' ? ASKER_WORDS.has(tokens[after]?.text ?? '') : ASKING_VERBS.has(tokens[verb]?.text ?? '');
  // "saya inspektur, siapa yang bisa gantikan saya?": the asker's own post, referred back to, is the one asked about.
  const rest = tokens.slice(after + 1);
  const referredBack = rest.some((t) => SELF_REFERENCES.has(t.text)) && !rest.some((t) => t.role === 'org');
  if (!asker || referredBack) return;
  for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
}

/**
 * A post, said with "Pak"/"Bu", that asks something later in the message ("kemarin pak kadis PU minta nama-nama
 * terbaik di bidang penataan ruang"), from whom a request comes ("mohon segera, ditunggu pak sekda"), or who is asked
 * to do the work ("mohon BKPSDM menyiapkan data jabatan kosong di Setwan") is no post or unit asked about.
 */
function dropRequester(tokens: Token[]): void {
  for (let start = 1; start < tokens.length; start++) {
    if (tokens[start]?.role !== 'org' || tokens[start - 1]?.role === 'org') continue;
    let before = start - 1;
    while (before >= 0 && (tokens[before]?.role === 'honorific' || tokens[before]?.text === 'the')) before--;
    const end = endOfPost(tokens, start);
    const titled = tokens.slice(before + 1, start).some((t) => t.role === 'honorific' || t.text === 'the');
    const [said, next] = [tokens[end]?.text ?? '', tokens[end + 1]?.text ?? ''];
    // "Pak Sekda mau lihat …", "The Kalak asked for it", "The head of Bapenda is asking: …".
    const asking = titled && (ASKING_VERBS.has(said) || ((said === 'mau' || said === 'ingin') && WANTS_TO.has(next)) || (said === 'is' && ASKING_VERBS.has(next)));
    const doing = REQUEST_WORDS.has(tokens[before]?.text ?? '') && DOING_VERBS.has(said);
    const by = tokens[before]?.text ?? '';
    // "laporan ke Pak Sekda", "Forwarded from the Sekda", "Fwd dari Bagian Organisasi", "asking for the Sekda's briefing".
    const forWhom = (titled && FOR_WHOM.has(by)) || ((by === 'dari' || by === 'from') && FORWARDED.has(tokens[before - 1]?.text ?? '')) ||
      (by === 'for' && ASKING_VERBS.has(tokens[before - 1]?.text ?? ''));
    if (!asking && !doing && !forWhom && !REQUESTED_BY.has(by)) continue;
    for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
    start = end;
  }
}

/**
 * "Mas Seto, sekretaris camat utara, kenapa ga masuk kandidat camat …?": a post said between commas right after a
 * name is that person's own, no post asked about.
 */
function dropApposition(tokens: Token[]): void {
  for (let start = 2; start < tokens.length; start++) {
    if (tokens[start]?.role !== 'org' || tokens[start - 1]?.text !== ',' || tokens[start - 2]?.role !== 'name') continue;
    const end = endOfPost(tokens, start);
    if (tokens[end]?.text !== ',' || !tokens.slice(end).some((t) => t.role === 'org')) continue;
    for (let i = start; i < end; i++) tokens[i] = { text: (tokens[i] as Token).text, role: 'function' };
  }
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

/** Words after which a word is a name: "pegawai bernama Harapan", "atas nama Bintang", "si Cahaya", "someone named Kasih". */
const NAME_INTRODUCERS: ReadonlySet<string> = new Set(['bernama', 'nama', 'namanya', 'si', 'named', 'called']);

/**
 * "Bintang Pamungkas", "Harapan Sitompul": a given name that is also a word, before a name, is the name's; so is one
 * right after a name, "Dewi Kasih", "Putu Indah", unless it names a place of the instansi ("… di Contoh Timur") or
 * is a verb before the question's own words ("… kasih tahu dong"); and one said as a name ("bernama Harapan"),
 * beside another name ("Bintang dan Cahaya") or asked why not ("kenapa Kasih tidak …").
 */
function keepWordLikeGivenNames(tokens: Token[]): void {
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.role !== 'name' && WORD_LIKE_GIVEN_NAMES.has(t.text) && tokens[i + 1]?.role === 'name') tokens[i] = { text: t.text, role: 'name' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "pegawai bernama Harapan", "si Bintang": said as a name.
    if (WORD_LIKE_GIVEN_NAMES.has(t.text) && NAME_INTRODUCERS.has(tokens[i - 1]?.text ?? '') && t.role !== 'org') {
      tokens[i] = { text: t.text, role: 'name' };
      continue;
    }
    // "compare Bintang and Cahaya", "kenapa Kasih tidak masuk …": beside another name across a joiner, or the one a
    // "why … not" asks about.
    const next = tokens[i + 1];
    // A comma ends a clause as often as it lists names ("mana yg lebih bagus, sri rahayu atau …").
    const joinerAt = (k: number) => tokens[k]?.role === 'joiner' && tokens[k]?.text !== ',' && !SENTENCE_ENDS.has(tokens[k]?.text ?? '');
    const acrossJoiner = [-2, 2].some((d) => joinerAt(i + d / 2) && (tokens[i + d]?.role === 'name' || WORD_LIKE_GIVEN_NAMES.has(tokens[i + d]?.text ?? '')));
    const whyNot = tokens[i - 1]?.concept === 'why' && next?.concept === 'neg';
    if (WORD_LIKE_GIVEN_NAMES.has(t.text) && t.role !== 'org' && (acrossJoiner || whyNot)) {
      tokens[i] = { text: t.text, role: 'name' };
      continue;
    }
    // "… kasih tahu dong", "… kasih lihat": a verb before a word of the question's, no name.
    const opensPhrase = next !== undefined && (next.role === 'function' || (t.concept !== undefined && next.concept === t.concept));
    if (t.role !== 'name' && t.role !== 'org' && !opensPhrase && WORD_LIKE_GIVEN_NAMES.has(t.text) && tokens[i - 1]?.role === 'name') {
      tokens[i] = { text: t.text, role: 'name' };
    }
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
  // Courtesy after the address: "pak, maaf ganggu", "bu permisi", "pak selamat pagi".
  'maaf', 'permisi', 'punten', 'selamat', 'salam', 'terima', 'sorry', 'apa', 'siapa', 'gimana', 'bagaimana', 'kalau', 'yang',
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
    // "SMP Negeri 4" where the instansi numbers its SMP Negeri: the number is the name's, whether or not that one
    // exists; so is a Roman numeral no name says, "Irban Wilayah IV" beside Wilayah I–III, and a point of the compass,
    // "Camat Contoh Tengah" beside Contoh Utara and Contoh Barat.
    const value = t.role === 'number' ? t.value : t.role === 'name' ? romanValue(t.text) : undefined;
    const said = value !== undefined ? String(value) : t.role !== 'org' && COMPASS_POINTS.has(t.text) ? t.text : undefined;
    // "SD Negeri 1 tahun depan": a calendar year after the number leaves it the name's.
    const periodAfter = next?.role === 'period' && !namesCalendarYear(tokens.map((tk) => tk.text), i + 1);
    if (said !== undefined && prev.role === 'org' && prev.orgRole !== 'title' && vocabulary.numberedAfter(prev.text) && !periodAfter) {
      tokens[i] = { text: said, role: 'org', orgRole: 'domain' };
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
