/**
 * NIPs as exports write them: grouped with spaces or dots (`19800101 200501 1 001`, `19800101.200501.1.001`),
 * prefixed (`NIP. 1980…`), or kept as text in Excel with a leading apostrophe. Separators are dropped; the digits
 * are never touched, so a NIP Excel turned into a number is recognised and refused rather than repaired.
 */

/** Exponent form (`1.98001E+17`, `1,98001E+17`): what Excel shows for an 18-digit number it has already rounded. */
const EXCEL_NUMBER = /^\d+([.,]\d+)?E\+?\d+$/i;
const SEPARATORS = /[\s.\-_/\u00a0]+/g;
const EIGHTEEN_DIGITS = /^\d{18}$/;

/** True when the text is a NIP that Excel stored as a number (digits already lost). */
export function isExcelNumberNip(raw: string): boolean {
  return EXCEL_NUMBER.test(raw.trim());
}

/** @returns the 18 digits, or `null` when the text is not 18 digits once separators are removed. */
export function normaliseNip(raw: string): string | null {
  // Most files write the 18 digits alone: checked first, 100,000 rows skip the four replacements below.
  if (EIGHTEEN_DIGITS.test(raw)) return raw;
  const digits = raw
    .trim()
    .replace(/^'/, '')
    .replace(/^NIP\b\.?:?/i, '')
    .replace(SEPARATORS, '');
  return EIGHTEEN_DIGITS.test(digits) ? digits : null;
}
