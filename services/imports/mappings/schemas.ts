/** A saved column mapping: which header of the instansi's files feeds which column of an import kind. */
import { z } from 'zod';
import { IMPORT_KINDS } from '../import-kinds.js';

export const ColumnMappingInput = z.object({
  columns: z
    .record(z.string(), z.string().trim().min(1, { message: 'judul kolom tidak boleh kosong' }).max(200))
    .describe('kolom Talenta → judul kolom di berkas, mis. { "nip": "NOMOR INDUK", "golongan": "GOL. TERAKHIR" }'),
});
export type ColumnMappingInput = z.infer<typeof ColumnMappingInput>;

export const ColumnMappingSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  columns: z.record(z.string(), z.string()),
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type ColumnMapping = z.infer<typeof ColumnMappingSchema>;
