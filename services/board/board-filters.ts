/** Which people of the board population pass the board's filters. */
import type { Policy } from '../../analytics/policy/index.js';
import type { PeopleScope } from '../access/people-scope.js';
import type { BoardPerson } from './board-population.js';
import type { BoardFilters } from './schemas.js';

/**
 * @param scope - the caller's people scope: a NIP search matches the NIP as the caller sees it, so a leader who sees
 *   masked NIPs cannot recover the hidden digits by searching for them.
 */
export function boardFilter(filters: BoardFilters, policy: Policy, scope: PeopleScope): (person: BoardPerson) => boolean {
  const pool = new Set<number>(policy.nineBox.talentPoolBoxes);
  const q = filters.q?.toLocaleLowerCase('id');
  const digits = filters.q && /^\d+$/.test(filters.q) ? filters.q : null;
  return (p) =>
    (filters.jenisJabatan === undefined || p.jenisJabatan === filters.jenisJabatan) &&
    (filters.golongan === undefined || p.golongan === filters.golongan) &&
    (filters.jenisPegawai === undefined || p.jenisPegawai === filters.jenisPegawai) &&
    (filters.jenisKelamin === undefined || p.jenisKelamin === filters.jenisKelamin) &&
    (filters.usia === undefined || p.usia === filters.usia) &&
    (filters.talentPool !== true || (p.effectiveBox !== null && pool.has(p.effectiveBox))) &&
    (filters.flags === undefined || filters.flags.every((f) => p.flags.includes(f))) &&
    (q === undefined || (digits !== null ? scope.nip(p.nip).includes(digits) : p.nama.toLocaleLowerCase('id').includes(q)));
}

/** Whether the filters pick people by their own attributes (beyond the unit subtree, which is a read's scope). */
export function narrowsByPerson(filters: BoardFilters): boolean {
  return Object.entries(filters).some(([, value]) => value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0));
}
