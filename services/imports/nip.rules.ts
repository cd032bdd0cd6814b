/**
 * NIP (Perka BKN 22/2007) and NI PPPK checks. A PNS NIP encodes birth date, TMT CPNS, gender and a sequence; an
 * NI PPPK shares only the birth-date prefix with it in a form the contract relies on.
 */
import { isIsoDate } from '../../analytics/domain/dates.js';
import type { JenisKelamin, JenisPegawai } from '../../analytics/domain/enums.js';
import { RowProblem } from './row-fields.js';

/** What a valid NIP tells about its holder; `null` where the NIP type does not encode it. */
export interface NipFacts {
  tanggalLahir: string;
  /** First day of the TMT CPNS month (PNS only). */
  tmtCpns: string | null;
  jenisKelamin: JenisKelamin | null;
}

const EIGHTEEN_DIGITS = /^\d{18}$/;

/**
 * Validates a NIP for the employee's status and decodes it.
 * @throws RowProblem on column `nip` naming the broken rule
 */
export function decodeNip(nip: string, jenisPegawai: JenisPegawai): NipFacts {
  if (!EIGHTEEN_DIGITS.test(nip)) throw new RowProblem('nip', nip, 'harus 18 digit angka');
  const tanggalLahir = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  if (!isIsoDate(tanggalLahir) || Number(nip.slice(0, 4)) < 1900) {
    throw new RowProblem('nip', nip, 'digit 1–8 bukan tanggal lahir yang valid (YYYYMMDD)');
  }
  if (jenisPegawai === 'PPPK') return { tanggalLahir, tmtCpns: null, jenisKelamin: null };

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtYear < 1900 || tmtMonth < 1 || tmtMonth > 12) {
    throw new RowProblem('nip', nip, 'digit 9–14 bukan TMT CPNS yang valid (YYYYMM)');
  }
  const gender = nip[14];
  if (gender !== '1' && gender !== '2') {
    throw new RowProblem('nip', nip, 'digit 15 (jenis kelamin) harus 1 (pria) atau 2 (wanita)');
  }
  if (nip.slice(15) === '000') {
    // Excel keeps 15 significant digits: an 18-digit NIP stored as a number comes back ending in 000.
    throw new RowProblem(
      'nip',
      nip,
      'digit 16–18 (nomor urut) tidak boleh 000 (NIP yang pernah tersimpan sebagai angka di Excel kehilangan digit terakhir: format kolom NIP sebagai Teks)',
    );
  }
  return {
    tanggalLahir,
    tmtCpns: `${nip.slice(8, 12)}-${nip.slice(12, 14)}-01`,
    jenisKelamin: gender === '1' ? 'L' : 'P',
  };
}
