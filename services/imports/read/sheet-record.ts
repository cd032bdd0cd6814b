/** One row of an upload as the spreadsheet shows it: its row number and the text of its cells by column. */
export interface SheetRecord {
  /** 1-based row number as a spreadsheet program shows it (title and header rows counted). */
  row: number;
  /** Cell text by 0-based column; missing entries are empty cells (XLSX rows are sparse). */
  cells: readonly (string | undefined)[];
}

/** `A` → 1, `Z` → 26, `AA` → 27, `ALL` → 1000. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1 → `A`, 27 → `AA`: how a spreadsheet names a column. */
export function columnLetters(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
