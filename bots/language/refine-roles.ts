/**
 * Second looks at the roles words were given one by one, where a word's neighbours decide what it is: a name after
 * "Pak"/"Bu", words of the instansi's own unit names (and the number of a numbered one), jabatan words, and the place
 * said right after a jabatan; the posts a message names but does not ask about are dropped (posts-not-asked.ts).
 * Pure; used by analysis.ts.
 */
import { romanValue } from '../../lib/roman-numerals.js';
import { COMPASS_POINTS } from './lexicon/compass.js';
import { BALINESE_NAME_OPENERS, PAUSES, REGIONAL_HEADS } from './lexicon/function-words.js';
import { WORD_LIKE_GIVEN_NAMES } from './lexicon/given-names.js';
import { readCalendarWords } from './calendar-roles.js';
import { namesCalendarYear, numberAt } from './numbers.js';
import { PLACE_NAMED_KINDS, WORK_NAMED_KINDS } from './org-terms.js';
import { nameUnitsByTheirHeads } from './head-named-units.js';
import { dropPostsNotAsked } from './posts-not-asked.js';
import { pointBackToAsker } from './asker-units.js';
import { nameUnitsByTheirWork } from './work-named-units.js';
import type { Token } from './token.js';
import { SENTENCE_ENDS } from './tokenise.js';
import type { Vocabulary } from './vocabulary.js';
import { nameWorkNamedParts } from './work-named-parts.js';
import type { WrittenCase } from './written-case.js';

/**
 * Refines `tokens` in place, in the order each look needs the ones before it.
 * @param options.addressFirst - a "Pak"/"Bu" opening the question addresses the reader ("bpk, kandidat kadis …")
 * rather than announcing a name
 */
export function refineRoles(
  tokens: Token[],
  vocabulary: Vocabulary,
  options: { addressFirst?: boolean; written?: Pick<WrittenCase, 'titleCase' | 'lowerOnly'> } = {},
): void {
  forceNamesAfterHonorifics(tokens, options.addressFirst ?? false);
  readCalendarWords(tokens);
  keepBalineseOpeners(tokens);
  keepWordLikeGivenNames(tokens, options.written);
  pointBackToAsker(tokens, dropPostsNotAsked(tokens));
  nameUnitsByTheirHeads(tokens);
  readNumbersOutsideNames(tokens);
  dropOwnNameAfterWhole(tokens);
  nameUnitsByTheirWork(tokens, vocabulary);
  absorbOwnNameWords(tokens, vocabulary);
  putKindBeforeItsName(tokens, vocabulary);
  namePlaceNamedUnits(tokens, options.written ?? { titleCase: new Set(), lowerOnly: new Set() });
  nameWorkNamedParts(tokens);
  markJabatanWords(tokens, vocabulary);
  markPlaceAfterJabatan(tokens, vocabulary);
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
    // "kepala sekolah": what a title heads names a post, not a jabatan of its own; "bidang guru dan tenaga
    // kependidikan": what a bidang works on names the bidang.
    if (prev?.orgRole === 'title' || (prev?.orgRole === 'unitType' && WORK_NAMED_KINDS.has(prev.text))) continue;
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
 * A number word after "kotak"/"box" is the box's number, and one before "tahun"/"bulan" counts them, even where the
 * instansi's names use it ("kotak satu", "dalam kurun waktu satu tahun" beside the "Pelayanan Terpadu Satu Pintu").
 */
function readNumbersOutsideNames(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    const inList = prev.concept === 'box' || (prev.role === 'joiner' && tokens[i - 2]?.role === 'number');
    // "dalam satu gambar": a number word of a unit's name ("Terpadu Satu Pintu") said with no other word of a name.
    const alone = prev.role !== 'org' && tokens[i + 1]?.role !== 'org';
    const number = t.role === 'org' && (inList || alone || tokens[i + 1]?.role === 'period') ? numberAt([t.text], 0) : null;
    if (number) tokens[i] = { text: t.text, role: 'number', value: number.value };
  }
}

/** A "whole" said by the level of government ("se-kabupaten", "Pemerintah Kota"), after which its own name may follow. */
const GOVERNMENT_WHOLE = /\b(?:kabupaten|kota|provinsi|pemkab|pemkot|pemprov|pemda|daerah|regency|city)$/;

/**
 * "di lingkungan Pemerintah Kabupaten Contoh", "se-Kabupaten Contoh": the place's name after the whole government
 * names that whole, no unit of it (the instansi's root unit would limit a unit head's answer to a place outside it).
 */
function dropOwnNameAfterWhole(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const whole = tokens[i - 1] as Token;
    if (whole.concept !== 'whole' || !GOVERNMENT_WHOLE.test(whole.text)) continue;
    for (let j = i; tokens[j]?.role === 'org' && tokens[j]?.orgRole === 'domain'; j++) tokens[j] = { text: (tokens[j] as Token).text, role: 'function' };
  }
}

/** Words after which a word is a name: "pegawai bernama Harapan", "atas nama Bintang", "si Cahaya", "someone named Kasih". */
const NAME_INTRODUCERS: ReadonlySet<string> = new Set(['bernama', 'nama', 'namanya', 'si', 'named', 'called']);

/**
 * "Bintang Pamungkas", "Harapan Sitompul": a given name that is also a word, before a name, is the name's; so is one
 * right after a name, "Dewi Kasih", "Putu Indah", unless it names a place of the instansi ("… di Contoh Timur") or
 * is a verb before the question's own words ("… kasih tahu dong"); and one said as a name ("bernama Harapan"),
 * beside another name ("Bintang dan Cahaya") or asked why not ("kenapa Kasih tidak …"). One the message did not write
 * itself, a chat word written out ("Paijo apik endi" → "bagus"), is none.
 */
function keepWordLikeGivenNames(tokens: Token[], written?: Pick<WrittenCase, 'titleCase' | 'lowerOnly'>): void {
  const wrote = (w: string) => written === undefined || written.titleCase.has(w) || written.lowerOnly.has(w);
  for (let i = tokens.length - 2; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.role !== 'name' && WORD_LIKE_GIVEN_NAMES.has(t.text) && wrote(t.text) && tokens[i + 1]?.role === 'name') tokens[i] = { text: t.text, role: 'name' };
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!wrote(t.text)) continue;
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
  // A question asked of the one addressed: "Pak, brp total ASN …", "bu kapan rapat komite".
  'berapa', 'kapan', 'kenapa', 'mengapa', 'mana', 'ada', 'sudah', 'belum', 'tanya',
  // The asker speaking after the address: "pagi pak, sy mau tanya …"; thanks going on: "terima kasih Pak atas datanya".
  'saya', 'kami', 'aku', 'atas',
  // A request after the address: "Lanjut ya Pak: top 3 di Disdukcapil"; "di" after "ko" that is Minang "this"
  // ("tahun ko di disdik"), not the Chinese-Indonesian "Ko".
  'top', 'di',
  // The bot itself, addressed: "terima kasih Pak bot", "Bu admin, …".
  'bot', 'admin',
  // A voice note's pause before the name: "profilnya ibu ee Nurhayati Lubis".
  ...PAUSES,
]);

/** After "Pak"/"Bu" comes a name, even a word that means something else ("Bu Kasih", "Pak Bintang", "Pak Timur"). */
function forceNamesAfterHonorifics(tokens: Token[], addressFirst: boolean): void {
  for (let i = addressFirst ? 2 : 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "maaf ganggu malam pak, kandidat …", "selamat pagi bu, profil …": the reader greeted, then the question.
    const greetsReader = tokens[i - 2]?.concept === 'greeting' && t.role === 'concept';
    const wordOfName = (t.role === 'concept' || t.role === 'function' || (t.role === 'org' && t.orgRole === 'domain')) && !NEVER_A_NAME.has(t.text);
    if (tokens[i - 1]?.role === 'honorific' && wordOfName && !greetsReader && !t.text.includes(' ')) {
      tokens[i] = { text: t.text, role: 'name' };
    }
  }
}

/**
 * "pegawai kelurahan Sukamaju", "berapa pegawai UPTD SKB": unknown words right after a kind of unit named by its place
 * (PLACE_NAMED_KINDS) name that unit, one the instansi may not have, not a person. Not after a title: "kepala UPTD
 * Budi" and "kabid Andi" ("kepala bidang") name the holder; nor a word in lower case after the kind written with a
 * capital ("Kecamatan ngeluh kurang orang": the name would have one too; an acronym such as "UPTD" says nothing).
 */
function namePlaceNamedUnits(tokens: Token[], written: Pick<WrittenCase, 'titleCase' | 'lowerOnly'>): void {
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i - 1] as Token;
    if (kind.role !== 'org' || kind.orgRole !== 'unitType' || !PLACE_NAMED_KINDS.has(kind.text)) continue;
    if (tokens[i - 2]?.role === 'org' && tokens[i - 2]?.orgRole === 'title') continue;
    const caseDiffers = (word: string) => written.titleCase.has(kind.text) && written.lowerOnly.has(word);
    // "kelurahan contoh makmur": the place's name goes on past a word the instansi's names know.
    let from = i;
    while (tokens[from]?.role === 'org' && tokens[from]?.orgRole === 'domain') from++;
    for (let j = from; tokens[j]?.role === 'name' && !caseDiffers((tokens[j] as Token).text); j++) {
      tokens[j] = { text: (tokens[j] as Token).text, role: 'org', orgRole: 'domain' };
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
        // "/top bkpsdm 3": a number after a unit named whole, which it names none with, is no part of its name.
        const named = tokens.slice(tokens.findLastIndex((o, k) => k < i && o.role !== 'org') + 1, i).map((o) => o.text);
        absorb = prev.orgRole !== 'title' && next?.role !== 'period' && (!vocabulary.namesUnit(named) || vocabulary.namesUnit([...named, String(t.value)]));
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

/**
 * English says the kind of unit after its name ("the Mutasi dan Promosi division"): where the words before a kind of
 * unit that ends a phrase name one of the instansi's units with it, they are that unit's name, said in its order.
 */
function putKindBeforeItsName(tokens: Token[], vocabulary: Vocabulary): void {
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i] as Token;
    if (kind.orgRole !== 'unitType' || tokens[i - 1]?.role === 'org' || tokens[i + 1]?.role === 'org') continue;
    let from = i;
    while (from > 0 && tokens[from - 1]?.text !== ',' && tokens[from - 1]?.role !== 'org' && vocabulary.isOwnWord(tokens[from - 1]?.text ?? '')) from--;
    const name = tokens.slice(from, i).map((t) => t.text);
    if (name.length === 0 || tokens[from]?.role === 'joiner' || !vocabulary.namesUnit([kind.text, ...name])) continue;
    tokens.splice(from, i - from + 1, kind, ...name.map((text): Token => ({ text, role: 'org', orgRole: 'domain' })));
  }
}
