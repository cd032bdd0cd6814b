/** The import report of the contract (§1): HTTP 200 body and CLI JSON output. */
import { z } from 'zod';
import { IMPORT_KINDS } from './import-kinds.js';

export const RejectedRowSchema = z.object({
  /** Row number as the spreadsheet shows it (title and header rows counted). */
  row: z.number().int().positive(),
  column: z.string(),
  value: z.string(),
  /** Bahasa Indonesia, naming row, column (and the file's header when it differs) and value. */
  message: z.string(),
});
export type RejectedRow = z.infer<typeof RejectedRowSchema>;

export const ColumnSourceSchema = z.object({
  column: z.string().describe('kolom Talenta'),
  header: z.string().describe('judul kolom di berkas'),
  sourceColumn: z.string().describe('huruf kolom di lembar kerja'),
  via: z.enum(['pemetaan', 'nama', 'alias']).describe('pemetaan tersimpan, nama kolom sendiri, atau alias bawaan'),
});

export const ReportNoteSchema = z.object({
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});
export type ReportNote = z.infer<typeof ReportNoteSchema>;

/**
 * `rows` = inserted + updated + unchanged + rejectedRows. `rejected` lists every problem of every rejected row (a row
 * may appear more than once).
 */
export const ImportReportSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  rows: z.number().int().nonnegative(),
  inserted: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  rejected: z.array(RejectedRowSchema),
  rejectedRows: z.number().int().nonnegative(),
  /** True when nothing was stored (`?dryRun=true`, `--dry-run`): the counts are what the import would do. */
  dryRun: z.boolean(),
  file: z.object({
    format: z.enum(['csv', 'xlsx']),
    /** The character encoding a CSV was read in (Excel on Windows saves Windows-1252 or UTF-16); null for XLSX. */
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']).nullable(),
    sheet: z.string().nullable(),
    headerRows: z.array(z.number().int().positive()),
  }),
  /** How row numbers in this report count, in Bahasa Indonesia. */
  rowNumbering: z.string(),
  columns: z.array(ColumnSourceSchema),
  /** The saved mapping of the instansi applied to this file, if any. */
  mapping: z.object({ updatedAt: z.string(), columns: z.record(z.string(), z.string()) }).nullable(),
  /** What an importer tells about accepted rows without rejecting them (e.g. a value that overrides another). */
  notes: z.array(ReportNoteSchema),
  /** Rows after the header that are not data (totals), with why. */
  skipped: z.array(z.object({ row: z.number().int().positive(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
