/** The months as written in each language, January first; and their short forms in letters ("3 Jan 2025", "Agt"). */
export const MONTHS_ID: readonly string[] = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
export const MONTHS_EN: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBREVIATIONS: readonly string[] = ['jan', 'feb', 'febr', 'mar', 'mrt', 'apr', 'jun', 'jul', 'agu', 'agt', 'ags', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'des', 'dec'];
