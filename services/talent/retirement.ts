/**
 * When someone retires: their batas usia pensiun (BUP) for the jabatan they hold in a review, under that review's
 * policy, and the pension date it gives (the first of the month after that birthday). The board and the talent
 * profile both answer with it.
 */
import type { JenisJabatan, JenjangJf } from '../../analytics/domain/enums.js';
import { retirementAgeFor, type Policy } from '../../analytics/policy/index.js';
import { retirementDate } from '../../analytics/succession/retirement.rules.js';

export interface Retirement {
  /** ISO date the pension starts. */
  date: string;
  /** The BUP in years. */
  bup: number;
}

/** Null when the birth date is unknown. */
export function retirementOf(
  policy: Policy,
  person: { jenisJabatan: string; jenjangJf: string | null; tanggalLahir: string | null },
): Retirement | null {
  const bup = retirementAgeFor({ policy, jenisJabatan: person.jenisJabatan as JenisJabatan, jenjangJf: person.jenjangJf as JenjangJf | null });
  const date = retirementDate(person.tanggalLahir, bup);
  return date === null ? null : { date, bup };
}
