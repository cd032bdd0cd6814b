/**
 * A kind of unit said alone after whoever asks was named by their post is that post's unit: "Pak Kadis Dukcapil minta
 * data selisih ABK … di dinasnya" asks about the Dinas Dukcapil, "Bu Camat Contoh Utara minta daftar pegawai kecamatan
 * yang pensiun …" about Kecamatan Contoh Utara, "Fwd dari Kadis Kebudayaan: di dinas kami …" about a Dinas Kebudayaan
 * (which the instansi may lack). So is any kind of unit the asker calls theirs ("Saya Kadis Sosial. … di dinas saya",
 * "kantor saya", "sekolah kami", "our office"), and the asker's own people where the message names no unit: "Fwd dari
 * Kadis Sosial: siapa saja staf saya yang BUP …", "Kaban Bapenda nanya, berapa pegawainya yang belum masuk …", "Who's
 * in our talent pool? I'm the head of BKPSDM".
 * Pure; used by refine-roles.ts.
 */
import type { Token } from './token.js';

/** Posts whose title says the kind of unit they head. */
export const KIND_OF_TITLE: Readonly<Record<string, string>> = { camat: 'kecamatan', lurah: 'kelurahan', inspektur: 'inspektorat' };
/** A kind of unit said for any office ("kantor kecamatan", "kantor saya", "sekolah kami"): the asker's, with an owner beside it. */
const ANY_OFFICE: ReadonlySet<string> = new Set(['kantor', 'sekolah']);

const isOrg = (t: Token | undefined) => t?.role === 'org';

/**
 * In place: the first kind of unit said alone (no other words of a name beside it) that the one asker's post names or
 * heads becomes that post's unit, its words as the post said them.
 * @param askers - the posts of whoever asks, as said (posts-not-asked.ts); nothing is read back from several
 */
export function pointBackToAsker(tokens: Token[], askers: readonly Token[][]): void {
  const [post, ...others] = askers;
  // "liat ninebox kantor saya dong" from whoever did not say who they are: their office is their own scope, no unit.
  if (post === undefined) forgetOwnOffice(tokens);
  if (post === undefined || others.length > 0) return;
  const kinds = post.filter((t) => t.orgRole === 'unitType').map((t) => t.text);
  const headed = post.flatMap((t) => (t.orgRole === 'title' && KIND_OF_TITLE[t.text] ? [KIND_OF_TITLE[t.text] as string] : []));
  // "Saya Inspektur": a title alone that says the kind of unit it heads names that unit.
  const titled = post.filter((t) => t.orgRole !== 'title');
  const place = titled.length > 0 ? titled : headed.map((text): Token => ({ text, role: 'org', orgRole: 'unitType' }));
  if (place.length === 0) return;
  const asked = (kind: string) => kinds.includes(kind) || headed.includes(kind);
  // "sekdin saya", "calon sekcam kami": the asker's kind of unit in a post's title, called theirs, is the asker's unit.
  const at = tokens.findIndex((t, i) => t.orgRole === 'unitType' && isOrg(t) && !ANY_OFFICE.has(t.text) && !isOrg(tokens[i + 1]) &&
    (!isOrg(tokens[i - 1]) || ANY_OFFICE.has(tokens[i - 1]?.text ?? '') || (tokens[i - 1]?.orgRole === 'title' && asked(t.text) && owned(tokens, i))) &&
    (asked(t.text) || owned(tokens, i)));
  const office = tokens.findIndex((_, i) => ownOfficeAt(tokens, i));
  // The asker's unit as a name goes after: "camat contoh utara" heads a "kecamatan", which it does not say.
  const kind: Token[] = kinds.length === 0 && headed[0] && titled.length > 0 ? [{ text: headed[0], role: 'org', orgRole: 'unitType' }] : [];
  const unit = () => [...kind, ...place].map((t) => ({ ...t }));
  // "calon kabid saya" from the head of Bapenda: a part of the asker's unit, its kind kept.
  const part = tokens.findIndex((t, i) => t.orgRole === 'unitType' && isOrg(t) && tokens[i - 1]?.orgRole === 'title' && !isOrg(tokens[i + 1]) &&
    !asked(t.text) && owned(tokens, i));
  if (at < 0 && part >= 0) {
    tokens.splice(part + 1, 0, ...unit());
    return;
  }
  if (at >= 0 || office >= 0) {
    const from = at >= 0 ? at : office;
    const kind = tokens[from] as Token;
    // A kind the asker's post does not say is kept before it: "my division — I head Bina Marga at DPUPR".
    const said = !kinds.includes(kind.text) && !ANY_OFFICE.has(kind.text) && titled.length > 0 ? [kind, ...place] : place;
    // "kantor kecamatan": the office word goes with the kind after it.
    const first = ANY_OFFICE.has(tokens[from - 1]?.text ?? '') ? from - 1 : from;
    tokens.splice(first, from - first + 1, ...said.map((t) => ({ ...t })));
    return;
  }
  // "my secretary post? I'm the Camat of Contoh Utara": a post the asker calls theirs, alone, is their unit's.
  const ownPost = tokens.findIndex((t, i) => t.orgRole === 'title' && isOrg(t) && !tokens.slice(i + 1).some(isOrg) &&
    (ENGLISH_OWNERS.has(tokens[i - 1]?.text ?? '') || OWNERS.has(tokens[i + 1]?.text ?? '')));
  if (ownPost >= 0) {
    tokens.splice(ownPost + 1, 0, ...unit());
    return;
  }
  if (tokens.some(isOrg)) return;
  // "succession risk across our divisions - I'm the head of DPMPTSP": whatever the asker calls "our" is theirs.
  const people = Math.max(ownPeopleAt(tokens), tokens.findIndex((t) => ENGLISH_OWNERS.has(t.text)));
  if (people < 0) return;
  tokens.splice(people + 1, 0, ...unit());
}

/** "di dinas saya", "our office", "kantor kecamatan saya": any kind of unit the asker calls theirs. */
const owned = (tokens: readonly Token[], i: number) => OWNERS.has(tokens[i + 1]?.text ?? '') || OWNERS.has(tokens[i - 1]?.text ?? '');

/** "kantor saya", "kantor kecamatan kami": an office the asker calls theirs, no name after it. */
const ownOfficeAt = (tokens: readonly Token[], i: number) =>
  ANY_OFFICE.has(tokens[i]?.text ?? '') && isOrg(tokens[i]) && !isOrg(tokens[i + 1]) && owned(tokens, i);

/** In place: an office the asker calls theirs, said alone ("kantor saya", "kantor kami"), becomes a function word. */
function forgetOwnOffice(tokens: Token[]): void {
  tokens.forEach((t, i) => {
    if (ownOfficeAt(tokens, i) && !isOrg(tokens[i - 1])) tokens[i] = { text: t.text, role: 'function' };
  });
}

/** Words that only ever say whose: "our", "my" (the Indonesian "kami", "saya" also say who does something). */
const ENGLISH_OWNERS: ReadonlySet<string> = new Set(['our', 'my']);
/** Whose people: "staf kami", "pegawai saya", "our staff", "my people", "our talent pool". */
const OWNERS: ReadonlySet<string> = new Set(['kami', 'kita', 'saya', 'sy', 'aku', 'our', 'my', 'his', 'her']);
/** People said as their head's own in one word: "stafnya", "pegawainya", "bawahannya". */
const THEIR_PEOPLE: ReadonlySet<string> = new Set(['stafnya', 'staffnya', 'pegawainya', 'bawahannya']);
/**
 * Words for the people under a head, beside the shared word for employees; and a letter's "di lingkungan kami" (the
 * people of our unit).
 */
const UNDER_A_HEAD: ReadonlySet<string> = new Set(['bawahan', 'team', 'tim', 'lingkungan']);

const isPeople = (t: Token | undefined) => t !== undefined && (t.concept === 'employeeWord' || t.concept === 'pool' || UNDER_A_HEAD.has(t.text));

/** Where the asker's own people are said ("staf kami", "our staff", "stafnya"): the last word of it, or -1. */
function ownPeopleAt(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) =>
    THEIR_PEOPLE.has(t.text) || (OWNERS.has(t.text) && isPeople(tokens[i - 1])) || (isPeople(t) && OWNERS.has(tokens[i - 1]?.text ?? '')));
}
