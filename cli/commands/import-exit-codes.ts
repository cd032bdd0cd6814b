/**
 * Exit codes of `talenta import`, so a script can tell a clean import from a partial one from a refused file.
 * Other failures (unknown instansi, database down) exit 1, a bad configuration 2.
 */
export const IMPORT_EXIT = {
  /** Every data row was accepted (or, with --dry-run, would be). */
  ALL_ACCEPTED: 0,
  /** The file was read and the valid rows stored, but some rows were rejected; the report lists each problem. */
  ROWS_REJECTED: 3,
  /** The file was refused as a whole (not CSV/XLSX, over an import limit, required columns missing): nothing stored. */
  FILE_REFUSED: 4,
} as const;
