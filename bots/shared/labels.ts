/**
 * Codes in words, in the asker's language: readiness, route, fit, risk flags, gates, levels, kinds of position,
 * predikat, dates and the review line every answer carries. Leaders never see `SIAP_1_2_TAHUN` or `JPT_PRATAMA`;
 * an unknown code is spelled out in lower case rather than shown raw.
 */
import { GATE_LABELS } from '../../analytics/succession/index.js';
import type { Lang } from '../language/lang.js';

type Words = Readonly<Record<string, readonly [id: string, en: string]>>;

/** `SOME_NEW_CODE` → "some new code": a code added later still reads as words. */
export function spellCode(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

function word(table: Words, code: string, lang: Lang): string {
  const entry = table[code];
  return entry ? entry[lang === 'en' ? 1 : 0] : spellCode(code);
}

const READINESS: Words = {
  SIAP_SEKARANG: ['siap sekarang', 'ready now'],
  SIAP_1_2_TAHUN: ['siap dalam 1–2 tahun', 'ready in 1–2 years'],
};
const ROUTE: Words = { PROMOSI: ['promosi', 'promotion'], ROTASI: ['rotasi', 'rotation'] };
const FIT: Words = {
  OPD: ['dari OPD yang sama', 'from the same office'],
  RUMPUN: ['dari rumpun jabatan yang sama', 'from the same job family'],
  LAIN: ['dari OPD/rumpun lain', 'from another office and job family'],
};
const RISK: Words = {
  TANPA_SIAP_SEKARANG: ['belum ada pengganti yang siap sekarang', 'no successor ready now'],
  BANGKU_TIPIS: ['kurang dari 3 kandidat memenuhi syarat', 'fewer than 3 eligible successors'],
  KOSONG: ['jabatan kosong', 'vacant'],
  PEMANGKU_PENSIUN: ['pemangku pensiun dalam 24 bulan', 'incumbent retires within 24 months'],
};
/** English names of the gates; in Bahasa Indonesia each gate names itself (analytics `GATE_LABELS`). */
const GATE_EN: Readonly<Record<string, string>> = {
  STATUS: 'employment status',
  PENDIDIKAN: 'education',
  GOLONGAN: 'rank (golongan)',
  JALUR: 'career path',
  KINERJA: 'performance',
  KOMPETENSI: 'competency (JPM)',
  DISIPLIN: 'discipline',
  USIA: 'age/retirement age',
  KOTAK: 'talent box',
};
const KINERJA: Words = {
  DI_ATAS: ['di atas ekspektasi', 'above expectations'],
  SESUAI: ['sesuai ekspektasi', 'meets expectations'],
  DI_BAWAH: ['di bawah ekspektasi', 'below expectations'],
};
const POTENSIAL: Words = { TINGGI: ['tinggi', 'high'], MENENGAH: ['menengah', 'medium'], RENDAH: ['rendah', 'low'] };
const JENIS_JABATAN: Words = {
  JPT_UTAMA: ['JPT Utama', 'JPT Utama (top executive)'],
  JPT_MADYA: ['JPT Madya', 'JPT Madya (senior executive)'],
  JPT_PRATAMA: ['JPT Pratama', 'JPT Pratama (executive)'],
  ADMINISTRATOR: ['administrator', 'administrator'],
  PENGAWAS: ['pengawas', 'supervisor (pengawas)'],
  PELAKSANA: ['pelaksana', 'staff (pelaksana)'],
  FUNGSIONAL: ['fungsional', 'functional'],
};
const PREDIKAT: Words = {
  SANGAT_BAIK: ['Sangat Baik', 'Very Good'],
  BAIK: ['Baik', 'Good'],
  BUTUH_PERBAIKAN: ['Butuh Perbaikan', 'Needs Improvement'],
  KURANG: ['Kurang', 'Poor'],
  SANGAT_KURANG: ['Sangat Kurang', 'Very Poor'],
};
const UNPLACED_REASON: Words = {
  KINERJA_TIDAK_ADA: ['belum ada penilaian kinerja', 'no performance rating'],
  ASESMEN_TIDAK_ADA: ['belum ada asesmen', 'no assessment'],
  ASESMEN_KEDALUWARSA: ['asesmen sudah lebih dari 3 tahun', 'assessment older than 3 years'],
  SATU_TAHUN: ['kinerja dari satu tahun saja', 'performance from one year only'],
};

export const readinessText = (code: string, lang: Lang) => word(READINESS, code, lang);
export const routeText = (code: string, lang: Lang) => word(ROUTE, code, lang);
export const fitText = (code: string, lang: Lang) => word(FIT, code, lang);
export const riskText = (code: string, lang: Lang) => word(RISK, code, lang);
export function gateText(code: string, lang: Lang): string {
  const label = (GATE_LABELS as Readonly<Record<string, string>>)[code] ?? spellCode(code);
  return lang === 'en' ? (GATE_EN[code] ?? label) : label;
}
export const kinerjaText = (code: string, lang: Lang) => word(KINERJA, code, lang);
export const potensialText = (code: string, lang: Lang) => word(POTENSIAL, code, lang);
export const jenisJabatanText = (code: string, lang: Lang) => word(JENIS_JABATAN, code, lang);
export const placementNoteText = (code: string, lang: Lang) => word(UNPLACED_REASON, code, lang);

/** Every code the tables above spell out, for the text filter that catches codes inside engine sentences. */
export const ALL_CODE_WORDS: ReadonlyArray<readonly [string, readonly [string, string]]> = [
  ...Object.entries(READINESS), ...Object.entries(ROUTE), ...Object.entries(RISK), ...Object.entries(KINERJA),
  ...Object.entries(POTENSIAL), ...Object.entries(JENIS_JABATAN), ...Object.entries(PREDIKAT), ...Object.entries(UNPLACED_REASON),
];

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-10-01` → "1 Oktober 2026" / "1 October 2026". */
export function dateText(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const month = (lang === 'en' ? MONTHS_EN : MONTHS_ID)[Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

/** Two decimals with the asker's decimal mark: 81,25 / 81.25. */
export function scoreText(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  const fixed = value.toFixed(2);
  return lang === 'en' ? fixed : fixed.replace('.', ',');
}

/** "Tinjauan talenta 1a2b3c4d per 1 Oktober 2026": the review an answer comes from. */
export function reviewLine(review: { id: string; asOf: string }, lang: Lang): string {
  return lang === 'en'
    ? `Talent review ${review.id.slice(0, 8)} as of ${dateText(review.asOf, lang)}`
    : `Tinjauan talenta ${review.id.slice(0, 8)} per ${dateText(review.asOf, lang)}`;
}

/** Where an answer is scoped: a unit's name, or the whole scope of the asker. */
export function scopeText(unit: { nama: string } | null, lang: Lang): string {
  return unit ? unit.nama : lang === 'en' ? 'your whole scope' : 'seluruh cakupan Anda';
}
