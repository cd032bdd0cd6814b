/** The API shape of an instansi: what transports show of a tenant row. */
import { z } from 'zod';
import type { InstansiRow } from '../../db/repositories/instansi.repository.js';

export const InstansiViewSchema = z.object({ kode: z.string(), nama: z.string(), createdAt: z.string() });
export type InstansiView = z.infer<typeof InstansiViewSchema>;

export function toInstansiView(row: Pick<InstansiRow, 'kode' | 'nama' | 'createdAt'>): InstansiView {
  return { kode: row.kode, nama: row.nama, createdAt: row.createdAt.toISOString() };
}
