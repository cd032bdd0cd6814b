/**
 * The sheets of the committee pack. Pure layout: they receive what the read verbs returned and write cells;
 * column headers are in Bahasa Indonesia for the talent committee.
 */
import type ExcelJS from 'exceljs';
import type { Risks, Successors } from '../succession/schemas.js';
import type { NineBox, PlacementItem as Placement } from '../talent/schemas.js';

export interface OpdGrid {
  unit: { kode: string; nama: string };
  grid: NineBox;
}

const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

function header(sheet: ExcelJS.Worksheet, columns: Array<{ header: string; key: string; width: number }>): void {
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

export function addGridSheet(workbook: ExcelJS.Workbook, grids: readonly OpdGrid[]): void {
  const sheet = workbook.addWorksheet('Grid');
  header(sheet, [
    { header: 'Kode unit (OPD)', key: 'kode', width: 16 },
    { header: 'Unit (OPD)', key: 'nama', width: 40 },
    ...BOXES.map((b) => ({ header: `Kotak ${b}`, key: `k${b}`, width: 9 })),
    { header: 'Belum terpetakan', key: 'belum', width: 16 },
  ]);
  for (const { unit, grid } of grids) {
    const row: Record<string, string | number> = { kode: unit.kode, nama: unit.nama, belum: grid.belumTerpetakan };
    for (const box of grid.boxes) row[`k${box.box}`] = box.count;
    sheet.addRow(row);
  }
}

export function addPlacementsSheet(workbook: ExcelJS.Workbook, placements: readonly Placement[]): void {
  const sheet = workbook.addWorksheet('Placements');
  header(sheet, [
    { header: 'NIP', key: 'nip', width: 20 },
    { header: 'Nama', key: 'nama', width: 32 },
    { header: 'Unit', key: 'unit', width: 32 },
    { header: 'Jabatan', key: 'jabatan', width: 36 },
    { header: 'Skor kinerja', key: 'kinerja', width: 12 },
    { header: 'Level kinerja', key: 'kinerjaLevel', width: 14 },
    { header: 'Skor potensial', key: 'potensial', width: 14 },
    { header: 'Level potensial', key: 'potensialLevel', width: 14 },
    { header: 'Kotak', key: 'box', width: 8 },
    { header: 'Kotak kalibrasi', key: 'calibratedBox', width: 14 },
    { header: 'Nilai talenta', key: 'nilaiTalenta', width: 12 },
  ]);
  for (const p of placements) {
    sheet.addRow({
      nip: p.nip,
      nama: p.nama,
      unit: p.unit.nama,
      jabatan: p.jabatan.nama,
      kinerja: p.kinerja.score,
      kinerjaLevel: p.kinerja.level,
      potensial: p.potensial.score,
      potensialLevel: p.potensial.level,
      box: p.box,
      calibratedBox: p.calibratedBox,
      nilaiTalenta: p.nilaiTalenta,
    });
  }
}

export function addSlatesSheet(workbook: ExcelJS.Workbook, slates: readonly Successors[]): void {
  const sheet = workbook.addWorksheet('Slates');
  header(sheet, [
    { header: 'Kode jabatan', key: 'kode', width: 16 },
    { header: 'Jabatan', key: 'jabatan', width: 36 },
    { header: 'Peringkat', key: 'rank', width: 10 },
    { header: 'NIP', key: 'nip', width: 20 },
    { header: 'Nama', key: 'nama', width: 32 },
    { header: 'Kesiapan', key: 'readiness', width: 16 },
    { header: 'Jenis', key: 'jenis', width: 10 },
    { header: 'Kesesuaian', key: 'kesesuaian', width: 12 },
    { header: 'Nilai talenta', key: 'nilaiTalenta', width: 12 },
    { header: 'Kotak', key: 'box', width: 8 },
  ]);
  for (const s of slates) {
    if (s.slate.length === 0) sheet.addRow({ kode: s.position.kode, jabatan: s.position.nama, nama: '(tidak ada kandidat)' });
    for (const c of s.slate) {
      sheet.addRow({ kode: s.position.kode, jabatan: s.position.nama, ...c });
    }
  }
}

export function addRisksSheet(workbook: ExcelJS.Workbook, risks: Risks): void {
  const sheet = workbook.addWorksheet('Risks');
  header(sheet, [
    { header: 'Kode jabatan', key: 'kode', width: 16 },
    { header: 'Jabatan', key: 'nama', width: 36 },
    { header: 'Risiko', key: 'risks', width: 48 },
    { header: 'Siap sekarang', key: 'readyNow', width: 14 },
    { header: 'Kandidat memenuhi syarat', key: 'eligible', width: 24 },
  ]);
  for (const p of risks.positions) {
    sheet.addRow({ kode: p.kode, nama: p.nama, risks: p.risks.join(', '), readyNow: p.readyNow, eligible: p.eligible });
  }
  sheet.addRow({});
  const m = risks.metrics;
  sheet.addRow({ kode: 'Metrik', nama: 'Jabatan kritikal', risks: m.criticalPositions });
  sheet.addRow({ kode: 'Metrik', nama: '% dengan kandidat siap sekarang', risks: m.pctWithReadyNow });
  sheet.addRow({ kode: 'Metrik', nama: 'Rata-rata kandidat memenuhi syarat', risks: m.meanEligible });
  sheet.addRow({ kode: 'Metrik', nama: 'Pegawai pada ≥ 3 slate', risks: m.overloadedSuccessors });
}
