/**
 * Words and badges shared by every presenter: review reference, readiness, kesesuaian, risk flags and gates.
 * Pure text in Bahasa Indonesia; unknown codes fall back to the code itself so a new flag is never hidden.
 */
import type { ReviewRef } from '../../core/bot-services.js';
import { GATE_LABELS } from '../../../analytics/succession/index.js';

/** "Tinjauan 1a2b3c4d per 2026-10-01": every answer names the review it comes from. */
export function reviewLabel(review: ReviewRef): string {
  return `Tinjauan ${review.id.slice(0, 8)} per ${review.asOf}`;
}

const READINESS: Readonly<Record<string, string>> = {
  SIAP_SEKARANG: '🟢 Siap sekarang',
  SIAP_1_2_TAHUN: '🟡 Siap 1–2 tahun',
};

export function readinessBadge(readiness: string): string {
  return READINESS[readiness] ?? `⚪ ${readiness}`;
}

const KESESUAIAN: Readonly<Record<string, string>> = {
  OPD: 'satu OPD',
  RUMPUN: 'satu rumpun',
  LAIN: 'lintas OPD/rumpun',
};

export function kesesuaianText(kesesuaian: string): string {
  return KESESUAIAN[kesesuaian] ?? kesesuaian;
}

const RISKS: Readonly<Record<string, string>> = {
  TANPA_SIAP_SEKARANG: 'belum ada pengganti siap sekarang',
  BANGKU_TIPIS: 'bangku tipis (kurang dari 3 kandidat memenuhi syarat)',
  KOSONG: 'jabatan kosong',
  PEMANGKU_PENSIUN: 'pemangku pensiun dalam 24 bulan',
  KURANG_ABK: 'kurang pegawai menurut ABK',
};

export function riskText(flag: string): string {
  return `⚠️ ${RISKS[flag] ?? flag}`;
}

/** The gate's own label (each gate names itself in analytics/succession/gates). */
export function gateText(gate: string): string {
  return (GATE_LABELS as Readonly<Record<string, string>>)[gate] ?? gate;
}

/** Box numbers in order, a run written as a range: `7–9`, `8–9`, `6, 8, 9`. */
export function boxesText(boxes: readonly number[]): string {
  const sorted = [...boxes].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const isRun = first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1;
  return isRun ? `${first}–${last}` : sorted.join(', ');
}

/** Two decimals, Indonesian decimal comma. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(2).replace('.', ',');
}
