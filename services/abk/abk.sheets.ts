/**
 * The ABK sheets: what each shows (its columns in Bahasa Indonesia, as a Bagian Organisasi or BKD analyst reads them,
 * and its rows), apart from the workbook that prints it — the ABK download ({@link addAbkSheet}) and the committee
 * pack (services/exports) print the same tables, each with its own title block. Pure layout over what the ABK read
 * verbs returned.
 * - "Form D": the NTT-style form — jabatan, beban kerja, kebutuhan, existing ASN and PPPK, +/−, kurang/lebih, EJ, PJ.
 * - "Neraca per Unit": per unit, the sums over its subtree, as `GET …/abk/units`.
 * - "Rincian kebutuhan 5 tahun": per jabatan per year, as SIASN's rincian kebutuhan.
 * - "Redistribusi": each proposed move with its named candidates and why.
 */
import type ExcelJS from 'exceljs';
import { safeCell } from '../exports/formula-guard.js';
import type { AbkOutlook, AbkPositions, AbkRedistribution, AbkUnits } from './schemas.js';

export interface AbkColumn {
  header: string;
  key: string;
  width: number;
}

export type AbkCell = string | number | null | undefined;
type AbkRow = Record<string, AbkCell>;

/** One ABK sheet's content. */
export interface AbkTable {
  /** The worksheet's name. */
  name: string;
  title: string;
  columns: AbkColumn[];
  rows: AbkRow[];
  /** Rows printed bold after the others. */
  totals: AbkRow[];
}

export const ABK_SHEETS = {
  formD: 'Form D',
  units: 'Neraca per Unit',
  rincian: 'Rincian kebutuhan 5 tahun',
  redistribusi: 'Redistribusi',
} as const;

/** Rows above a table in the ABK download: the title, a blank row. */
const TABLE_HEADER_ROW = 3;

/** A worksheet of the ABK download: A4 landscape, fitted to the width, its table header frozen and repeated on every page. */
export function addAbkSheet(workbook: ExcelJS.Workbook, table: AbkTable): void {
  const sheet = workbook.addWorksheet(table.name, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: `&L&8Talenta · ${table.name}&R&8Halaman &P dari &N` },
  });
  sheet.addRow([safeCell(table.title)]).font = { bold: true, size: 12 };
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).key = c.key;
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.views = [{ state: 'frozen', ySplit: TABLE_HEADER_ROW }];
  sheet.pageSetup.printTitlesRow = `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`;
  // Text through the formula guard: names and task descriptions come from imported files.
  const add = (row: AbkRow) => sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)])));
  for (const row of table.rows) add(row);
  for (const row of table.totals) add(row).font = { bold: true };
}

function titleOf(head: { tahun: number | null; unit: { nama: string } | null; review: { asOf: string } }, what: string): string {
  const tahun = head.tahun === null ? 'tanpa data ABK' : `ABK tahun ${head.tahun}`;
  return `${what} — ${head.unit?.nama ?? 'seluruh instansi'} (${tahun}, keadaan ${head.review.asOf})`;
}

export function formDTable(data: AbkPositions): AbkTable {
  const columns = [
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
  ];
  const rows = data.positions.map((p, i) => ({
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
  }));
  const t = data.total;
  const total = {
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
  };
  return { name: ABK_SHEETS.formD, title: titleOf(data, 'Form D: Efektivitas dan Prestasi Kerja Jabatan'), columns, rows, totals: [total] };
}

export function unitsTable(data: AbkUnits): AbkTable {
  const columns = [
    { header: 'Kode unit', key: 'kode', width: 14 },
    { header: 'Unit', key: 'nama', width: 40 },
    { header: 'Unit induk', key: 'kodeInduk', width: 14 },
    { header: 'Jabatan', key: 'positions', width: 9 },
    { header: 'Jumlah Kebutuhan Pegawai', key: 'kebutuhan', width: 12 },
    { header: 'Jumlah ASN (PNS)', key: 'existingPns', width: 10 },
    { header: 'Jumlah PPPK', key: 'existingPppk', width: 10 },
    { header: 'Pegawai ada', key: 'existing', width: 10 },
    { header: 'Kebutuhan: kurang', key: 'kurang', width: 10 },
    { header: 'Kebutuhan: lebih', key: 'lebih', width: 10 },
    { header: 'Jabatan kurang', key: 'positionsKurang', width: 10 },
    { header: 'Jabatan lebih', key: 'positionsLebih', width: 10 },
    { header: 'Jabatan kosong', key: 'jabatanKosong', width: 10 },
    { header: 'EU', key: 'eu', width: 8 },
    { header: 'PJ', key: 'pj', width: 16 },
  ];
  const band = (b: AbkUnits['total']['euBand']) => (b === null ? null : `${b.band} (${b.label})`);
  const rows = data.units.map(({ euBand, ...u }) => ({ ...u, pj: band(euBand) }));
  const { euBand, ...t } = data.total;
  return {
    name: ABK_SHEETS.units,
    title: titleOf(data, 'Neraca pegawai per unit (jumlah unit beserta unit di bawahnya)'),
    columns,
    rows,
    totals: [{ ...t, nama: 'Jumlah', pj: band(euBand) }],
  };
}

export function rincianTable(data: AbkOutlook): AbkTable {
  const columns = [
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
  ];
  return {
    name: ABK_SHEETS.rincian,
    title: titleOf(data, 'Rincian kebutuhan pegawai per jabatan per tahun'),
    columns,
    rows: data.positions.flatMap((p) => p.years.map((y) => ({ kode: p.kode, nama: p.nama, unit: p.unit.nama, ...y }))),
    totals: data.totals.map((y) => ({ nama: 'Jumlah', ...y })),
  };
}

export function redistribusiTable(data: AbkRedistribution): AbkTable {
  const columns = [
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
  ];
  const rows: AbkRow[] = [];
  const where = (p: { nama: string; unit: { nama: string } }) => `${p.nama} — ${p.unit.nama}`;
  for (const j of data.jabatan) {
    for (const m of j.moves) {
      const move = { jabatan: j.nama, dari: where(m.from), ke: where(m.to), jumlah: m.jumlah };
      for (const c of m.candidates) {
        rows.push({
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
        rows.push({ ...move, alasan: `${m.candidateCount} pegawai memenuhi syarat mutasi; nama tidak ditampilkan untuk peran ini` });
      }
      if (m.tanpaKandidat > 0) {
        rows.push({ ...move, alasan: `${m.tanpaKandidat} tempat tanpa pegawai yang memenuhi syarat mutasi` });
      }
    }
    for (const s of j.sisaKurang) rows.push({ jabatan: j.nama, ke: where(s), jumlah: s.jumlah, alasan: 'sisa kekurangan: diusulkan formasi' });
    for (const s of j.sisaLebih) rows.push({ jabatan: j.nama, dari: where(s), jumlah: s.jumlah, alasan: 'sisa kelebihan: tidak ada kekurangan jabatan yang sama' });
  }
  return { name: ABK_SHEETS.redistribusi, title: titleOf(data, 'Redistribusi pegawai dalam jabatan yang sama (PP 11/2017 Pasal 190–191)'), columns, rows, totals: [] };
}
