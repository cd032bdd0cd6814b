/**
 * First step of understanding: chat syntax removed, text folded (case, accents, apostrophes, punctuation), a NIP
 * typed with spaces put back together, and chat shorthand written out ("yg brp skrg" → "yang berapa sekarang").
 * Commas and ampersands survive as their own tokens: they separate names ("Budi, Rina dan Agus"); so does the end of
 * a sentence followed by another. A unit's or position's kode ("DISDIK-SMPN1") stays one word.
 */
import { UNIT_ABBREVIATIONS } from '../../lib/pemda-abbreviations.js';
import { romanValue } from '../../lib/roman-numerals.js';
import { PARTICLES, stripAffixes } from './affixes.js';
import { mendDictation } from './dictation.js';
import { withoutLineLabel } from './line-labels.js';
import { KODE_CHUNK } from './kode.js';
import { NUMBER_WORDS } from './numbers.js';
import { CHAT_SHORTHAND } from './lexicon/chat-shorthand.js';
import { HEADINGS } from './lexicon/function-words.js';
import { MONTH_NUMBERS, MONTHS_ID } from './lexicon/months.js';
import { expandAbbreviation, UNIT_TYPE_WORDS } from './org-terms.js';

const MONTH_WORDS = [...MONTH_NUMBERS.keys()].join('|');
/** "Okt-Des", "Juli–Desember": a range of months, not two words parted as a dash between names parts them. */
const MONTH_RANGE_DASH = new RegExp(`\\b(${MONTH_WORDS})\\s*[-–]\\s*(?=(?:${MONTH_WORDS})\\b)`, 'g');
/** "01/07/2027", "31-12-2027": a date in numbers, day first as Indonesian letters write it. */
const NUMERIC_DATE = /\b(0?[1-9]|[12]\d|3[01])([/.-])(0?[1-9]|1[0-2])\2((?:19|20)\d{2})\b/g;
const LETTER_DATE = new RegExp(`\\b(?:tanggal|tgl|tertanggal|dated)\\.?\\s+\\d{1,2}\\s+(?:${MONTH_WORDS})\\b\\.?(?:\\s+\\d{4}\\b)?`, 'gi');

/**
 * Slack mentions and channel links (`<@U123>`, `<#C1|umum>`, `<!here>`), Telegram `@bot` mentions; link labels kept.
 * Letter-writing's "s.d." is written out before its dots are lost.
 */
function stripChatSyntax(text: string): string {
  return withoutLineLabel(text)
    // "s.d." and "s/d" (sampai dengan) are "sampai", never the SD of a school.
    .replace(/\bs\s*[./]\s*d\b\.?/gi, ' sampai ')
    // A date in numbers is read as it is said, its month by name, so a range of dates is a range of months
    // ("01/07/2027 s.d. 31/12/2027" is the second half of 2027) and a letter's date is dropped as one in words is.
    .replace(NUMERIC_DATE, (_, day: string, _sep: string, month: string, year: string) => `${Number(day)} ${MONTHS_ID[Number(month) - 1] ?? ''} ${year}`)
    // Academic degrees after a name ("Ni Luh Putu Ariani, S.Pd", "Wahyu Setiawan S.Kom", "Poltak Sitorus, SH") and a
    // doctor's "dr." before it are no part of the name.
    // An Ahli Madya's degree, its field's dot left off too ("A.Md.", "A.Md.Kom"), and an accountant's ("S.E., Ak.").
    .replace(/,?\s*\bA\.\s?Md\.(?:[A-Za-z]{2,4}\b\.?)?/g, ' ')
    .replace(/,\s*Ak\.(?=\s|$|[?!,])/g, ' ')
    // "S.Tr.Keb.", "A.Md.Keb.", "S.K.M.": a degree of three parts too.
    .replace(/,?\s*\b(?:[SMD][1-3]?|A|Sp)\.\s?[A-Za-z]{1,5}\.?(?:[A-Za-z]{1,5}\.)*(?:,?\s?(?:[SMD]|Sp)\.\s?[A-Za-z]{1,5}\.?)*/g, ' ')
    .replace(/,\s*(?:SH|SE|MM|ST|MT|MH|MSi|MPd|SPd|SKom|SIP|SSos|MAP|MKes|Ners|Ns|Apt|PhD|MBA)\b\.?/g, ' ')
    // Written without comma or dots after a name ("Lukman Hakim SH MH"): only in their capitals, right after a name.
    .replace(/(?<=\b[A-Z][a-z]+)(?:\s+(?:SH|SE|ST|MT|MM|MH|MSi|MPd|SPd|SKom|SSos|MAP|MKes|SKM|SKep|SAg|MAg|MSc)\b\.?)+/g, ' ')
    // Typed in lower case without dots ("drs h slamet purnomo msi"): only forms that are no word of their own.
    .replace(/\s\b(?:msi|mpd|spd|skom|mkom|ssos|mkes|sstp|skm|skep|msc|phd)\b/g, ' ')
    // Typed in lower case in chat ("asep saepudin s.kom", "bu rina m.si"): the common ones, dots and all.
    .replace(/,?\s*\b[smd][1-3]?\.\s?(?:kom|pd|si|sos|ip|h|e|t|kep|ked|kes|ak|ap|m|hum|ag|farm|psi|tr|stat|pi)\b\.?/g, ' ')
    // The date of a letter or a meeting ("surat BKN tanggal 3 Januari 2025", "disposisi tgl 12 Mei") is when something
    // was said, not a span asked about, and its month names no one. ("pensiun per 1 Januari 2027" keeps its year.)
    .replace(LETTER_DATE, ' ')
    // A time of day ("before the 2pm meeting", "jam 10am") names no one.
    .replace(/\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b/gi, ' ')
    // A doctor's, dentist's ("drg.") or vet's ("drh.") title before the name.
    .replace(/\b[Dd]r[gh]?\.\s+(?=[A-Za-z])/g, ' ')
    // A forwarded message's speaker label, "[Diteruskan] Kabid Mutasi: "Berapa …"": whoever asks, not what is asked.
    .replace(/(^|\n|[\]*]\s*)([A-Za-z][^:\n"“”]{1,60}?):\s*(?=["“])/g, '$1$2 bertanya , ')
    // A signature on the last line, "…?\n— Kadis Perhubungan", or in brackets after the sender's name, "… (Rudi, BKPSDM)":
    // who they are, as "saya …" says it, in a sentence of its own ("!" ends one after any word, a number too).
    .replace(/(\S)\s*\n\s*(?:[—–~]|--?)\s*(?=[A-Za-z])([^\n]{1,60})\s*$/, '$1 ! saya $2')
    .replace(/(\S)\s*\(\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s*,[^()\n]{1,60})\)[\s.!]*$/, '$1 ! saya $2')
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, ' $1 ')
    .replace(/<[@#!][^>]*>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/(^|\s)@\w+/g, ' ');
}

/** Lowercase, accents and apostrophes removed (`who's` → `whos`), separators kept as tokens, other punctuation gone. */
export function foldTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    // A possessive is the word itself ("Agus Pratama's score", "SMP Negeri 3's principal"); "who's" stays one token
    // for the shorthand.
    .replace(/([a-z0-9]+)['’`´]s\b/g, (_, word: string) => (CHAT_SHORTHAND[`${word}s`] ? `${word}s` : word))
    .replace(/['’`´]/g, '')
    // "dalam 1 (satu) sampai 2 (dua) tahun": a number written again in words, as letters do, is said once.
    .replace(/\b(\d{1,3})\s*\(\s*[a-z][a-z ]*\)/g, '$1')
    // "kotak 1-3", "boxes 4–6": a range of boxes, not two of them.
    .replace(/\b(kotak|box|boxes)\s*([1-9])\s*[-–]\s*([1-9])\b/g, '$1 $2 sampai $3')
    .replace(MONTH_RANGE_DASH, '$1 sampai ')
    // "anak buah kadis pu", "anak buahnya": the people under a head, as "bawahan" says it.
    .replace(/\banak\s+buah(nya)?\b/g, (_, nya: string | undefined) => (nya ? 'bawahannya' : 'bawahan'))
    // "# unmapped staff": the number of them.
    .replace(/(^|\s)#\s+(?=[a-z])/g, '$1number of ')
    // "3bln", "12mo", "2yrs", "1-2thn"; "smt2", "thn2027", "top5": a number typed onto its unit or the word before it.
    .replace(/\b(\d{1,4})(bln|bulan|thn|tahun|th|mo|mos|mths?|months?|yrs?|years?)\b/g, '$1 $2')
    .replace(/\b(smt|smstr|semester|thn|tahun|top|tw|triwulan|kuartal|kwartal)(\d{1,4})\b/g, '$1 $2')
    // "1,5 tahun", "1.5 years": a year and a half, said as "satu setengah tahun" is (a comma would part two numbers).
    .replace(/\b(\d{1,2})[.,]5(?=\s*(?:tahun|thn|th|taun|years?|yrs?)\b)/g, '$1 setengah')
    // "unit kerja yg overstaff", "satuan kerja mana": a unit of any kind, never a unit called "kerja".
    .replace(/\b(?:unit|satuan) kerja\b/g, 'unit')
    // "sub bagian umum", "sub-bidang": one word, as official names write it.
    .replace(/\bsub[\s-]+(bagian|bidang|bag|bid)\b/g, 'sub$1')
    // "banding Eko / Sri": a slash between spaces parts two things as a comma does ("s/d" is read before this).
    .replace(/\s\/\s/g, ' , ')
    // "Bu Kaban is planning redistribution": planning as a verb names no field (the planning agency's).
    .replace(/\b(is|are|am|was|were)\s+planning\b/g, 'will')
    // "banding yusuf halim - ratna wijaya": a dash between words parts them as a comma does.
    .replace(/(?<=[a-z])\s+[-–—]\s+(?=[a-z])/g, ' , ')
    // "wayan sudiarta x andi saputra": a lone "x" between words parts two things, as chat writes "A vs B".
    .replace(/([a-z]{3,}) x (?=[a-z]{3,})/g, '$1 , ')
    // "Keuangan & Perencanaan", "Dewi & Rina": an ampersand is "dan", inside a name or between two.
    .replace(/&/g, ' dan ')
    .replace(/[,;]/g, ' , ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 0);
}

/**
 * Folded as {@link foldTokens}, except that a chunk `kodeOf` reads as a unit's or position's kode stays one word (a
 * possessive after it dropped, "DISDIK-SMPN1's").
 */
function foldKeepingKodes(text: string, kodeOf: (chunk: string) => string | null): string[] {
  const out: string[] = [];
  let done = 0;
  for (const chunk of text.matchAll(KODE_CHUNK)) {
    if (chunk.index < done) continue;
    const kode = kodeOf(chunk[0]);
    if (kode === null) continue;
    out.push(...foldTokens(text.slice(done, chunk.index)), kode);
    const end = chunk.index + chunk[0].length;
    done = end + (/^['’`´]s\b/.exec(text.slice(end))?.[0].length ?? 0);
  }
  return [...out, ...foldTokens(text.slice(done))];
}

/** The tokens that part two sentences of one message: a statement's end and a question's ("… siapa? biar saya …"). */
export const SENTENCE_END = '.';
export const QUESTION_END = '?';
export const SENTENCE_ENDS: ReadonlySet<string> = new Set([SENTENCE_END, QUESTION_END]);

/** Words written with a full stop that ends no sentence: "Kec. Contoh", "Sdr. Agus", "No. 3", "dr. Ratna". */
const DOTTED_WORDS: ReadonlySet<string> = new Set([
  'kec', 'kel', 'kab', 'kota', 'sdr', 'sdri', 'dr', 'drs', 'dra', 'drg', 'ir', 'h', 'hj', 'prof', 'bpk', 'bp', 'no', 'yth',
  'ns', 'apt', 'bd', 'jl', 'mr', 'mrs', 'ms', 'st', 'tgl', 'dll', 'dsb', 'dst', 'vs', 'a', 'an', 'ds', 'br',
  // Unit words clipped in letters and chat: "Bid. Aset", "bag. hukum", "wil. III", "Irbanwil. III".
  'bid', 'bdg', 'bag', 'sie', 'wil', 'subbag', 'subag', 'subbid', 'sek', 'irbanwil', 'irban', 'ka', 'kasubag', 'kasi', 'kabid', 'kabag',
  // and in English: "Planning sect., Bina Marga div., PUPR dept."
  'sect', 'div', 'dept', 'govt',
  // Muhammad and Abdul shortened before a name: "La Ode Muh. Syarif", "Moh. Arsyad".
  'muh', 'moh', 'mhd', 'muhd', 'abd',
]);

/**
 * A message's first words that head it, at most five and opening with a heading word ("Catatan rapat evaluasi"), after
 * an address ("Pak, titipan Kadisdik").
 */
function isHeading(text: string): boolean {
  const words = text.trim().replace(/^(?:pak|bu|bapak|ibu|mas|mbak)\s*,\s*/i, '').split(/\s+/);
  return words.length <= 5 && HEADINGS.has((words[0] ?? '').toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * The sentences of a message: parted where "?" or "!" or a full stop is followed by more words, unless the full stop
 * closes a title, a clipped word, a single letter or a number ("Kec. Contoh Barat", "Sdr. Agus", "Bid. Aset").
 */
function sentencesOf(text: string): Array<{ text: string; end: string }> {
  const out: Array<{ text: string; end: string }> = [];
  let start = 0;
  for (const end of text.matchAll(/[.?!:]+(?=\s+\S)/g)) {
    // A heading before a colon ends like a sentence ("Notulen rapat ABK: agar disampaikan …"); other colons join what
    // they part ("social workers: shortfall or surplus at dinsos?").
    if (end[0] === ':' && (out.length > 0 || !isHeading(text.slice(start, end.index)))) continue;
    const before = /([A-Za-z0-9]+)$/.exec(text.slice(start, end.index))?.[1] ?? '';
    // "Saya kepala SMPN 1. Menurut ABK, …": a number closing words before a capitalised word ends a sentence; one
    // that opens a list ("1. Kandidat …") or stands in a name's abbreviation does not.
    const numberEnds = /^\d+$/.test(before) && /\S\s+\S/.test(text.slice(start, end.index).trim()) && /^\s+[A-Z][a-z]/.test(text.slice(end.index + end[0].length));
    const dotted = end[0] === '.' && !numberEnds &&
      (before.length <= 1 || /\d/.test(before) || DOTTED_WORDS.has(before.toLowerCase()) || /\.[A-Za-z]+$/.test(text.slice(start, end.index)));
    if (dotted) continue;
    out.push({ text: text.slice(start, end.index), end: end[0].includes('?') ? QUESTION_END : SENTENCE_END });
    start = end.index + end[0].length;
  }
  return [...out, { text: text.slice(start), end: SENTENCE_END }];
}

/** A NIP is 18 digits, often typed in its printed groups (`19660801 198803 1 001`). */
const NIP_LENGTH = 18;

/** Joins runs of digit groups that add up to exactly one NIP. */
function joinNipGroups(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    let j = i;
    while (j < tokens.length && /^\d+$/.test(tokens[j] as string) && joined.length < NIP_LENGTH) joined += tokens[j++];
    if (j - i > 1 && joined.length === NIP_LENGTH) {
      out.push(joined);
      i = j - 1;
    } else out.push(tokens[i] as string);
  }
  return out;
}

/**
 * Chat shorthand written out; one token may become several words ("whos" → "who is"), or none. Reduplication,
 * Indonesian for a plural, is read as the word itself ("calon2", "bintang2nya", "calon-calon" → "calon"), unless a
 * name of the instansi says the word twice ("Seksi Pembinaan Pembinaan SD") or the 2 numbers an office ("smpn2"); a
 * known word and a number typed together are two words ("top5", "pensiun2027"); a letter held down is said once.
 */
function expandShorthand(tokens: readonly string[], doubledInNames: (word: string) => boolean, known: (word: string) => boolean): string[] {
  const words = tokens.flatMap((raw, i) => {
    const t = withoutStretch(raw, known);
    // "calon2", "bintang2nya": a plural, with a particle or not.
    const stem = /^([a-z]{3,})2(?:nya|ne|nye)?$/.exec(t)?.[1];
    // "kotak9", "box7", "top5", "pensiun2027": a word and a number written together ("upt02" is a kode's).
    const joined = stem === undefined ? /^([a-z]{3,})([1-9]\d{0,3})$/.exec(t) : null;
    if (joined && (joined[1] === 'kotak' || joined[1] === 'box' || (known(joined[1] as string) && UNIT_ABBREVIATIONS[joined[1] as string] === undefined))) {
      return [joined[1] as string, joined[2] as string];
    }
    // "smpn2" is SMP Negeri 2, not a plural.
    const single = stem !== undefined && UNIT_ABBREVIATIONS[stem] === undefined ? stem : t;
    if (single !== t && UNIT_TYPE_WORDS.has(single)) return ['tiap', single];
    // "tp dinkes", "brp tp kesbangpol": the talent pool said short, where a "tapi" could not stand.
    if (single === 'tp' && (i === 0 || TALENT_POOL_BEFORE.has(tokens[i - 1] ?? ''))) return ['talent', 'pool'];
    const long = CHAT_SHORTHAND[single];
    return long === undefined ? [single] : long.split(' ').filter((w) => w.length > 0);
  });
  // "twenty twenty seven" is a year, not a plural.
  const plural = (w: string, i: number) => w === words[i - 1] && /^[a-z]+$/.test(w) && !doubledInNames(w) && !NUMBER_WORDS.has(w);
  // "bagian-bagian setda", "seksi2 di bidang …": every unit of that kind, as "tiap bagian" says it.
  return words.flatMap((w, i) => (plural(w, i) ? [] : UNIT_TYPE_WORDS.has(w) && plural(words[i + 1] ?? '', i + 1) ? ['tiap', w] : [w]));
}

/**
 * "siapaaa", "pagiii", "dpnnn": a letter held down, said once (or twice, "tahunnn" → "tahun") where that makes a word
 * the grammar or the chat shorthand knows; so is an unknown word's last letter typed twice ("dongg", "brpp").
 */
function withoutStretch(token: string, known: (word: string) => boolean): string {
  // "dongg", "brpp", "potensinyaa": a last letter typed twice, where the word itself is unknown.
  if (/([a-z])\1$/.test(token) && !/([a-z])\1\1/.test(token) && !known(token) && CHAT_SHORTHAND[token] === undefined) {
    const once = token.slice(0, -1);
    const particle = PARTICLES.find((p) => once.endsWith(p) && known(once.slice(0, -p.length)));
    return known(once) || CHAT_SHORTHAND[once] !== undefined || particle !== undefined ? once : token;
  }
  // "III" is a Roman numeral, not an "I" held down.
  if (!/([a-z])\1\1/.test(token) || romanValue(token) !== undefined) return token;
  for (const keep of ['$1', '$1$1']) {
    const word = token.replace(/([a-z])\1{2,}/g, keep);
    if (known(word) || CHAT_SHORTHAND[word] !== undefined) return word;
  }
  return token;
}

/** Words after which "tp" is the talent pool, not "tapi". */
const TALENT_POOL_BEFORE: ReadonlySet<string> = new Set(['brp', 'berapa', 'jumlah', 'jml', 'siapa', 'list', 'daftar', 'anggota', 'isi']);

/**
 * The tokens of a chat message, before any word is given a meaning.
 * @param doubledInNames - the instansi's unit names say this word twice in a row
 * @param kodeOf - the kode word of the instansi's unit or position a chunk is written as ("DISDIK-SMPN1"), or null
 */
export function tokenise(
  text: string,
  known: (word: string) => boolean,
  doubledInNames: (word: string) => boolean = () => false,
  kodeOf: (chunk: string) => string | null = () => null,
): string[] {
  const sentences = sentencesOf(stripChatSyntax(text)).map((s) => ({ words: foldKeepingKodes(s.text, kodeOf), end: s.end }));
  const said = sentences.filter((s) => s.words.length > 0);
  const folded = joinNipGroups(said.flatMap((s, i) => (i === said.length - 1 ? s.words : [...s.words, s.end])));
  const mended = mendDictation(folded, { known, abbreviation: (w) => expandAbbreviation(w) !== null });
  return stripAffixes(expandShorthand(mended, doubledInNames, known), known);
}
