/**
 * Titles fused with the office they head, as pemda staff write them: "kadisdik" (kadis + dik), "kadinkes" (ka +
 * dinkes), "sekdinkes" (sek + dinkes). The titles and offices themselves are the pemda abbreviations
 * (lib/pemda-abbreviations.ts); here are only what fusing adds: which titles fuse, the short prefixes that exist
 * only fused ("ka", "sek"), and the domain stems that follow them ("dik", "kes", "hub").
 */
import { TITLE_ABBREVIATIONS } from '../../../lib/pemda-abbreviations.js';

/** Titles written fused with an office, expanded as they are alone. */
const FUSING_TITLES = ['kadis', 'kadin', 'kaban', 'kabid', 'kabag', 'kasi', 'kasubbag', 'sekdis', 'sekban'] as const;

/** What may precede a unit stem in a fused title ("kadis|dik", "ka|dinkes", "sek|dinkes"). */
export const FUSION_TITLES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(FUSING_TITLES.map((t) => [t, TITLE_ABBREVIATIONS[t] as string])),
  // Never written alone: "sekdin" is "sekdis" before a stem, "sek" and "ka" the bare title.
  sekdin: 'sekretaris dinas',
  sek: 'sekretaris',
  ka: 'kepala',
};

/**
 * Domain stems that follow a fused title and are no abbreviation alone: "kadis|dik", "kadis|kes", "sekdis|hub". An
 * office abbreviation after a title ("ka|dinkes", "kadis|kominfo") is read from the pemda abbreviations.
 */
export const FUSION_STEMS: Readonly<Record<string, string>> = {
  dik: 'pendidikan',
  didik: 'pendidikan',
  kes: 'kesehatan',
  hub: 'perhubungan',
  sos: 'sosial',
  tan: 'pertanian',
  pertan: 'pertanian',
  pora: 'pemuda olahraga',
  par: 'pariwisata',
  kop: 'koperasi',
  keu: 'keuangan',
  keuangan: 'keuangan',
  peg: 'kepegawaian',
};
