/**
 * `YYYY-MM-DD` → integer `YYYYMMDD` from character codes. Same result as `toYmd` in `domain/dates.ts`, without
 * the three substrings per call: the engine converts millions of dates per review. Inputs are validated ISO
 * dates (the importer's job), so no checks here.
 */
export function ymd(iso: string): number {
  return (
    (iso.charCodeAt(0) - 48) * 10_000_000 +
    (iso.charCodeAt(1) - 48) * 1_000_000 +
    (iso.charCodeAt(2) - 48) * 100_000 +
    (iso.charCodeAt(3) - 48) * 10_000 +
    (iso.charCodeAt(5) - 48) * 1_000 +
    (iso.charCodeAt(6) - 48) * 100 +
    (iso.charCodeAt(8) - 48) * 10 +
    (iso.charCodeAt(9) - 48)
  );
}
