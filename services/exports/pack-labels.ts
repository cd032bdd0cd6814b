/**
 * Indonesian words for the codes of a review, as the committee reads them on paper (`DI_ATAS` → `Di atas ekspektasi`,
 * `SIAP_1_2_TAHUN` → `Siap 1–2 tahun`). An unknown code is shown as itself, so a new code is never hidden.
 */
const KINERJA: Readonly<Record<string, string>> = {
  DI_ATAS: 'Di atas ekspektasi',
  SESUAI: 'Sesuai ekspektasi',
  DI_BAWAH: 'Di bawah ekspektasi',
};
const POTENSIAL: Readonly<Record<string, string>> = { TINGGI: 'Tinggi', MENENGAH: 'Menengah', RENDAH: 'Rendah' };
const READINESS: Readonly<Record<string, string>> = { SIAP_SEKARANG: 'Siap sekarang', SIAP_1_2_TAHUN: 'Siap 1–2 tahun' };
const JENIS: Readonly<Record<string, string>> = { PROMOSI: 'Promosi', ROTASI: 'Rotasi' };
const KESESUAIAN: Readonly<Record<string, string>> = { OPD: 'Satu OPD', RUMPUN: 'Satu rumpun', LAIN: 'Lintas OPD/rumpun' };
const RISKS: Readonly<Record<string, string>> = {
  TANPA_SIAP_SEKARANG: 'Tanpa pengganti siap sekarang',
  BANGKU_TIPIS: 'Bangku tipis (< 3 kandidat)',
  KOSONG: 'Jabatan kosong',
  PEMANGKU_PENSIUN: 'Pemangku pensiun ≤ 24 bulan',
};
const GATES: Readonly<Record<string, string>> = {
  STATUS: 'Status kepegawaian',
  PENDIDIKAN: 'Pendidikan',
  GOLONGAN: 'Golongan',
  JALUR: 'Jalur jabatan',
  KINERJA: 'Kinerja',
  DISIPLIN: 'Disiplin',
  USIA: 'Usia/BUP',
  KOTAK: 'Kotak talenta',
};
const JENIS_JABATAN: Readonly<Record<string, string>> = {
  JPT_UTAMA: 'JPT Utama',
  JPT_MADYA: 'JPT Madya',
  JPT_PRATAMA: 'JPT Pratama',
  ADMINISTRATOR: 'Administrator',
  PENGAWAS: 'Pengawas',
  PELAKSANA: 'Pelaksana',
  FUNGSIONAL: 'Fungsional',
};

const lookup = (table: Readonly<Record<string, string>>) => (code: string | null | undefined) =>
  code === null || code === undefined ? '–' : (table[code] ?? code);

export const kinerjaLabel = lookup(KINERJA);
export const potensialLabel = lookup(POTENSIAL);
export const readinessLabel = lookup(READINESS);
export const jenisLabel = lookup(JENIS);
export const kesesuaianLabel = lookup(KESESUAIAN);
export const gateLabel = lookup(GATES);
export const jenisJabatanLabel = lookup(JENIS_JABATAN);
export const riskLabels = (codes: readonly string[]) => (codes.length === 0 ? 'Tidak ada' : codes.map(lookup(RISKS)).join('; '));

/** Rows of the grid as the regulation draws it (PermenPANRB 3/2020): kinerja top to bottom, potensial left to right. */
export const GRID_ROWS: ReadonlyArray<{ kinerja: string; boxes: readonly [number, number, number] }> = [
  { kinerja: 'DI_ATAS', boxes: [4, 7, 9] },
  { kinerja: 'SESUAI', boxes: [2, 5, 8] },
  { kinerja: 'DI_BAWAH', boxes: [1, 3, 6] },
];
export const GRID_COLUMNS = ['RENDAH', 'MENENGAH', 'TINGGI'] as const;

/** `12,5 %`: one decimal, Indonesian comma. */
export function percentText(part: number, whole: number): string {
  return `${(whole === 0 ? 0 : (100 * part) / whole).toFixed(1).replace('.', ',')} %`;
}

/** `2026-11-30 14:05 WIB` in Asia/Jakarta. */
export function printedAtText(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} WIB`;
}
