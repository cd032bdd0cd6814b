/**
 * Batas usia pensiun (BUP) and the pension date. Pension starts on the first
 * of the month after the BUP birthday; BUP depends on the jabatan the person holds now.
 */
import type { JenisJabatan, JenjangJf } from '../domain/enums.js';
import { fromYmd, toYmd } from '../domain/dates.js';
import type { SuccessionParams } from './succession.params.js';

/**
 * BUP for a holder of `jenis` (and `jenjang` for FUNGSIONAL): 58, 60 for JPT and JF Ahli Madya, 65 for JF Ahli Utama.
 */
export function bupFor({
  jenis,
  jenjang,
  params,
}: {
  jenis: JenisJabatan;
  jenjang: JenjangJf | null;
  params: SuccessionParams;
}): number {
  if (jenis === 'FUNGSIONAL' && jenjang !== null) {
    const byJenjang = params.bup.byJenjangJf[jenjang];
    if (byJenjang !== undefined) return byJenjang;
  }
  return params.bup.byJenisJabatan[jenis] ?? params.bup.default;
}

/**
 * Pension date as `YYYYMMDD`: the first of the month after the `bup`-th birthday. A 29 February birthday needs no
 * clamping because the result is the 1st of March either way.
 */
export function retirementYmd(birthYmd: number, bup: number): number {
  const year = Math.floor(birthYmd / 10000) + bup;
  const month = Math.floor(birthYmd / 100) % 100;
  return month === 12 ? (year + 1) * 10000 + 101 : year * 10000 + (month + 1) * 100 + 1;
}

/** ISO pension date for a birth date, or null when the birth date is unknown. */
export function retirementDate(tanggalLahir: string | null, bup: number): string | null {
  return tanggalLahir === null ? null : fromYmd(retirementYmd(toYmd(tanggalLahir), bup));
}
