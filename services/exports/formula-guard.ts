/**
 * CSV/formula injection (OWASP): a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read
 * by spreadsheet programs as a formula, so a name like `=HYPERLINK("http://…","klik")` would run on the committee's
 * machine. Every export writes text through {@link neutraliseFormula}, which prefixes such text with an apostrophe:
 * shown as written, never evaluated. Numbers stay numbers (a negative score is a number cell, not text).
 */
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell value for an export: text is neutralised, everything else passes unchanged. */
export function safeCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}
