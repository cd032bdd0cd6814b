/** Every word the board shows for a code, in Bahasa Indonesia. */

/** Grid rows top to bottom in PermenPANRB 3/2020 numbering: kinerja di atas / sesuai / di bawah. */
export const GRID_ROWS: readonly (readonly number[])[] = [
  [4, 7, 9],
  [2, 5, 8],
  [1, 3, 6],
];
export const KINERJA_ROWS = ['Di atas ekspektasi', 'Sesuai ekspektasi', 'Di bawah ekspektasi'] as const;
export const POTENSIAL_COLUMNS = ['Rendah', 'Menengah', 'Tinggi'] as const;

export const JENIS_JABATAN: Record<string, string> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

export const USIA: Record<string, string> = { '<30': 'Di bawah 30', '30-39': '30–39', '40-49': '40–49', '50+': '50 ke atas' };

export const FLAGS: Record<string, string> = {
  PENSIUN_12_BULAN: 'Pensiun ≤ 12 bulan',
  HUKDIS_AKTIF: 'Hukuman disiplin aktif',
  ASESMEN_KEDALUWARSA: 'Asesmen kedaluwarsa',
  PINDAH_2_KOTAK: 'Pindah ≥ 2 kotak',
  MENETAP_2_TINJAUAN: 'Menetap ≥ 2 tinjauan',
};

export const UNRATED: Record<string, string> = {
  KINERJA_TIDAK_ADA: 'Tidak ada data kinerja',
  ASESMEN_TIDAK_ADA: 'Belum pernah diasesmen',
  ASESMEN_KEDALUWARSA: 'Asesmen kedaluwarsa (> 3 tahun)',
};

export const LEVEL: Record<string, string> = {
  DI_ATAS: 'Di atas ekspektasi',
  SESUAI: 'Sesuai ekspektasi',
  DI_BAWAH: 'Di bawah ekspektasi',
  TINGGI: 'Tinggi',
  MENENGAH: 'Menengah',
  RENDAH: 'Rendah',
};

export const PREDIKAT: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

export const READINESS: Record<string, string> = { SIAP_SEKARANG: 'Siap sekarang', SIAP_1_2_TAHUN: 'Siap 1–2 tahun' };

export const RISKS: Record<string, string> = {
  TANPA_SIAP_SEKARANG: 'Tanpa pengganti siap sekarang',
  BANGKU_TIPIS: 'Bangku tipis (< 3 kandidat)',
  KOSONG: 'Jabatan kosong',
  PEMANGKU_PENSIUN: 'Pemangku pensiun ≤ 24 bulan',
};

export const GATES: Record<string, string> = {
  STATUS: 'Status PNS',
  PENDIDIKAN: 'Pendidikan',
  GOLONGAN: 'Golongan',
  JALUR: 'Jalur jabatan',
  KINERJA: 'Kinerja',
  DISIPLIN: 'Disiplin',
  USIA: 'Usia',
  KOTAK: 'Kotak talenta',
};

export const FAIRNESS_DIMENSIONS: Record<string, string> = {
  unit: 'Unit',
  jenisKelamin: 'Jenis kelamin',
  usia: 'Kelompok usia',
  jenisPegawai: 'PNS/PPPK',
  jenisJabatan: 'Jenis jabatan',
};

export const GUIDE_STATUS: Record<string, string> = {
  DI_BAWAH_PANDUAN: 'Di bawah panduan',
  SESUAI_PANDUAN: 'Sesuai panduan',
  DI_ATAS_PANDUAN: 'Di atas panduan',
};

export const ROLES: Record<string, string> = {
  SUPERADMIN: 'Superadmin',
  ADMIN: 'Admin BKD',
  KOMITE: 'Komite Talenta',
  PIMPINAN: 'Pimpinan',
  VIEWER: 'Peninjau (agregat)',
};

/** Reason categories the committee must pick when moving someone (kept in the audited reason text). */
export const MOVE_CATEGORIES = [
  'Bukti kinerja baru',
  'Hasil asesmen',
  'Penyesuaian kalibrasi',
  'Koreksi data',
  'Lainnya',
] as const;

/** Shortest reason text the committee must write (besides the category). */
export const MIN_REASON_CHARS = 20;

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function formatNumber(n: number | null | undefined, digits = 2): string {
  return n === null || n === undefined ? '—' : n.toLocaleString('id-ID', { maximumFractionDigits: digits });
}
