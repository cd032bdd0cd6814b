/**
 * A kind of unit said alone after whoever asks was named by their post is that post's unit: "Pak Kadis Dukcapil minta
 * data selisih ABK … di dinasnya" asks about the Dinas Dukcapil, "Bu Camat Contoh Utara minta daftar pegawai kecamatan
 * yang pensiun …" about Kecamatan Contoh Utara, "Fwd dari Kadis Kebudayaan: di dinas kami …" about a Dinas Kebudayaan
 * (which the instansi may lack). Pure; used by refine-roles.ts.
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
  if (place.length === 0 || (kinds.length === 0 && headed.length === 0)) return;
  const at = tokens.findIndex((t, i) => t.orgRole === 'unitType' && isOrg(t) && !isOrg(tokens[i - 1]) && !isOrg(tokens[i + 1]) &&
    (kinds.includes(t.text) || headed.includes(t.text)));
  if (at < 0) return;
  const kind = tokens[at] as Token;
  tokens.splice(at, 1, ...(kinds.includes(kind.text) ? place : [kind, ...place]).map((t) => ({ ...t })));
}
