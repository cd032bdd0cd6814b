/**
 * The committee pack as a print-ready XLSX workbook with Indonesian sheet names: the nine-box as the regulation draws
 * it (and per OPD on request), placements, a slate with near misses for every critical position, succession risks
 * with the bench metrics as a separate labelled block, the calibration log, and the Neraca Pegawai: the per-unit
 * balance and Form D, the very tables of the ABK download (services/abk/abk.sheets.ts).
 */
import type ExcelJS from 'exceljs';
import { loadExcel } from './load-renderers.js';
import { ABK_SHEETS, formDTable, unitsTable } from '../abk/abk.sheets.js';
import {
  gateLabel, jenisJabatanLabel, jenisLabel, kesesuaianLabel, kinerjaLabel, percentText,
  potensialLabel, printedAtText, readinessLabel, riskLabels,
} from './pack-labels.js';
import { addRow, printSheet, tableHeader, TITLE_ROWS } from './print-sheet.js';
import type { ReviewPack } from './review-pack.js';
import type { NineBox } from '../talent/schemas.js';

export const PACK_SHEETS = {
  grid: 'Kotak Talenta',
  gridPerOpd: 'Kotak per OPD',
  placements: 'Penempatan',
  slates: 'Suksesi',
  risks: 'Risiko Suksesi',
  calibrations: 'Kalibrasi',
  abkUnits: ABK_SHEETS.units,
  formD: ABK_SHEETS.formD,
} as const;

const thin = { style: 'thin' as const };
const BOX_BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** The grid as the review's policy lays it out from `row` (talent pool shaded), then its totals; returns the next free row. */
function drawGrid(sheet: ExcelJS.Worksheet, row: number, grid: NineBox): number {
  const placed = grid.boxes.reduce((sum, b) => sum + b.count, 0);
  const box = (n: number) => grid.boxes.find((b) => b.box === n);
  const head = sheet.getRow(row);
  head.values = ['Kinerja \\ Potensial', ...grid.grid.columns.map((c) => c.label)];
  head.font = { bold: true };
  const pool = new Set(grid.talentPool.boxes);
  grid.grid.rows.forEach((gridRow, i) => {
    const r = sheet.getRow(row + 1 + i);
    r.height = 72;
    r.getCell(1).value = gridRow.label;
    r.getCell(1).font = { bold: true };
    gridRow.boxes.forEach((n, j) => {
      const b = box(n);
      const cell = r.getCell(j + 2);
      cell.value = `Kotak ${n}\n${b?.label ?? ''}\n${b?.count ?? 0} pegawai (${percentText(b?.count ?? 0, placed)})`;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = BOX_BORDER;
      if (pool.has(n)) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDFF0D8' } };
    });
  });
  const totals = row + grid.grid.rows.length + 2;
  sheet.getCell(totals, 1).value = 'Jumlah';
  sheet.getCell(totals, 1).font = { bold: true };
  const lines: Array<[string, number]> = [
    ['Terpetakan (kotak 1–9)', placed],
    ['Belum terpetakan', grid.belumTerpetakan],
    ['Seluruh pegawai', placed + grid.belumTerpetakan],
  ];
  lines.forEach(([label, n], i) => {
    sheet.getCell(totals + 1 + i, 1).value = label;
    sheet.getCell(totals + 1 + i, 2).value = n;
  });
  return totals + lines.length + 2;
}

function addGridSheets(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const sheet = printSheet(workbook, pack, PACK_SHEETS.grid, 'Kotak talenta (PermenPANRB 3/2020)');
  [22, 34, 34, 34].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const row = drawGrid(sheet, TITLE_ROWS + 1, pack.grid);
  tableHeader(sheet, row, [
    { header: 'Kotak', width: 22 }, { header: 'Label', width: 34 }, { header: 'Jumlah', width: 34 }, { header: 'Persentase', width: 34 },
  ]);
  sheet.views = [];
  const placed = pack.grid.boxes.reduce((sum, b) => sum + b.count, 0);
  for (const b of [...pack.grid.boxes].sort((x, y) => y.box - x.box)) {
    addRow(sheet, [`Kotak ${b.box}`, `${b.label}. Rekomendasi: ${b.rekomendasi.join('; ')}`, b.count, percentText(b.count, placed)]);
  }
  if (pack.opdGrids.length === 0) return;
  const perOpd = printSheet(workbook, pack, PACK_SHEETS.gridPerOpd, 'Kotak talenta per OPD');
  [22, 34, 34, 34].forEach((w, i) => (perOpd.getColumn(i + 1).width = w));
  let at = TITLE_ROWS + 1;
  for (const { unit, grid } of pack.opdGrids) {
    perOpd.getCell(at, 1).value = `${unit.nama} (${unit.kode})`;
    perOpd.getCell(at, 1).font = { bold: true, size: 12 };
    perOpd.getRow(at).addPageBreak();
    at = drawGrid(perOpd, at + 1, grid);
  }
}

function addPlacementsSheet(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const sheet = printSheet(workbook, pack, PACK_SHEETS.placements, 'Penempatan pegawai');
  tableHeader(sheet, TITLE_ROWS + 1, [
    { header: 'NIP', width: 21 }, { header: 'Nama', width: 28 }, { header: 'Unit', width: 28 }, { header: 'Jabatan', width: 30 },
    { header: 'Skor kinerja', width: 10 }, { header: 'Kinerja', width: 18 }, { header: 'Skor potensial', width: 10 },
    { header: 'Potensial', width: 12 }, { header: 'Kotak', width: 7 }, { header: 'Kotak kalibrasi', width: 10 }, { header: 'Nilai talenta', width: 10 },
  ]);
  for (const p of pack.placements) {
    addRow(sheet, [
      p.nip, p.nama, p.unit.nama, p.jabatan.nama, p.kinerja.score, kinerjaLabel(p.kinerja.level), p.potensial.score,
      potensialLabel(p.potensial.level), p.box ?? 'Belum terpetakan', p.calibratedBox, p.nilaiTalenta,
    ]);
  }
}

function addSlatesSheet(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const sheet = printSheet(workbook, pack, PACK_SHEETS.slates, 'Suksesi jabatan kritikal (kandidat dan hampir memenuhi)');
  tableHeader(sheet, TITLE_ROWS + 1, [
    { header: 'Kode jabatan', width: 14 }, { header: 'Jabatan', width: 30 }, { header: 'Pemangku', width: 24 },
    { header: 'Peringkat', width: 9 }, { header: 'NIP', width: 21 }, { header: 'Nama', width: 26 }, { header: 'Kesiapan', width: 15 },
    { header: 'Jenis', width: 9 }, { header: 'Kesesuaian', width: 16 }, { header: 'Nilai talenta', width: 10 }, { header: 'Kotak', width: 7 },
    { header: 'Keterangan', width: 36 },
  ]);
  for (const s of pack.slates) {
    const position = [s.position.kode, `${s.position.nama} (${jenisJabatanLabel(s.position.jenisJabatan)})`, s.position.pemangku?.nama ?? 'Kosong'];
    if (s.slate.length === 0) addRow(sheet, [...position, null, null, null, null, null, null, null, null, 'Tidak ada kandidat memenuhi syarat']);
    for (const c of s.slate) {
      addRow(sheet, [...position, c.rank, c.nip, c.nama, readinessLabel(c.readiness), jenisLabel(c.jenis), kesesuaianLabel(c.kesesuaian), c.nilaiTalenta, c.box, 'Kandidat']);
    }
    for (const m of s.nearMisses) {
      addRow(sheet, [...position, null, m.nip, m.nama, null, null, null, null, m.box, `Hampir memenuhi — ${gateLabel(m.gate)}: ${m.reason}`]);
    }
  }
}

function addRisksSheet(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const sheet = printSheet(workbook, pack, PACK_SHEETS.risks, 'Risiko suksesi dan metrik bangku');
  const header = TITLE_ROWS + 1;
  tableHeader(sheet, header, [
    { header: 'Kode jabatan', width: 14 }, { header: 'Jabatan', width: 36 }, { header: 'Risiko', width: 48 },
    { header: 'Siap sekarang', width: 12 }, { header: 'Kandidat memenuhi syarat', width: 14 },
  ]);
  for (const p of pack.risks.positions) addRow(sheet, [p.kode, p.nama, riskLabels(p.risks), p.readyNow, p.eligible]);
  const totals = header + pack.risks.positions.length + 3;
  sheet.getCell(totals, 1).value = 'Ringkasan seluruh instansi';
  sheet.getCell(totals, 1).font = { bold: true };
  const m = pack.risks.metrics;
  const lines: Array<[string, string | number]> = [
    ['Jabatan kritikal', m.criticalPositions],
    ['Dengan kandidat siap sekarang', `${m.pctWithReadyNow.toFixed(1).replace('.', ',')} %`],
    ['Rata-rata kandidat memenuhi syarat per jabatan', m.meanEligible],
    ['Pegawai pada 3 slate atau lebih', m.overloadedSuccessors],
  ];
  lines.forEach(([label, value], i) => {
    sheet.getCell(totals + 1 + i, 2).value = label;
    sheet.getCell(totals + 1 + i, 3).value = value;
  });
}

function addCalibrationsSheet(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  const sheet = printSheet(workbook, pack, PACK_SHEETS.calibrations, 'Log kalibrasi');
  tableHeader(sheet, TITLE_ROWS + 1, [
    { header: 'Waktu', width: 20 }, { header: 'NIP', width: 21 }, { header: 'Nama', width: 26 }, { header: 'Dari kotak', width: 9 },
    { header: 'Ke kotak', width: 9 }, { header: 'Alasan', width: 50 }, { header: 'Oleh', width: 24 },
  ]);
  if (pack.calibrations.length === 0) addRow(sheet, ['Tidak ada kalibrasi']);
  for (const c of pack.calibrations) addRow(sheet, [printedAtText(c.at), c.nip, c.nama, c.fromBox, c.toBox, c.alasan, c.actor]);
}

/** The ABK tables with the pack's title block; a review without ABK data says so on each sheet. */
function addAbkSheets(workbook: ExcelJS.Workbook, pack: ReviewPack): void {
  for (const table of [unitsTable(pack.abk.units), formDTable(pack.abk.positions)]) {
    const sheet = printSheet(workbook, pack, table.name, table.title);
    tableHeader(sheet, TITLE_ROWS + 1, table.columns);
    if (pack.abk.units.tahun === null) {
      addRow(sheet, ['Tinjauan ini tidak memuat data ABK (Neraca Pegawai).']);
      continue;
    }
    const values = (row: (typeof table.rows)[number]) => table.columns.map((c) => row[c.key] ?? null);
    for (const row of table.rows) addRow(sheet, values(row));
    for (const row of table.totals) addRow(sheet, values(row)).font = { bold: true };
  }
}

export async function reviewPackXlsx(pack: ReviewPack): Promise<Buffer> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  workbook.creator = 'Talenta';
  workbook.created = pack.printedAt;
  addGridSheets(workbook, pack);
  addPlacementsSheet(workbook, pack);
  addSlatesSheet(workbook, pack);
  addRisksSheet(workbook, pack);
  addCalibrationsSheet(workbook, pack);
  addAbkSheets(workbook, pack);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
