/**
 * Public API of the ABK engine (Neraca Pegawai).
 */
export { computeAbk } from './abk.compute.js';
export { abkParamsFromPolicy, type AbkParams } from './abk.params.js';
export { AbkPolicySchema, DEFAULT_ABK_POLICY, type AbkPolicy } from './abk.policy.js';
export { PEMBULATAN, PERIODE_VOLUME, SATUAN_WAKTU, SUMBER_KEBUTUHAN } from './abk.enums.js';
export type { Pembulatan, PeriodeVolume, SatuanWaktu, SumberKebutuhan } from './abk.enums.js';
export { balanceTotals } from './balance.compute.js';
export { round4 } from './abk.numbers.js';
export { ejBandOf } from './ej.band.js';
export { jabatanKeyOf, normaliseNamaJabatan } from './jabatan.key.js';
export { outlookTotals } from './outlook.compute.js';
export { abkYear, effectiveMinutes, positionNeeds, taskWorkload } from './workload.compute.js';
export * from './abk.types.js';
export { withAbkShortageRisk } from './abk.risk.js';
