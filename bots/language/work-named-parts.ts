/**
 * The field of a part named by its work ("kabid cipta karya dpupr", "kabid pencegahan dan kesiapsiagaan bpbd"): the
 * words after a bidang, bagian or seksi name the field it works in, whether or not the instansi has such a part, so
 * that a field it lacks is answered as missing ("Tidak ada unit di Dinas PUPR yang namanya menyebut …") instead of the
 * words being dropped as a person's name and another of the office's parts answered. Pure; used by refine-roles.ts.
 */
import { UNIT_ABBREVIATIONS } from '../../lib/pemda-abbreviations.js';
import { expansionWords, UNIT_LEVEL, WORK_NAMED_KINDS } from './org-terms.js';
import type { Token } from './token.js';

/** Joiners that join two words of one name ("Pencegahan dan Kesiapsiagaan"). */
const AND_WORDS: ReadonlySet<string> = new Set(['dan', '&', 'and']);

/** Glue between a part and the office it is in: "kabid cipta karya di dinas pupr", "… division of the … office". */
const PLACE_GLUE: ReadonlySet<string> = new Set(['di', 'pada', 'of', 'in', 'at', 'the']);

const isAnd = (t: Token | undefined) => t?.role === 'joiner' && AND_WORDS.has(t.text);

/** A comma inside one name that lists its fields: "Bidang Pengaduan, Kebijakan dan Pelaporan Layanan". */
function listInName(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  let k = at + 1;
  while (isField(tokens[k])) k++;
  return k > at + 1 && isAnd(tokens[k]) && isField(tokens[k + 1]);
}

/**
 * Question words that also name the fields of many pemda parts ("Seksi Data dan Informasi", "Subbagian Bantuan
 * Hukum", "Seksi Bantuan Sosial"): inside a part's name before its office, they are the part's.
 */
const FIELD_CONCEPT_WORDS: ReadonlySet<string> = new Set(['data', 'informasi', 'bantuan']);

const isField = (t: Token | undefined) =>
  t !== undefined && (t.role === 'name' || (t.role === 'org' && t.orgRole === 'domain') || (t.role === 'concept' && FIELD_CONCEPT_WORDS.has(t.text)));

/** Words an English phrase says between a title and the field of a part: "head of the … division". */
const ENGLISH_LEAD: ReadonlySet<string> = new Set(['the', 'of']);

/**
 * The office named from `at` on, directly or after glue ("di", "of the"): where it starts and, for one said by its
 * field alone, the kind it is said with; null when none is.
 */
function officeAt(tokens: readonly Token[], at: number): { at: number; byField?: OfficeByField } | null {
  let k = at;
  while (k < at + 2 && tokens[k]?.role === 'function' && PLACE_GLUE.has(tokens[k]?.text ?? '')) k++;
  if (isOffice(tokens[k])) return { at: k };
  const byField = officeByFieldAt(tokens, k);
  return byField === undefined ? null : { at: k, byField };
}

/**
 * "the head of the cipta karya division at dpupr": English says the field before the kind of part; unknown words
 * there (English office words are already turned around) move after the kind, as the Indonesian name says them.
 */
function putEnglishFieldsAfterKinds(tokens: Token[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const kind = tokens[i] as Token;
    if (kind.role !== 'org' || kind.orgRole !== 'unitType' || !WORK_NAMED_KINDS.has(kind.text)) continue;
    let start = i;
    while (tokens[start - 1]?.role === 'name') start--;
    if (start === i || !ENGLISH_LEAD.has(tokens[start - 1]?.text ?? '') || officeAt(tokens, i + 1) === null) continue;
    tokens.splice(start, i - start + 1, kind, ...tokens.slice(start, i));
  }
}

interface OfficeByField {
  words: readonly string[];
  kind: string;
}

/**
 * Offices said by their field alone, as one abbreviation ("pupr", "kominfo", "dukcapil"), with the kind of unit
 * another abbreviation says them with ("dpupr": "dinas pekerjaan umum …"). After a part's field they are the office it
 * sits in: "kabid cipta karya pupr" is a bidang of the Dinas PUPR.
 */
const OFFICES_BY_FIELD: readonly OfficeByField[] = (() => {
  const expansions = Object.values(UNIT_ABBREVIATIONS).map(expansionWords);
  const kindOf = new Map(expansions.filter((e) => UNIT_LEVEL[e[0] as string] === 1 && e.length > 1).map((e) => [e.slice(1).join(' '), e[0] as string]));
  return expansions.flatMap((words) => {
    const kind = kindOf.get(words.join(' '));
    return kind === undefined ? [] : [{ words, kind }];
  });
})();

/** The office said by its field alone at `at` (its words ending at `end`, where given), if any. */
function officeByFieldAt(tokens: readonly Token[], at: number, end?: number): OfficeByField | undefined {
  return OFFICES_BY_FIELD.find(
    ({ words }) => (end === undefined || at + words.length === end) && words.every((w, k) => tokens[at + k]?.role === 'org' && tokens[at + k]?.text === w),
  );
}

/** An office a part sits in: a kind of unit of the first level (a dinas, badan, the sekretariat) or a unit's kode. */
function isOffice(t: Token | undefined): boolean {
  if (t?.role !== 'org') return false;
  if (t.orgRole === 'unitKode') return true;
  return t.orgRole === 'unitType' && (UNIT_LEVEL[t.text] === 1 || t.text === 'sekretariat');
}

/**
 * In place: after a work-named kind of part, the words up to the office named after them are the part's field (an
 * unknown word there is no person, nor a question word that names fields: "kabid Andi" alone still names the holder,
 * having no office after it), and "dan" or a comma of a list between field words joins them into one name.
 */
export function nameWorkNamedParts(tokens: Token[]): void {
  putEnglishFieldsAfterKinds(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i] as Token;
    if (kind.role !== 'org' || kind.orgRole !== 'unitType' || !WORK_NAMED_KINDS.has(kind.text)) continue;
    let end = i + 1;
    while (isField(tokens[end]) || (end > i + 1 && (isAnd(tokens[end]) || listInName(tokens, end)))) end++;
    // "kabid cipta karya pupr": the office said by its field closes the part's own field.
    const byField = tokens.findIndex((_, k) => k > i + 1 && k < end && officeByFieldAt(tokens, k, end) !== undefined);
    if (byField > 0) end = byField;
    if (end === i + 1) continue;
    const office = officeAt(tokens, end);
    // An office said by its field alone is said with its kind ("pupr" → "dinas pekerjaan umum …").
    if (office?.byField) tokens.splice(office.at, 0, { text: office.byField.kind, role: 'org', orgRole: 'unitType' });
    const inOffice = office !== null;
    for (let k = i + 1; k < end; k++) {
      const t = tokens[k] as Token;
      if ((t.role === 'name' || t.role === 'concept') && inOffice) tokens[k] = { text: t.text, role: 'org', orgRole: 'domain' };
    }
    for (let k = i + 1; k < end; k++) {
      const t = tokens[k] as Token;
      const between = tokens[k - 1]?.role === 'org' && tokens[k + 1]?.role === 'org';
      if (t.role === 'joiner' && between) tokens[k] = { text: 'dan', role: 'org', orgRole: 'domain' };
    }
    i = end - 1;
  }
}
