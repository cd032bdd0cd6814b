/** The import report of the contract (§1): HTTP 200 body and CLI JSON output. */
import { z } from 'zod';
import { IMPORT_KINDS } from './import-kinds.js';

export const RejectedRowSchema = z.object({
  /** 1-based data row number (the header is not counted). */
  row: z.number().int().positive(),
  column: z.string(),
  value: z.string(),
  /** Bahasa Indonesia, naming row, column and value. */
  message: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

/** `rows` = inserted + updated + unchanged + rejected.length (one entry per rejected row: its first problem). */
export const ImportReportSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  rows: z.number().int().nonnegative(),
  inserted: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  rejected: z.array(RejectedRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
