/**
 * Organisation words written out in full: pemda abbreviations ("kadis", "Disdik"), fused forms ("kadisdik" →
 * "kepala dinas pendidikan", "sekdinkes" → "sekretaris dinas kesehatan") and English office names ("head of the
 * education office" → "kepala dinas pendidikan", "finance agency head" → "kepala badan keuangan").
 */
import { ENGLISH_JABATAN } from './lexicon/english-jabatan.js';
import { ENGLISH_NUMBERED_SCHOOLS, ENGLISH_ORG_PHRASES } from './lexicon/english-org-phrases.js';
import { ENGLISH_ORG_WORDS } from './lexicon/english-org-terms.js';
import { numberAt } from './numbers.js';
import { TITLE_ABBREVIATIONS, UNIT_ABBREVIATIONS } from '../../lib/pemda-abbreviations.js';
import { FUSION_STEMS, FUSION_TITLES } from './lexicon/fused-titles.js';

/**
 * What a word does inside a position or unit name. `jabatan` and `place` are given by the grammar, not here: a word
 * that names a kind of post of the instansi ("guru", "penyuluh", "ahli") rather than a unit (see
 * Vocabulary.isJabatanWord), and the first word of a unit's own name right after a jabatan ("guru SMP Negeri 1").
 * `unitKode` and `positionKode` are a unit's or a position's kode written as one word ("disdik-smpn1", see kode.ts).
 */
export type OrgWordRole = 'title' | 'unitType' | 'domain' | 'jabatan' | 'place' | 'unitKode' | 'positionKode';

/** Words that open a position name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'kepala', 'sekretaris', 'camat', 'lurah', 'inspektur', 'direktur', 'asisten', 'wakil',
]);

/** Words that name a kind of unit. */
export const UNIT_TYPE_WORDS: ReadonlySet<string> = new Set([
  'dinas', 'badan', 'bidang', 'bagian', 'seksi', 'subbagian', 'subbidang', 'sekretariat', 'inspektorat', 'kecamatan',
  'kelurahan', 'kantor', 'satuan', 'upt', 'uptd', 'puskesmas', 'biro', 'pusat', 'lembaga', 'rumah', 'sakit',
]);

/** How deep a kind of unit sits: an OPD, a part of one (bidang, bagian, UPTD), a part of that (seksi, subbagian). */
export const UNIT_LEVEL: Readonly<Record<string, number>> = {
  dinas: 1, badan: 1, inspektorat: 1, kecamatan: 1, satuan: 1, kantor: 1, rumah: 1,
  bidang: 2, bagian: 2, sekretariat: 2, upt: 2, uptd: 2, puskesmas: 2, kelurahan: 2, biro: 2,
  seksi: 3, subbagian: 3, subbidang: 3,
};

/** Kinds of unit a pemda has one of: the kind alone names that unit ("bezetting inspektorat"), never a kind of many. */
export const ONE_OF_A_KIND: ReadonlySet<string> = new Set(['inspektorat']);

/** Kinds of unit that sit inside another (an OPD's bidang, a kecamatan's kelurahan); a sekretariat may be an OPD's own. */
export const PART_KINDS: ReadonlySet<string> = new Set(['bidang', 'bagian', 'seksi', 'subbagian', 'subbidang', 'upt', 'uptd', 'puskesmas', 'kelurahan']);

/**
 * Kinds of unit named after their place or by an acronym rather than by their work ("Kelurahan Sukamaju", "UPTD SKB",
 * "Puskesmas Bontang", "Rumah Sakit Harapan"): a word the instansi does not know right after one is that unit's name.
 */
export const PLACE_NAMED_KINDS: ReadonlySet<string> = new Set(['kecamatan', 'kelurahan', 'puskesmas', 'upt', 'uptd', 'sakit']);

/** Kinds of part named after their work ("Bidang Cipta Karya", "Seksi Tenaga Kesehatan"), not their place. */
export const WORK_NAMED_KINDS: ReadonlySet<string> = new Set([...PART_KINDS].filter((k) => !PLACE_NAMED_KINDS.has(k)));

/** Words after a kind of unit that ask which of them: "bidang mana", "seksi yang paling …". */
export const WHICH_AFTER_KIND: ReadonlySet<string> = new Set(['mana', 'yang', 'which', 'apa']);

export interface OrgWord {
  text: string;
  /** Set when the word belongs to a position or unit name. */
  orgRole?: OrgWordRole;
  /** Translated from English: its neighbours may need reordering. */
  english?: boolean;
}

export function orgRoleOf(word: string): OrgWordRole {
  return TITLE_WORDS.has(word) ? 'title' : UNIT_TYPE_WORDS.has(word) ? 'unitType' : 'domain';
}

/**
 * The words of an office's or title's written-out name a question says: the "dan" official names join their parts
 * with is left out, as leaders leave it out ("kadis kominfo"), and a "dan" of the question stays a conjunction
 * ("kotak 8 dan 9") rather than part of a name.
 */
export function expansionWords(expansion: string): string[] {
  return expansion.split(' ').filter((w) => w !== 'dan');
}

function orgWords(expansion: string, english: boolean): OrgWord[] {
  return expansionWords(expansion).map((text) => ({ text, orgRole: orgRoleOf(text), ...(english ? { english } : {}) }));
}

const FUSION_TITLE_KEYS = Object.keys(FUSION_TITLES).sort((a, b) => b.length - a.length);

/**
 * `kadisdik` → kadis + dik; `kadinkes` → ka + dinkes; `kadisos` → kadis + sos, the joint letter written once. Longest
 * title first; the rest must be a known stem or office.
 */
function splitFusion(token: string): string | null {
  for (const title of FUSION_TITLE_KEYS) {
    if (!token.startsWith(title) || token.length === title.length) continue;
    const rest = token.slice(title.length);
    const shared = `${title.slice(-1)}${rest}`;
    const stem = FUSION_STEMS[rest] ?? UNIT_ABBREVIATIONS[rest] ?? FUSION_STEMS[shared] ?? UNIT_ABBREVIATIONS[shared];
    if (stem === undefined) continue;
    const head = FUSION_TITLES[title] as string;
    // "kadis" + "dinkes" would say "dinas" twice.
    const body = head.endsWith(' dinas') && stem.startsWith('dinas ') ? stem.slice('dinas '.length) : stem;
    return `${head} ${body}`;
  }
  return null;
}

/** An abbreviation written together with its number: "smpn3" is "smp negeri 3", "sdn12" "sd negeri 12". */
function numberedAbbreviation(token: string): string | null {
  const [, letters, digits] = /^([a-z]+)(\d+)$/.exec(token) ?? [];
  const long = letters === undefined ? undefined : (TITLE_ABBREVIATIONS[letters] ?? UNIT_ABBREVIATIONS[letters]);
  return long === undefined ? null : `${long} ${digits}`;
}

/** Pemda abbreviations and fusions of one token, or null when it is none of them. */
export function expandAbbreviation(token: string): string | null {
  return TITLE_ABBREVIATIONS[token] ?? UNIT_ABBREVIATIONS[token] ?? splitFusion(token) ?? numberedAbbreviation(token);
}

const ENGLISH_PHRASES = [...ENGLISH_ORG_PHRASES, ...ENGLISH_JABATAN].map(([phrase, expansion]) => ({ parts: phrase.split(' '), expansion })).sort(
  (a, b) => b.parts.length - a.parts.length,
);

const NUMBERED_SCHOOLS = ENGLISH_NUMBERED_SCHOOLS.map(([phrase, expansion]) => ({ parts: phrase.split(' '), expansion }));

function englishPhraseAt(tokens: readonly string[], i: number): { length: number; expansion: string } | null {
  const says = (parts: readonly string[]) => parts.every((p, k) => tokens[i + k] === p);
  // "primary school 2", "junior high school no 3": the school of that number ("no" said with it).
  const school = NUMBERED_SCHOOLS.find(({ parts }) => says(parts) && numberAfter(tokens, i + parts.length) > 0);
  if (school) return { length: school.parts.length + numberAfter(tokens, i + school.parts.length) - 1, expansion: school.expansion };
  const found = ENGLISH_PHRASES.find(({ parts }) => says(parts));
  return found ? { length: found.parts.length, expansion: found.expansion } : null;
}

/**
 * Whether a number (digits, words or Roman numerals) starts at `at`, maybe after "no"/"number": 0 when none, else 1
 * plus the words before the number that go with the name ("no").
 */
function numberAfter(tokens: readonly string[], at: number): number {
  const said = tokens[at] === 'no' || tokens[at] === 'number' ? 1 : 0;
  const start = at + said;
  return /^(\d+|[ivx]+)$/.test(tokens[start] ?? '') || numberAt(tokens, start) !== null ? 1 + said : 0;
}

/** Translated words English says before the field and Indonesian names after it ("regional" of "Badan … Daerah"). */
const TRAILING_QUALIFIERS: ReadonlySet<string> = new Set(['daerah']);

/**
 * "regional personnel agency" → "badan daerah kepegawaian" → "badan kepegawaian daerah": a translated qualifier moves
 * after the translated domain words that follow it.
 */
function qualifiersLast(words: OrgWord[]): OrgWord[] {
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as OrgWord;
    if (!word.english || !TRAILING_QUALIFIERS.has(word.text)) continue;
    let end = i;
    while (words[end + 1]?.english && words[end + 1]?.orgRole === 'domain' && !TRAILING_QUALIFIERS.has((words[end + 1] as OrgWord).text)) end++;
    if (end > i) words.splice(end, 0, ...words.splice(i, 1));
  }
  return words;
}

/** "and" inside an English name ("prevention and preparedness"): moves with the words it joins. */
const AND_IN_NAMES: ReadonlySet<string> = new Set(['and', '&']);

/**
 * English puts the kind of unit and the title last ("education office", "agency head"); Indonesian puts them first.
 * A translated unit type moves before the domain words just before it, a translated title before the unit words, and
 * a qualifier after the domain words (see {@link qualifiersLast}).
 */
function reorderEnglish(words: readonly OrgWord[], continuesName: (previous: string, word: string) => boolean): OrgWord[] {
  const result = [...words];
  for (let i = 0; i < result.length; i++) {
    const word = result[i] as OrgWord;
    if (!word.english || (word.orgRole !== 'unitType' && word.orgRole !== 'title')) continue;
    const movable = (w: OrgWord | undefined) =>
      w !== undefined && (w.orgRole === 'domain' || (word.orgRole === 'title' && w.orgRole === 'unitType'));
    // A kind of unit said after a whole unit's name is a part of it ("bappeda economic planning division"), and so is
    // the title of that part; a title said right after the name is its head's ("bappeda head").
    const stopsAtParent = (at: number) => (word.orgRole === 'unitType' || at < i) && result[at]?.english === true && namedParentEndsAt(result, at - 1);
    // "the prevention and preparedness division": "and" between domain words is inside the name.
    const joinsNames = (at: number) => AND_IN_NAMES.has(result[at]?.text ?? '') && movable(result[at - 1]) && start === at + 1;
    let start = i;
    while ((movable(result[start - 1]) || joinsNames(start - 1)) && !stopsAtParent(start)) start--;
    if (start < i) {
      result.splice(i, 1);
      result.splice(start, 0, word);
    }
  }
  return childBeforeParent(qualifiersLast(result), continuesName);
}

/** Whether `words[at]` ends a whole unit name said in Indonesian or as an abbreviation ("bappeda", "dinas kesehatan"). */
function namedParentEndsAt(words: readonly OrgWord[], at: number): boolean {
  let start = at;
  while (start >= 0 && words[start]?.orgRole !== undefined && !words[start]?.english) start--;
  return at > start && words[start + 1]?.orgRole === 'unitType';
}

/**
 * "Bappeda's economic planning division head", "the DLH waste management division": a part said in English after the
 * whole unit it belongs to goes before it, as Indonesian names it ("kepala bidang perencanaan ekonomi badan …").
 */
function childBeforeParent(words: OrgWord[], continuesName: (previous: string, word: string) => boolean): OrgWord[] {
  for (let i = 1; i < words.length; i++) {
    const opensPart = words[i]?.english && (words[i]?.orgRole === 'unitType' || words[i]?.orgRole === 'title');
    if (!opensPart || !namedParentEndsAt(words, i - 1)) continue;
    let end = i;
    while (words[end]?.english && words[end]?.orgRole !== undefined) end++;
    if (!words.slice(i, end).some((w) => w.orgRole === 'unitType')) continue;
    const field = fieldBefore(words, i, continuesName);
    let start = field - 1;
    while (start > 0 && words[start - 1]?.orgRole !== undefined && !words[start - 1]?.english) start--;
    const part = words.splice(i, end - i);
    words.splice(start, 0, ...part, ...words.splice(field, i - field));
    i = end - 1;
  }
  return words;
}

/**
 * "Bapenda's Penagihan division", "Dispertan's Ketahanan Pangan division": where the part's own field, said in
 * Indonesian between the whole unit and the English kind, begins: where the words stop going on as one of the
 * instansi's names ("… daerah" then "penagihan"). `at` when there is none.
 */
function fieldBefore(words: readonly OrgWord[], at: number, continuesName: (previous: string, word: string) => boolean): number {
  for (let k = at - 1; k > 0 && words[k]?.orgRole === 'domain' && !words[k]?.english; k--) {
    const previous = words[k - 1] as OrgWord;
    if (previous.orgRole !== 'domain' || previous.english) return at;
    if (!continuesName(previous.text, (words[k] as OrgWord).text)) return namedParentEndsAt(words, k - 1) ? k : at;
  }
  return at;
}

/**
 * "the training and placement division": English field words, question words elsewhere ("training", "placement"),
 * said with "and" right before an English kind of part name that part.
 */
function namesEnglishPart(tokens: readonly string[], i: number): boolean {
  const translated = (t: string | undefined) => (t === undefined ? undefined : ENGLISH_ORG_WORDS[t]);
  let j = i + 1;
  while (AND_IN_NAMES.has(tokens[j] ?? '') || orgRoleOf(translated(tokens[j])?.split(' ')[0] ?? 'kepala') === 'domain') j++;
  const kind = translated(tokens[j]);
  return kind !== undefined && WORK_NAMED_KINDS.has(kind);
}

/**
 * Expands the organisation words of a tokenised question. Other words pass through without an `orgRole`.
 * `isOwnWord` tells which plain words belong to the instansi's own unit and position names; such a word that is
 * also a question word ("Bidang Pengadaan dan Informasi") is left to the grammar, which joins it to a name it stands in.
 * A kode word (`kodeRole`) is taken as it is, never expanded ("upt01" is no "upt 01").
 */
export function expandOrgTerms(
  tokens: readonly string[],
  words: {
    isOwnWord: (word: string) => boolean;
    isConceptWord: (word: string) => boolean;
    continuesOwnName: (previous: string, word: string) => boolean;
    kodeRole: (word: string) => 'unitKode' | 'positionKode' | null;
    /** How many words from `i` on say a question phrase of several words ("head to head"), or 0. */
    conceptPhraseAt?: (tokens: readonly string[], i: number) => number;
  },
): OrgWord[] {
  const out: OrgWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    const kode = words.kodeRole(token);
    if (kode !== null) {
      out.push({ text: token, orgRole: kode });
      continue;
    }
    const phrase = englishPhraseAt(tokens, i);
    if (phrase) {
      out.push(...orgWords(phrase.expansion, true));
      i += phrase.length - 1;
      continue;
    }
    const abbreviation = expandAbbreviation(token);
    const english = ENGLISH_ORG_WORDS[token];
    // "head to head" compares and "who could head …" asks for successors; "head" alone is a title.
    const asked = words.conceptPhraseAt?.(tokens, i) ?? 0;
    if (asked > 0 && tokens.slice(i, i + asked).some((t) => ENGLISH_ORG_WORDS[t] !== undefined)) {
      out.push(...tokens.slice(i, i + asked).map((text) => ({ text })));
      i += asked - 1;
      continue;
    }
    if (abbreviation !== null) out.push(...orgWords(abbreviation, false));
    else if (words.isOwnWord(token) && !words.isConceptWord(token)) out.push({ text: token, orgRole: orgRoleOf(token) });
    else if (english !== undefined && (!words.isConceptWord(token) || namesEnglishPart(tokens, i))) out.push(...orgWords(english, true));
    else out.push({ text: token });
  }
  // "kaban bkpsdm" is "kepala badan" + "badan kepegawaian …": one "badan"; but the instansi's own "Seksi Pembinaan
  // Pembinaan SD" or "Sekretariat Sekretariat DPRD" says its word twice.
  const doubled = (w: OrgWord, previous: OrgWord | undefined) =>
    w.orgRole !== undefined && previous?.orgRole !== undefined && previous.text === w.text && !words.continuesOwnName(w.text, w.text);
  const collapsed = out.filter((w, i) => !doubled(w, out[i - 1]));
  return reorderEnglish(collapsed, words.continuesOwnName);
}
