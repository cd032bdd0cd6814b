/** The months as written in each language, January first; and their short forms in letters ("3 Jan 2025", "Agt"). */
export const MONTHS_ID: readonly string[] = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const MONTHS_EN: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, febr: 2, mar: 3, mrt: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, aug: 8, sep: 9, sept: 9, okt: 10, oct: 10, nov: 11,
  des: 12, dec: 12,
};

/** A month's number (1–12) by any way it is written, in full in either language or short ("Okt", "Agt"), folded. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...[...MONTHS_ID, ...MONTHS_EN].map((m, i): [string, number] => [m.toLowerCase(), (i % 12) + 1]),
  ...Object.entries(MONTH_ABBREVIATIONS),
]);
