/**
 * The people under a head, said by the head's post: "anak buah kadis pu", "bawahan camat timur", "jajaran Kadis
 * Pertanian", "staff of the regional secretary", "posts under the Inspector", "jabatan di bawah kadis kominfo" ask
 * about the head's unit, not about the head's post. The title goes; a title that says the kind of unit it heads
 * ("camat", "inspektur", "sekretaris") becomes that kind. Pure; used by refine-roles.ts.
 */
import { KIND_OF_TITLE } from './asker-units.js';
import type { Token } from './token.js';

/**
 * Words before a head's post that say the people or posts under it ("bawahan" is read as "bawah", and tokenise.ts
 * writes "anak buah" as "bawahan").
 */
const UNDER_A_POST: ReadonlyArray<readonly string[]> = [['bawah'], ['jajaran'], ['under'], ['staff', 'of'], ['staf'], ['team', 'of'], ['tim']];

/** The kind of unit a title heads, where the title says it: a Sekretaris heads a Sekretariat. */
const HEADED_KIND: Readonly<Record<string, string>> = { ...KIND_OF_TITLE, sekretaris: 'sekretariat' };

/** In place: a head's post said after {@link UNDER_A_POST} names the head's unit. */
export function nameUnitsByTheirHeads(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const under = UNDER_A_POST.find((words) => words.every((w, k) => tokens[i + k]?.text === w));
    if (!under) continue;
    let at = i + under.length;
    while (tokens[at]?.role === 'honorific' || tokens[at]?.text === 'the') at++;
    const title = tokens[at];
    if (title?.role !== 'org' || title.orgRole !== 'title') continue;
    const kind = HEADED_KIND[title.text];
    // "the head of Bapenda": English puts "of" between the title and the unit.
    let after = at + 1;
    while (tokens[after]?.text === 'of' || tokens[after]?.text === 'the') after++;
    const unitAfter = tokens[after]?.role === 'org' && tokens[after]?.orgRole !== 'title';
    if (kind !== undefined) tokens[at] = { text: kind, role: 'org', orgRole: 'unitType' };
    else if (unitAfter) tokens[at] = { text: title.text, role: 'function' };
    else continue;
    for (let k = i; k < i + under.length; k++) tokens[k] = { text: (tokens[k] as Token).text, role: 'function' };
  }
}
