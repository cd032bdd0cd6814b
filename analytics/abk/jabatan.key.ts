/**
 * "The same jabatan" across units. A Talenta position belongs to one unit; positions of one jabatan share either a
 * national catalogue code (`kode_referensi`, when the positions import gives one) or their name. Names are typed by
 * hand in many units, so they are compared normalised: case, accents, punctuation and spacing do not matter.
 */
import type { AbkPositionRecord } from './abk.types.js';

/** `Analis  Kebijakan, Ahli-Muda` and `analis kebijakan ahli muda` normalise alike. */
export function normaliseNamaJabatan(nama: string): string {
  return nama
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * The jabatan a position belongs to: `ref:<kode_referensi>` when the position has one, else `nama:<normalised
 * name>`. An instansi that uses catalogue codes should give one to every position of a jabatan, since a position
 * without a code is matched by name only.
 */
export function jabatanKeyOf(position: Pick<AbkPositionRecord, 'nama' | 'kodeReferensi'>): string {
  const ref = position.kodeReferensi?.trim().toUpperCase() ?? '';
  return ref === '' ? `nama:${normaliseNamaJabatan(position.nama)}` : `ref:${ref}`;
}
