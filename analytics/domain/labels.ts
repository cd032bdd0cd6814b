/**
 * The words people read for the codes of the domain (`JPT_PRATAMA` → `JPT Pratama`, `SANGAT_BAIK` → `Sangat baik`):
 * every text that reaches a person (gate reasons, the committee pack, messages) names things with these, never with
 * the raw code. Codes stay the values of the API and the stored data. One table per code set, typed by its enum, so a
 * new code without words does not compile.
 */
import type { JenisJabatan, JenjangJf, KinerjaLevel, PotensialLevel, Predikat, TingkatDisiplin, UnratedReason } from './enums.js';

export const JENIS_JABATAN_LABELS: Readonly<Record<JenisJabatan, string>> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

export const JENJANG_JF_LABELS: Readonly<Record<JenjangJf, string>> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

export const PREDIKAT_LABELS: Readonly<Record<Predikat, string>> = {
  SANGAT_BAIK: 'Sangat baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat kurang',
};

export const TINGKAT_DISIPLIN_LABELS: Readonly<Record<TingkatDisiplin, string>> = {
  RINGAN: 'ringan',
  SEDANG: 'sedang',
  BERAT: 'berat',
};

/** Kinerja levels as the grid's rows are titled. */
export const KINERJA_LEVEL_LABELS: Readonly<Record<KinerjaLevel, string>> = {
  DI_ATAS: 'Di atas ekspektasi',
  SESUAI: 'Sesuai ekspektasi',
  DI_BAWAH: 'Di bawah ekspektasi',
};

/** Potensial levels as the grid's columns are titled. */
export const POTENSIAL_LEVEL_LABELS: Readonly<Record<PotensialLevel, string>> = {
  TINGGI: 'Tinggi',
  MENENGAH: 'Menengah',
  RENDAH: 'Rendah',
};

export const UNRATED_REASON_LABELS: Readonly<Record<UnratedReason, string>> = {
  KINERJA_TIDAK_ADA: 'belum ada predikat kinerja tahunan',
  ASESMEN_TIDAK_ADA: 'belum ada hasil asesmen',
  ASESMEN_KEDALUWARSA: 'hasil asesmen sudah kedaluwarsa',
};

export const READINESS_LABELS = { SIAP_SEKARANG: 'Siap sekarang', SIAP_1_2_TAHUN: 'Siap 1–2 tahun' } as const;
export const JENIS_SUKSESI_LABELS = { PROMOSI: 'Promosi', ROTASI: 'Rotasi' } as const;
export const KESESUAIAN_LABELS = { OPD: 'Satu OPD', RUMPUN: 'Satu rumpun', LAIN: 'Lintas OPD/rumpun' } as const;
export const RISK_LABELS = {
  TANPA_SIAP_SEKARANG: 'Tanpa pengganti siap sekarang',
  BANGKU_TIPIS: 'Bangku tipis (< 3 kandidat)',
  KOSONG: 'Jabatan kosong',
  PEMANGKU_PENSIUN: 'Pemangku pensiun ≤ 24 bulan',
  KURANG_ABK: 'Kurang pegawai menurut ABK',
} as const;

/** Jabatan as people say it: `Pengawas`, `Fungsional Ahli Muda`. */
export function jabatanLabel(jenisJabatan: JenisJabatan, jenjangJf?: JenjangJf | null): string {
  const jenis = JENIS_JABATAN_LABELS[jenisJabatan];
  return jenisJabatan === 'FUNGSIONAL' && jenjangJf ? `${jenis} ${JENJANG_JF_LABELS[jenjangJf]}` : jenis;
}

/** A label table with each label opening with a capital, as where it heads a cell or a line ("kinerja" → "Kinerja"). */
export function capitalisedLabels<K extends string>(table: Readonly<Record<K, string>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<string>(table).map(([code, words]) => [code, words.charAt(0).toUpperCase() + words.slice(1)])) as Record<K, string>;
}
