/**
 * Enumerations of the ABK imports and policy, as the import contract names them (`as const` arrays, as elsewhere).
 */

/** Period a task volume is counted in; the policy annualises it (default ×1, ×12, ×50, ×250). */
export const PERIODE_VOLUME = ['TAHUN', 'BULAN', 'MINGGU', 'HARI'] as const;
export type PeriodeVolume = (typeof PERIODE_VOLUME)[number];

/** Unit of the time norm (waktu penyelesaian) of one output. */
export const SATUAN_WAKTU = ['MENIT', 'JAM'] as const;
export type SatuanWaktu = (typeof SATUAN_WAKTU)[number];

/** Where an imported ABK result comes from. */
export const SUMBER_KEBUTUHAN = ['SIASN', 'E_FORMASI', 'INTERNAL'] as const;
export type SumberKebutuhan = (typeof SUMBER_KEBUTUHAN)[number];

/** How the raw need becomes a headcount (policy; the Perbup worked example rounds half up). */
export const PEMBULATAN = ['ROUND', 'CEIL', 'FLOOR'] as const;
export type Pembulatan = (typeof PEMBULATAN)[number];
