/**
 * Bounds of one import file, checked before the work they bound is done: a hostile upload is refused with 422 and
 * a message naming the limit instead of exhausting the shared server's memory or time.
 */
import type { Config } from '../../lib/config.js';
import { AppError } from '../../lib/errors.js';

export interface ImportLimits {
  maxFileBytes: number;
  maxInflatedBytes: number;
  maxRows: number;
  maxColumns: number;
  maxCells: number;
  maxCellChars: number;
}

const MB = 1024 * 1024;

export function importLimitsOf(config: Config): ImportLimits {
  return {
    maxFileBytes: config.IMPORT_MAX_FILE_MB * MB,
    maxInflatedBytes: config.IMPORT_XLSX_MAX_INFLATED_MB * MB,
    maxRows: config.IMPORT_MAX_ROWS,
    maxColumns: config.IMPORT_MAX_COLUMNS,
    maxCells: config.IMPORT_MAX_CELLS,
    maxCellChars: config.IMPORT_MAX_CELL_CHARS,
  };
}

/** The setting behind each limit, named in the refusal so an operator knows what to raise. */
export const LIMIT_SETTINGS: Readonly<Record<keyof ImportLimits, string>> = {
  maxFileBytes: 'IMPORT_MAX_FILE_MB',
  maxInflatedBytes: 'IMPORT_XLSX_MAX_INFLATED_MB',
  maxRows: 'IMPORT_MAX_ROWS',
  maxColumns: 'IMPORT_MAX_COLUMNS',
  maxCells: 'IMPORT_MAX_CELLS',
  maxCellChars: 'IMPORT_MAX_CELL_CHARS',
};

const formatter = new Intl.NumberFormat('id-ID');

/** `1.048.576` as Indonesian readers group digits. */
export function formatCount(n: number): string {
  return formatter.format(n);
}

/**
 * The whole file is refused (HTTP 422, code `import.limit_exceeded`).
 * @param what - what went over, in Bahasa Indonesia, e.g. `jumlah baris melebihi 200.000`
 */
export function limitExceeded(limit: keyof ImportLimits, max: number, what: string): AppError {
  const setting = LIMIT_SETTINGS[limit];
  return new AppError({
    kind: 'UNPROCESSABLE',
    code: 'import.limit_exceeded',
    message: `Berkas ditolak: ${what} (batas ${setting} = ${formatCount(max)})`,
    details: { limit: setting, max },
  });
}
