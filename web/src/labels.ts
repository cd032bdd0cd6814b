/**
 * Every word the board shows for a code, in Bahasa Indonesia. The domain's codes are named from the product's one
 * label table (analytics/domain/labels.ts, pure data bundled into the board); the board's own codes are named here.
 */
import {
  capitalisedLabels,
  JENIS_JABATAN_LABELS,
  KINERJA_LEVEL_LABELS,
  POTENSIAL_LEVEL_LABELS,
  PREDIKAT_LABELS,
  READINESS_LABELS,
  RISK_LABELS,
  UNRATED_REASON_LABELS,
} from '../../analytics/domain/labels.js';
import { GATE_LABELS } from '../../analytics/succession/gates/index.js';

/** Lookups by the codes the API sends (plain strings in the generated types). */
export const JENIS_JABATAN: Readonly<Record<string, string>> = JENIS_JABATAN_LABELS;
export const PREDIKAT: Readonly<Record<string, string>> = PREDIKAT_LABELS;
export const LEVEL: Readonly<Record<string, string>> = { ...KINERJA_LEVEL_LABELS, ...POTENSIAL_LEVEL_LABELS };
export const UNRATED: Readonly<Record<string, string>> = UNRATED_REASON_LABELS;
export const READINESS: Readonly<Record<string, string>> = READINESS_LABELS;
export const RISKS: Readonly<Record<string, string>> = RISK_LABELS;

export const USIA: Record<string, string> = { '<30': 'Di bawah 30', '30-39': '30–39', '40-49': '40–49', '50+': '50 ke atas' };

export const FLAGS: Record<string, string> = {
  PENSIUN_12_BULAN: 'Pensiun ≤ 12 bulan',
  HUKDIS_AKTIF: 'Hukuman disiplin aktif',
  ASESMEN_KEDALUWARSA: 'Asesmen kedaluwarsa',
  PINDAH_2_KOTAK: 'Pindah ≥ 2 kotak',
  MENETAP_2_TINJAUAN: 'Menetap ≥ 2 tinjauan',
};

export const GATES: Readonly<Record<string, string>> = capitalisedLabels(GATE_LABELS);

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
