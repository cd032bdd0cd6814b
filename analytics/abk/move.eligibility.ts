/**
 * Who may be named for a move out of a surplus position (PP 11/2017 Pasal 190–191 as the policy applies it): a PNS
 * (PPPK are bound to the position of their contract), at least `minYearsInPost` whole years in the current post
 * (fewer only when the policy allows it, and then flagged), a pension date later than asOf + the margin (unknown
 * birth date: not named, since the rule cannot be shown to hold), and no penalty running at asOf.
 */
import { wholeYearsBetween } from '../domain/dates.js';
import { activePenaltyOf } from '../succession/candidate.facts.js';
import type { DisciplineRecord, EmployeeRecord } from '../types.js';
import type { AbkPolicy } from './abk.policy.js';
import type { CandidateFlag, ExclusionCounts, Holder } from './abk.types.js';

export type MoveEligibility =
  | { eligible: true; yearsInPost: number; retirementDate: string; flags: CandidateFlag[] }
  | { eligible: false; reason: keyof ExclusionCounts };

export function emptyExclusions(): ExclusionCounts {
  return { bukanPns: 0, kurangMasaJabatan: 0, mendekatiPensiun: 0, tanggalLahirTidakDiketahui: 0, hukumanDisiplinAktif: 0 };
}

export function moveEligibility({
  holder,
  employee,
  discipline,
  asOf,
  retirementBound,
  policy,
}: {
  holder: Holder;
  employee: Pick<EmployeeRecord, 'tmtJabatan'>;
  discipline: readonly DisciplineRecord[] | undefined;
  asOf: string;
  /** asOf + `retirementMarginMonths`: the pension date must be later. */
  retirementBound: string;
  policy: AbkPolicy['redistribution'];
}): MoveEligibility {
  if (holder.jenisPegawai !== 'PNS') return { eligible: false, reason: 'bukanPns' };
  if (holder.retirementDate === null) return { eligible: false, reason: 'tanggalLahirTidakDiketahui' };
  if (holder.retirementDate <= retirementBound) return { eligible: false, reason: 'mendekatiPensiun' };
  if (discipline !== undefined && activePenaltyOf(discipline, asOf) !== null) return { eligible: false, reason: 'hukumanDisiplinAktif' };
  const yearsInPost = wholeYearsBetween(employee.tmtJabatan, asOf);
  const flags: CandidateFlag[] = [];
  if (yearsInPost < policy.minYearsInPost) {
    if (!policy.allowUnderMinYears) return { eligible: false, reason: 'kurangMasaJabatan' };
    flags.push('KURANG_MASA_JABATAN');
  }
  return { eligible: true, yearsInPost, retirementDate: holder.retirementDate, flags };
}
