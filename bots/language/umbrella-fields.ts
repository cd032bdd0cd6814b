/**
 * Fields said by the name of the level they belong to: "pendidikan dasar" (dikdas) is SD and SMP together (UU
 * 20/2003 art. 17), "pendidikan menengah" SMA and SMK (art. 18). A dinas whose bidang are "Pembinaan SD" and
 * "Pembinaan SMP" has no bidang called dasar, but "kabid dikdas" asks for one of those two, not for none.
 */
import { foldText } from '../../services/succession/name-match.js';

const UMBRELLAS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['pendidikan dasar', ['sd', 'smp']],
  ['pendidikan menengah', ['sma', 'smk']],
];

/** The phrase with its umbrella field said as each field under it; none when it says no umbrella field. */
export function underUmbrella(phrase: string): string[] {
  const folded = foldText(phrase);
  for (const [umbrella, fields] of UMBRELLAS) {
    if (new RegExp(`\\b${umbrella}\\b`).test(folded)) return fields.map((f) => folded.replace(umbrella, f));
  }
  return [];
}
