/**
 * Indonesian words for the codes of a review, as the committee reads them on paper (`DI_ATAS` → `Di atas ekspektasi`,
 * `SIAP_1_2_TAHUN` → `Siap 1–2 tahun`), from the domain's one label table. An unknown code is shown as itself, so a
 * new code is never hidden.
 */
import {
  capitalisedLabels, JENIS_JABATAN_LABELS, JENIS_SUKSESI_LABELS, KESESUAIAN_LABELS, KINERJA_LEVEL_LABELS,
  POTENSIAL_LEVEL_LABELS, READINESS_LABELS, RISK_LABELS,
} from '../../analytics/domain/labels.js';
import { GATE_LABELS } from '../../analytics/succession/index.js';

const lookup = (table: Readonly<Record<string, string>>) => (code: string | null | undefined) =>
  code === null || code === undefined ? '–' : (table[code] ?? code);

export const kinerjaLabel = lookup(KINERJA_LEVEL_LABELS);
export const potensialLabel = lookup(POTENSIAL_LEVEL_LABELS);
export const readinessLabel = lookup(READINESS_LABELS);
export const jenisLabel = lookup(JENIS_SUKSESI_LABELS);
export const kesesuaianLabel = lookup(KESESUAIAN_LABELS);
export const gateLabel = lookup(capitalisedLabels(GATE_LABELS));
export const jenisJabatanLabel = lookup(JENIS_JABATAN_LABELS);
export const riskLabels = (codes: readonly string[]) => (codes.length === 0 ? 'Tidak ada' : codes.map(lookup(RISK_LABELS)).join('; '));

/** `12,5 %`: one decimal, Indonesian comma. */
/** A score or mean as Indonesian writes it, with a decimal comma (`87,49`); `–` when there is none. */
export function decimalText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(value).replace('.', ',');
}

export function percentText(part: number, whole: number): string {
  return `${(whole === 0 ? 0 : (100 * part) / whole).toFixed(1).replace('.', ',')} %`;
}

/** `2026-11-30 14:05 WIB` in Asia/Jakarta. */
export function printedAtText(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} WIB`;
}
