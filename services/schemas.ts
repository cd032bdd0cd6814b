/**
 * The value schemas every read shares, defined once: routes use them for path and query parameters, services for
 * their inputs and responses, bots for what they parse. A route and its service therefore accept the same values.
 */
import { z } from 'zod';

/** A review id, or `latest` for the newest COMPLETED review. */
export const ReviewRef = z
  .union([z.literal('latest'), z.uuid({ message: 'id tinjauan harus UUID atau "latest"' })])
  .describe('id tinjauan (UUID) atau "latest"');
export type ReviewRef = z.infer<typeof ReviewRef>;

/** How every view names the review it read: `{ id, asOf }`. */
export const ReviewRefSchema = z.object({ id: z.uuid(), asOf: z.iso.date() });

/** How every view names a unit: `{ kode, nama }`. */
export const UnitRefSchema = z.object({ kode: z.string(), nama: z.string() });

/** Kode of an instansi (`kab-contoh`). */
export const InstansiKode = z.string().min(1).max(63).describe('kode instansi, mis. kab-contoh');

/** Kode of a unit or a position inside an instansi. */
export const Kode = z.string().min(1).max(100);

/** NIP: 18 digits (PNS and PPPK). */
export const Nip = z.string().regex(/^\d{18}$/, 'NIP harus 18 digit');

/** A nine-box cell, 1 … 9 (PermenPANRB 3/2020 numbering). */
export const BoxSchema = z.int().min(1).max(9);
/** A box given as text (query strings, chat): coerced to a number first. */
export const BoxParam = z.coerce.number().int().min(1).max(9);
