/**
 * An instansi's directory prepared for matching phrases against it (resolve-org.ts): every name folded and split,
 * word and word-pair weights, kode words, the sizes of numbered series. Built once per directory read (cached).
 */
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { foldText, prepareName, type PreparedName } from '../../services/succession/name-match.js';
import { positionNames, positionParts, unitNames, unitParts } from './directory-names.js';
import { kodeFamilies, kodeWord, type KodeFamilies } from './kode.js';
import { seriesOf } from './numbered-names.js';
import { TITLE_WORDS } from './org-terms.js';

/** Names of a directory's positions and units, prepared once per directory (the directory read is cached). */
export interface PreparedDirectory {
  /** `parts`: the names its words are said in, as written (directory-names.ts), where words are said next to each other. */
  positions: Array<{ position: DirectoryPosition; kode: string; names: PreparedName[]; parts: PreparedName[] }>;
  /** `name` is the unit's own; `names` adds it with the units above it. */
  units: Array<{ unit: DirectoryUnit; kode: string; name: PreparedName; names: PreparedName[]; parts: PreparedName[] }>;
  /** Inverse document frequency of a word over the directory's names: "kepegawaian" counts more than "dinas". */
  weight: (token: string) => number;
  /**
   * The same of two words said next to each other ("badan kepegawaian"); 0 for a pair no name says, which tells no
   * name apart (see scorePrepared), for a pair with a number, which numbered-names.ts weighs ("negeri 2" of SMP
   * Negeri 2 is no nearer to "sd negeri 2" than SMP Negeri 1 is), and for a pair with a title, which the kind of post
   * weighs ("kepala inspektur" is the Inspektur, not a Kepala Inspektur Pembantu for saying both words).
   */
  pairWeight: (a: string, b: string) => number;
  /** {@link pairWeight} over the units' names alone: a pair only posts say ("sekolah sd") tells no unit apart. */
  unitPairWeight: (a: string, b: string) => number;
  /** Units and positions by kode word (kode.ts), and the words of their names. */
  unitByKode: ReadonlyMap<string, DirectoryUnit>;
  positionByKode: ReadonlyMap<string, DirectoryPosition>;
  nameWords: ReadonlySet<string>;
  /** Every word of the prepared names (abbreviations written out): the fields the instansi's names say. */
  saidWords: ReadonlySet<string>;
  /** How many units each series of numbered units holds (numbered-names.ts: "smp negeri" → 3). */
  seriesSizes: ReadonlyMap<string, number>;
  families: KodeFamilies;
}

function inverseFrequency(names: ReadonlyArray<readonly string[]>): Pick<PreparedDirectory, 'weight' | 'pairWeight'> {
  const documents = new Map<string, number>();
  const pairKey = (a: string, b: string) => `${a} ${b}`;
  const paired = (w: string) => !/\d/.test(w) && !TITLE_WORDS.has(w);
  for (const tokens of names) {
    const pairs = tokens.slice(1).flatMap((b, i) => {
      const a = tokens[i] as string;
      return paired(a) && paired(b) ? [pairKey(a, b)] : [];
    });
    for (const t of new Set([...tokens, ...pairs])) documents.set(t, (documents.get(t) ?? 0) + 1);
  }
  const total = names.length;
  return {
    // Words the directory never uses weigh like its rarest ones.
    weight: (token) => Math.log(1 + total / (documents.get(token) ?? 1)),
    pairWeight: (a, b) => {
      const said = documents.get(pairKey(a, b));
      return said === undefined ? 0 : Math.log(1 + total / said);
    },
  };
}

function countSeries(names: readonly PreparedName[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const series of names.map(seriesOf)) if (series !== null) sizes.set(series, (sizes.get(series) ?? 0) + 1);
  return sizes;
}

const PREPARED = new WeakMap<OrgDirectory, PreparedDirectory>();

export function prepared(directory: OrgDirectory): PreparedDirectory {
  let entry = PREPARED.get(directory);
  if (!entry) {
    const unitsByKode = new Map(directory.units.map((u) => [u.kode, u]));
    const positions = directory.positions.map((p) => ({
      position: p,
      kode: foldText(p.kode),
      names: positionNames(p, unitsByKode).map(prepareName),
      parts: positionParts(p, unitsByKode).map(prepareName),
    }));
    const units = directory.units.map((u) => {
      const names = unitNames(u, unitsByKode).map(prepareName);
      return { unit: u, kode: foldText(u.kode), name: names[0] as PreparedName, names, parts: unitParts(u, unitsByKode).map(prepareName) };
    });
    entry = {
      positions,
      units,
      ...inverseFrequency([...positions.map((p) => p.names[0]?.tokens ?? []), ...units.map((u) => u.name.tokens)]),
      unitPairWeight: inverseFrequency(units.map((u) => u.name.tokens)).pairWeight,
      unitByKode: new Map(directory.units.map((u) => [kodeWord(u.kode), u])),
      positionByKode: new Map(directory.positions.map((p) => [kodeWord(p.kode), p])),
      nameWords: new Set([...directory.units, ...directory.positions].flatMap((item) => foldText(item.nama).split(' '))),
      saidWords: new Set([...positions.flatMap((p) => p.names), ...units.flatMap((u) => u.names)].flatMap((n) => n.tokens)),
      seriesSizes: countSeries(units.map((u) => u.name)),
      families: kodeFamilies([...directory.units, ...directory.positions].map((item) => item.kode)),
    };
    PREPARED.set(directory, entry);
  }
  return entry;
}
