/**
 * The part of an office a phrase asks for, and the office it places it in: "bidang sumber daya kesehatan dinas
 * kesehatan" asks for a bidang about "sumber daya kesehatan" in the Dinas Kesehatan. The office's words say where the
 * part is, not what it is about (Disperindag's Bidang Perdagangan is no bidang of markets for "perdagangan" being said
 * as the office's name). And the part is looked for in the office named: another office's bidang that shares its words
 * (the PUPR's Bidang Sumber Daya Air) is not it, and a field the office has no part for is not there, whatever other
 * offices have. Used by resolve-org.ts.
 */
import type { DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import type { PreparedName } from '../../services/succession/name-match.js';
import { saysOtherField, unheardFields, unknownFields } from './field-words.js';
import { PART_KINDS, UNIT_TYPE_WORDS } from './org-terms.js';
import { prepared } from './prepared-directory.js';

export interface OfficeScope {
  /** The words from the part's kind to the next kind of unit ("bidang sumber daya kesehatan"); null when no part is asked. */
  part: readonly string[] | null;
  /** The office named after the part; null when none is named. */
  office: DirectoryUnit | null;
  /** The kodes of the office and of every unit under it; null when none is named. */
  units: ReadonlySet<string> | null;
  /** Every word the names in the office say (of the whole instansi when none is named). */
  said: ReadonlySet<string>;
  /** The words of the office's own name, which the names of its parts may end with ("… Kecamatan Contoh Timur"). */
  officeName: readonly string[];
}

/** What a scope needs of one office: its units, the words their names say, its own name's words. */
type Office = Pick<OfficeScope, 'units' | 'said' | 'officeName'> & { units: ReadonlySet<string> };

/** Offices already gathered, by directory and kode: the same office is named by many questions. */
const OFFICES = new WeakMap<OrgDirectory, Map<string, Office>>();

/** The kodes of `office` and every unit under it, the words their units' and posts' names say, and its own name. */
function gather(directory: OrgDirectory, office: DirectoryUnit): Office {
  let byKode = OFFICES.get(directory);
  if (!byKode) OFFICES.set(directory, (byKode = new Map<string, Office>()));
  const known = byKode.get(office.kode);
  if (known) return known;
  const everywhere = prepared(directory);
  const parent = new Map(directory.units.map((u) => [u.kode, u.parentKode]));
  const under = (kode: string): boolean => {
    for (let k: string | null | undefined = kode; k; k = parent.get(k)) if (k === office.kode) return true;
    return false;
  };
  const units = new Set(directory.units.filter((u) => under(u.kode)).map((u) => u.kode));
  const names = [
    ...everywhere.positions.filter((p) => units.has(p.position.unit.kode)).flatMap((p) => p.names),
    ...everywhere.units.filter((u) => units.has(u.unit.kode)).flatMap((u) => u.names),
  ];
  const officeName = everywhere.units.find((u) => u.unit === office)?.name.tokens ?? [];
  const gathered = { units, said: new Set(names.flatMap((n) => n.tokens)), officeName };
  byKode.set(office.kode, gathered);
  return gathered;
}

/**
 * @param resolveOffice - which unit the words after the part name (resolve-org's `resolveUnit`, for a unit alone)
 */
export function officeScope(
  query: PreparedName,
  directory: OrgDirectory,
  resolveOffice: (words: string) => DirectoryUnit | null,
): OfficeScope {
  const everywhere = { office: null, units: null, said: prepared(directory).saidWords, officeName: [] };
  const start = query.tokens.findIndex((t) => PART_KINDS.has(t));
  if (start < 0) return { part: null, ...everywhere };
  const end = query.tokens.findIndex((t, i) => i > start && UNIT_TYPE_WORDS.has(t));
  const part = query.tokens.slice(start, end < 0 ? undefined : end);
  const office = end < 0 ? null : resolveOffice(query.tokens.slice(end).join(' '));
  return office ? { part, office, ...gather(directory, office) } : { part, ...everywhere };
}

/** Whether a unit lies outside the office the phrase names (never, when it names none). */
export function outsideOffice(scope: OfficeScope, unitKode: string): boolean {
  return scope.units !== null && !scope.units.has(unitKode);
}

/** `own` without the office's name where it ends with it ("Seksi Kesejahteraan Sosial Kecamatan Contoh Timur"). */
export function withoutOfficeName(own: readonly string[], officeName: readonly string[]): readonly string[] {
  const from = own.length - officeName.length;
  return officeName.length > 0 && from > 0 && officeName.every((w, i) => own[from + i] === w) ? own.slice(0, from) : own;
}

/**
 * `own` says a field of its own where the phrase says one the instansi (or the office named) has no name for; a part
 * asked is compared with the words that name it, less the office's name its own name may end with.
 */
export function otherField(query: PreparedName, scope: OfficeScope, own: PreparedName, typo: (t: string) => boolean): boolean {
  return scope.part ? saysOtherField(scope.part, withoutOfficeName(own.tokens, scope.officeName), typo) : saysOtherField(query.tokens, own.tokens, typo);
}

/**
 * The fields the phrase says that no name of the office it names says (of the instansi when it names none). A word
 * another office spells is heard in this one in any near spelling ("penataan lingkungan" is DLH's Bidang Penaatan
 * Lingkungan, "penataan" being the PUPR's spelling); a word no name of the instansi says is not ("pertamanan"). A word
 * naming the part asked that no name of the instansi says in any spelling is a field too, though pemda naming does
 * not list it ("kabid cipta karya dpupr"), or that only another office's names say ("kabid angkutan dinas pupr").
 */
export function unheardIn(scope: OfficeScope, query: PreparedName, said: ReadonlySet<string>, typo: (t: string) => boolean): string[] {
  const unheard = unheardFields(query, scope.said, typo);
  const unknown = scope.part ? unknownFields(scope.part, scope.said).filter((t) => !unheard.includes(t)) : [];
  const inOrder = (words: string[]) => words.sort((a, b) => query.tokens.indexOf(a) - query.tokens.indexOf(b));
  if (!scope.units) return inOrder([...unheard, ...unknown]);
  const nowhere = new Set(unheardFields(query, said, typo));
  const notNear = new Set(unheardFields(query, scope.said, () => true));
  return inOrder([...unheard.filter((t) => nowhere.has(t) || notNear.has(t)), ...unknown]);
}

/**
 * "kepala bidang dinas pupr": a kind of part in an office and nothing of its own, so any of the office's parts of that
 * kind; the words of the office's name ("penataan ruang") say which office, not which of its bidang.
 */
export function bareKindIn(scope: OfficeScope): boolean {
  return scope.office !== null && scope.part !== null && scope.part.every((t) => PART_KINDS.has(t));
}
