/** Employee status and sex as SIASN/SIMPEG write them (`PNS Daerah`, `CPNS`, `P3K`; `Laki-laki`, `Pria`, `M`). */
import type { JenisKelamin, JenisPegawai } from '../../../analytics/domain/enums.js';
import { spellingKey, spellingTable } from './spelling.js';

const JENIS = spellingTable<JenisPegawai>({
  PNS: [
    'CPNS', 'PNS DAERAH', 'PNS PUSAT', 'PNSD', 'PNS PUSAT DPK', 'PNS DAERAH DPK', 'PNS PUSAT DPB', 'CALON PNS',
    'PEGAWAI NEGERI SIPIL', 'CALON PEGAWAI NEGERI SIPIL',
  ],
  PPPK: ['P3K', 'PPPK PARUH WAKTU', 'PPPK PENUH WAKTU', 'PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA'],
});

export function parseJenisPegawai(raw: string): JenisPegawai | null {
  return JENIS.get(spellingKey(raw)) ?? null;
}

const KELAMIN = spellingTable<JenisKelamin>({
  L: ['LAKI LAKI', 'LAKI', 'PRIA', 'LK', 'M', 'MALE'],
  P: ['PEREMPUAN', 'WANITA', 'PR', 'F', 'FEMALE'],
});

export function parseJenisKelamin(raw: string): JenisKelamin | null {
  return KELAMIN.get(spellingKey(raw)) ?? null;
}
