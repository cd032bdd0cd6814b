/**
 * The names positions and units are known by in chat, beside their own: with the units above them up to their OPD,
 * and with the OPD's whole name where leaders say its words again ("kabid aset bpkad"). Matched by resolve-org.ts.
 */
import type { DirectoryPosition, DirectoryUnit } from '../../services/chat/get-org-directory.js';
import { foldText } from '../../services/succession/name-match.js';

/**
 * `names` joined, each word of a later name dropped while the earlier ones already say it as often: "Kepala Dinas" +
 * "Dinas Pendidikan" reads "Kepala Dinas Pendidikan", and "Kepala Subbagian Keuangan dan Perencanaan" + "Subbagian
 * Keuangan dan Perencanaan Badan Pengelolaan Keuangan …" keeps the office's own "Keuangan".
 */
function joinSaid(names: readonly string[]): string {
  const said = new Map<string, number>();
  const words: string[] = [];
  for (const name of names) {
    const inName = new Map<string, number>();
    for (const w of name.split(/\s+/)) {
      const key = w.toLowerCase();
      const seen = (inName.get(key) ?? 0) + 1;
      inName.set(key, seen);
      if (seen <= (said.get(key) ?? 0)) continue;
      said.set(key, seen);
      words.push(w);
    }
  }
  return words.join(' ');
}

/**
 * The names a position is known by: its own, with its unit ("Kepala Dinas" of Dinas Pendidikan), and with the units
 * above that unit up to the OPD ("Kepala Bidang Anggaran" of BPKAD), the root left out.
 */
export function positionNames(position: DirectoryPosition, unitsByKode: ReadonlyMap<string, DirectoryUnit>): string[] {
  const unit = unitsByKode.get(position.unit.kode);
  const chain = unit && unit.depth > 0 ? [unit.nama, ...ancestorNames(unit, unitsByKode)] : [];
  const withUnit = joinSaid([position.nama, position.unit.nama]);
  return [position.nama, withUnit, joinSaid([position.nama, ...chain]), ...withOffice(withUnit, chain)];
}

/**
 * `name` followed by its OPD's whole name (the last of `chain`) where the name does not already say it: the office
 * says its own words again ("Kepala Bidang Aset" of the Badan Pengelolaan Keuangan dan Aset Daerah, as "kabid aset
 * bpkad" says "aset" twice).
 */
function withOffice(name: string, chain: readonly string[]): string[] {
  const office = chain.length > 1 ? chain[chain.length - 1] : undefined;
  return office === undefined || foldText(name).includes(foldText(office)) ? [] : [`${name} ${office}`];
}

/** The names of the units above `unit` up to its OPD, nearest first (the root left out). */
function ancestorNames(unit: DirectoryUnit, unitsByKode: ReadonlyMap<string, DirectoryUnit>): string[] {
  const chain: string[] = [];
  const parentOf = (u: DirectoryUnit) => (u.parentKode === null ? undefined : unitsByKode.get(u.parentKode));
  for (let u = parentOf(unit); u && u.depth > 0; u = parentOf(u)) {
    chain.push(u.nama);
  }
  return chain;
}

/**
 * The names a unit is known by: its own, and with the units above it up to its OPD ("Bidang Anggaran" of BPKAD, as
 * "bidang anggaran bpkad" says it).
 */
export function unitNames(unit: DirectoryUnit, unitsByKode: ReadonlyMap<string, DirectoryUnit>): string[] {
  const chain = ancestorNames(unit, unitsByKode);
  return chain.length === 0 ? [unit.nama] : [unit.nama, joinSaid([unit.nama, ...chain]), ...withOffice(unit.nama, [unit.nama, ...chain])];
}

/**
 * The names a post's words are said in, each as written: its own, its unit's and those above up to its OPD (the root
 * left out). Joined names say a repeated word once ("Sekretaris Daerah" of the Sekretariat Daerah reads "Sekretaris
 * Daerah Sekretariat"), which parts words a unit's own name says next to each other ("sekretariat daerah").
 */
export function positionParts(position: DirectoryPosition, unitsByKode: ReadonlyMap<string, DirectoryUnit>): string[] {
  const unit = unitsByKode.get(position.unit.kode);
  return [position.nama, position.unit.nama, ...(unit && unit.depth > 0 ? ancestorNames(unit, unitsByKode) : [])];
}

/** {@link positionParts} of a unit: its own name and those above it up to its OPD. */
export function unitParts(unit: DirectoryUnit, unitsByKode: ReadonlyMap<string, DirectoryUnit>): string[] {
  return [unit.nama, ...ancestorNames(unit, unitsByKode)];
}
