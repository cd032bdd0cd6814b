/**
 * A kind of unit said alone after whoever asks was named by their post is that post's unit: "Pak Kadis Dukcapil minta
 * data selisih ABK … di dinasnya" asks about the Dinas Dukcapil, "Bu Camat Contoh Utara minta daftar pegawai kecamatan
 * yang pensiun …" about Kecamatan Contoh Utara, "Fwd dari Kadis Kebudayaan: di dinas kami …" about a Dinas Kebudayaan
 * (which the instansi may lack). So are the asker's own people where the message names no unit: "Fwd dari Kadis
 * Sosial: siapa saja staf saya yang BUP …", "Kaban Bapenda nanya, berapa pegawainya yang belum masuk …".
 * Pure; used by refine-roles.ts.
 */
import type { Token } from './token.js';

/** Posts whose title says the kind of unit they head. */
const KIND_OF_TITLE: Readonly<Record<string, string>> = { camat: 'kecamatan', lurah: 'kelurahan' };

const isOrg = (t: Token | undefined) => t?.role === 'org';

/**
 * In place: the first kind of unit said alone (no other words of a name beside it) that the one asker's post names or
 * heads becomes that post's unit, its words as the post said them.
 * @param askers - the posts of whoever asks, as said (posts-not-asked.ts); nothing is read back from several
 */
export function pointBackToAsker(tokens: Token[], askers: readonly Token[][]): void {
  const [post, ...others] = askers;
  if (post === undefined || others.length > 0) return;
  const place = post.filter((t) => t.orgRole !== 'title');
  const kinds = post.filter((t) => t.orgRole === 'unitType').map((t) => t.text);
  const headed = post.flatMap((t) => (t.orgRole === 'title' && KIND_OF_TITLE[t.text] ? [KIND_OF_TITLE[t.text] as string] : []));
  if (place.length === 0) return;
  const at = tokens.findIndex((t, i) => t.orgRole === 'unitType' && isOrg(t) && !isOrg(tokens[i - 1]) && !isOrg(tokens[i + 1]) &&
    (kinds.includes(t.text) || headed.includes(t.text)));
  if (at >= 0) {
    const kind = tokens[at] as Token;
    tokens.splice(at, 1, ...(kinds.includes(kind.text) ? place : [kind, ...place]).map((t) => ({ ...t })));
    return;
  }
  const people = ownPeopleAt(tokens);
  if (people < 0 || tokens.some(isOrg)) return;
  const kind: Token[] = kinds.length === 0 && headed[0] ? [{ text: headed[0], role: 'org', orgRole: 'unitType' }] : [];
  tokens.splice(people + 1, 0, ...[...kind, ...place].map((t) => ({ ...t })));
}

/** Whose people: "staf kami", "pegawai saya", "our staff", "my people". */
const OWNERS: ReadonlySet<string> = new Set(['kami', 'saya', 'sy', 'aku', 'our', 'my', 'his', 'her']);
/** People said as their head's own in one word: "stafnya", "pegawainya", "bawahannya". */
const THEIR_PEOPLE: ReadonlySet<string> = new Set(['stafnya', 'staffnya', 'pegawainya', 'bawahannya']);
/** Words for the people under a head, beside the shared word for employees. */
const UNDER_A_HEAD: ReadonlySet<string> = new Set(['bawahan', 'team', 'tim']);

const isPeople = (t: Token | undefined) => t !== undefined && (t.concept === 'employeeWord' || UNDER_A_HEAD.has(t.text));

/** Where the asker's own people are said ("staf kami", "our staff", "stafnya"): the last word of it, or -1. */
function ownPeopleAt(tokens: readonly Token[]): number {
  return tokens.findIndex((t, i) =>
    THEIR_PEOPLE.has(t.text) || (OWNERS.has(t.text) && isPeople(tokens[i - 1])) || (isPeople(t) && OWNERS.has(tokens[i - 1]?.text ?? '')));
}
