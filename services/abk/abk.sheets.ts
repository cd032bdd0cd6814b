/**
 * The ABK sheets of a workbook. Pure layout: they receive what the ABK read verbs returned and write cells, with
 * headers in Bahasa Indonesia as a Bagian Organisasi or BKD analyst reads them.
 * - "Form D": the NTT-style form — jabatan, beban kerja, kebutuhan, existing ASN and PPPK, +/−, kurang/lebih, EJ, PJ.
 * - "Rincian kebutuhan 5 tahun": per jabatan per year, as SIASN's rincian kebutuhan.
 * - "Redistribusi": each proposed move with its named candidates and why.
 */
import type ExcelJS from 'exceljs';
import { safeCell } from '../exports/formula-guard.js';
import type { AbkOutlook, AbkPositions, AbkRedistribution } from './schemas.js';

interface Column {
  header: string;
  key: string;
  width: number;
}

/** Rows above a table: the title, a blank row. */
const TABLE_HEADER_ROW = 3;

/** A worksheet printed A4 landscape, fitted to the width, its table header frozen and repeated on every page. */
function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: Column[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L&8Talenta · ${name}&R&8Halaman &P dari &N` },
  });
  sheet.addRow([safeCell(title)]).font = { bold: true, size: 12 };
  sheet.addRow([]);
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    sheet.getColumn(i + 1).key = c.key;
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.views = [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }];
  sheet.pageSetup.printTitlesRow = `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`;
  return sheet;
}

/** Adds a row of values, text through the formula guard (names and task descriptions come from imported files). */
function addRow(sheet: ExcelJS.Worksheet, values: Record<string, unknown>): ExcelJS.Row {
  return sheet.addRow(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, safeCell(v)])));
}

function titleOf(head: { tahun: number | null; unit: { nama: string } | null; review: { asOf: string } }, what: string): string {
  const tahun = head.tahun === null ? 'tanpa data ABK' : `ABK tahun ${head.tahun}`;
  return `${what} — ${head.unit?.nama ?? 'seluruh instansi'} (${tahun}, keadaan ${head.review.asOf})`;
}

export function addFormDSheet(workbook: ExcelJS.Workbook, data: AbkPositions): void {
  const sheet = addSheet(workbook, 'Form D', titleOf(data, 'Form D: Efektivitas dan Prestasi Kerja Jabatan'), [
    { header: 'No', key: 'no', width: 5 },
    { header: 'Nama Jabatan', key: 'nama', width: 40 },
    { header: 'Unit', key: 'unit', width: 34 },
    { header: 'Jumlah Beban Kerja Jabatan (jam)', key: 'beban', width: 16 },
    { header: 'Kebutuhan (hitung)', key: 'hitung', width: 12 },
    { header: 'Jumlah Kebutuhan Pegawai', key: 'kebutuhan', width: 12 },
    { header: 'Jumlah ASN (PNS)', key: 'pns', width: 10 },
    { header: 'Jumlah PPPK', key: 'pppk', width: 10 },
    { header: '+/−', key: 'selisih', width: 7 },
    { header: 'Kebutuhan: kurang', key: 'kurang', width: 10 },
    { header: 'Kebutuhan: lebih', key: 'lebih', width: 10 },
    { header: 'EJ', key: 'ej', width: 8 },
    { header: 'PJ', key: 'pj', width: 16 },
    { header: 'Sumber', key: 'sumber', width: 14 },
  ]);
  data.positions.forEach((p, i) => {
    addRow(sheet, {
      no: i + 1,
      nama: p.nama,
      unit: p.unit.nama,
      beban: p.bebanKerjaJam,
      hitung: p.kebutuhanHitung,
      kebutuhan: p.kebutuhan,
      pns: p.existingPns,
      pppk: p.existingPppk,
      selisih: p.selisih,
      kurang: p.kurang,
      lebih: p.lebih,
      ej: p.ej,
      pj: p.kosong ? 'Jabatan kosong' : p.ejBand === null ? null : `${p.ejBand.band} (${p.ejBand.label})`,
      sumber: p.sumberHitung === 'TUGAS' ? 'Uraian tugas' : (p.sumber ?? 'Hasil ABK'),
    });
  });
  const t = data.total;
  const total = addRow(sheet, {
    nama: 'Jumlah',
    hitung: t.kebutuhanHitung,
    kebutuhan: t.kebutuhan,
    pns: t.existingPns,
    pppk: t.existingPppk,
    selisih: t.existing - t.kebutuhan,
    kurang: t.kurang,
    lebih: t.lebih,
    ej: t.eu,
    pj: t.euBand === null ? null : `EU ${t.euBand.band} (${t.euBand.label})`,
  });
  total.font = { bold: true };
}

export function addRincianSheet(workbook: ExcelJS.Workbook, data: AbkOutlook): void {
  const sheet = addSheet(workbook, 'Rincian kebutuhan 5 tahun', titleOf(data, 'Rincian kebutuhan pegawai per jabatan per tahun'), [
    { header: 'Kode jabatan', key: 'kode', width: 18 },
    { header: 'Nama Jabatan', key: 'nama', width: 40 },
    { header: 'Unit', key: 'unit', width: 34 },
    { header: 'Tahun', key: 'tahun', width: 8 },
    { header: 'Kebutuhan', key: 'kebutuhan', width: 11 },
    { header: 'Pegawai ada (31 Desember)', key: 'existing', width: 14 },
    { header: 'Pensiun (kumulatif)', key: 'pensiun', width: 12 },
    { header: 'Kurang', key: 'kurang', width: 9 },
    { header: 'Lebih', key: 'lebih', width: 9 },
    { header: 'Usulan formasi', key: 'formasi', width: 11 },
  ]);
  for (const p of data.positions) {
    for (const y of p.years) addRow(sheet, { kode: p.kode, nama: p.nama, unit: p.unit.nama, ...y });
  }
  for (const y of data.totals) addRow(sheet, { nama: 'Jumlah', ...y }).font = { bold: true };
}

export function addRedistribusiSheet(workbook: ExcelJS.Workbook, data: AbkRedistribution): void {
  const sheet = addSheet(workbook, 'Redistribusi', titleOf(data, 'Redistribusi pegawai dalam jabatan yang sama (PP 11/2017 Pasal 190–191)'), [
    { header: 'Jabatan', key: 'jabatan', width: 34 },
    { header: 'Dari', key: 'dari', width: 40 },
    { header: 'Ke', key: 'ke', width: 40 },
    { header: 'Jumlah', key: 'jumlah', width: 8 },
    { header: 'NIP', key: 'nip', width: 20 },
    { header: 'Nama', key: 'nama', width: 28 },
    { header: 'Kotak', key: 'box', width: 7 },
    { header: 'Kesesuaian', key: 'kesesuaian', width: 11 },
    { header: 'Masa jabatan (tahun)', key: 'masa', width: 10 },
    { header: 'Pensiun', key: 'pensiun', width: 12 },
    { header: 'Disarankan', key: 'disarankan', width: 10 },
    { header: 'Alasan', key: 'alasan', width: 90 },
  ]);
  const where = (p: { nama: string; unit: { nama: string } }) => `${p.nama} — ${p.unit.nama}`;
  for (const j of data.jabatan) {
    for (const m of j.moves) {
      const move = { jabatan: j.nama, dari: where(m.from), ke: where(m.to), jumlah: m.jumlah };
      for (const c of m.candidates) {
        addRow(sheet, {
          ...move,
          nip: c.nip,
          nama: c.nama,
          box: c.box,
          kesesuaian: c.kesesuaian,
          masa: c.yearsInPost,
          pensiun: c.retirementDate,
          disarankan: c.disarankan ? 'Ya' : 'Cadangan',
          alasan: [...c.flags, ...c.alasan].join('; '),
        });
      }
      if (m.candidatesHidden) {
        addRow(sheet, { ...move, alasan: `${m.candidateCount} pegawai memenuhi syarat mutasi; nama tidak ditampilkan untuk peran ini` });
      }
      if (m.tanpaKandidat > 0) {
        addRow(sheet, { ...move, alasan: `${m.tanpaKandidat} tempat tanpa pegawai yang memenuhi syarat mutasi` });
      }
    }
    for (const s of j.sisaKurang) addRow(sheet, { jabatan: j.nama, ke: where(s), jumlah: s.jumlah, alasan: 'sisa kekurangan: diusulkan formasi' });
    for (const s of j.sisaLebih) addRow(sheet, { jabatan: j.nama, dari: where(s), jumlah: s.jumlah, alasan: 'sisa kelebihan: tidak ada kekurangan jabatan yang sama' });
  }
}
