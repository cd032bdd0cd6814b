/**
 * The committee pack read back as the committee gets it: the XLSX (sheets in Bahasa Indonesia, title block, print
 * settings, the nine-box as the regulation draws it, every critical position, totals apart, the calibration log with
 * a formula-looking reason kept inert) and the PDF (a real A4 landscape page, rendered with poppler).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { calibrationsRoutes } from '../../server/routes/api/calibrations.routes.js';
import { exportsRoutes } from '../../server/routes/api/exports.routes.js';
import { importsRoutes } from '../../server/routes/api/imports.routes.js';
import { reviewsRoutes } from '../../server/routes/api/reviews.routes.js';
import { PACK_SHEETS } from '../../services/exports/review-pack.xlsx.js';
import { INSTANSI, startApi, type ApiHarness } from '../api/helpers/api-harness.js';
import { createCapturingQueue, NIP, seedTalent } from '../api/helpers/talent-seed.js';
import { eachDatabase } from '../helpers/test-db.js';

const HYPERLINK = '=HYPERLINK("http://contoh.invalid/curi","Klik di sini")';
const base = `/api/v1/instansi/${INSTANSI}`;

eachDatabase('committee pack', (lane) => {
  let api: ApiHarness;
  const { jobs, queue } = createCapturingQueue();
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pack-'));
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    api = await startApi(lane, { routes: [importsRoutes, reviewsRoutes, calibrationsRoutes, exportsRoutes], deps: { queue } });
    await seedTalent(api, jobs);
    const calibrated = await api.call(api.tokens.KOMITE, {
      method: 'POST', url: `${base}/reviews/latest/calibrations`, payload: { nip: NIP.stafB2, box: 8, alasan: HYPERLINK },
    });
    expect(calibrated.statusCode, calibrated.body).toBe(200);
    const res = await api.call(api.tokens.KOMITE, { method: 'GET', url: `${base}/reviews/latest/export.xlsx?perOpd=true` });
    expect(res.statusCode, res.body).toBe(200);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has Indonesian sheet names, each with the title block and print settings', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.values(PACK_SHEETS));
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A1').value, sheet.name).toBe('Pemerintah Kabupaten Uji');
      expect(sheet.getCell('A2').text).toMatch(/^Paket Komite Talenta — /);
      expect(sheet.getCell('A3').text).toMatch(/^Tinjauan talenta per \d{4}-\d{2}-\d{2} · Status: Draf$/);
      expect(sheet.getCell('A4').text).toMatch(/^Dicetak: \d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB$/);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(sheet.headerFooter.oddFooter).toContain('Halaman &P dari &N');
    }
    for (const name of [PACK_SHEETS.placements, PACK_SHEETS.slates, PACK_SHEETS.risks, PACK_SHEETS.calibrations]) {
      expect(workbook.getWorksheet(name)!.pageSetup.printTitlesRow, name).toBe('6:6');
    }
  });

  it('draws the nine-box as the regulation does, rows 4 7 9 / 2 5 8 / 1 3 6, with labels, counts and %, totals apart', () => {
    const sheet = workbook.getWorksheet(PACK_SHEETS.grid)!;
    expect(sheet.getRow(6).values).toEqual([undefined, 'Kinerja \\ Potensial', 'Rendah', 'Menengah', 'Tinggi']);
    const boxOf = (row: number, col: number) => Number(/^Kotak (\d)/.exec(sheet.getCell(row, col).text)?.[1]);
    expect([7, 8, 9].map((r) => [2, 3, 4].map((c) => boxOf(r, c)))).toEqual([[4, 7, 9], [2, 5, 8], [1, 3, 6]]);
    expect([7, 8, 9].map((r) => sheet.getCell(r, 1).value)).toEqual(['Di atas ekspektasi', 'Sesuai ekspektasi', 'Di bawah ekspektasi']);
    expect(sheet.getCell(7, 4).text).toMatch(/^Kotak 9\n.+\n\d+ pegawai \(\d+,\d %\)$/);
    expect(sheet.getCell(11, 1).value).toBe('Jumlah');
    expect(sheet.getCell(12, 1).value).toBe('Terpetakan (kotak 1–9)');
    expect(sheet.getCell(14, 1).value).toBe('Seluruh pegawai');
    expect(Number(sheet.getCell(14, 2).value)).toBe(Number(sheet.getCell(12, 2).value) + Number(sheet.getCell(13, 2).value));
    const perOpd = workbook.getWorksheet(PACK_SHEETS.gridPerOpd)!;
    const titles = perOpd.getColumn(1).values.map(String);
    expect(titles).toEqual(expect.arrayContaining(['Dinas Pendidikan (OPD-A)', 'Dinas Kesehatan (OPD-B)']));
  });

  it('lists a slate or its absence for every critical position, with Indonesian labels instead of codes', () => {
    const sheet = workbook.getWorksheet(PACK_SHEETS.slates)!;
    const kodes = new Set(sheet.getColumn(1).values.slice(7).map(String));
    expect(kodes).toEqual(new Set(['KADIS-A', 'KABID-A1', 'KADIS-B']));
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).not.toMatch(/SIAP_SEKARANG|SIAP_1_2_TAHUN|DI_ATAS|PROMOSI"/);
    expect(text).toMatch(/Siap sekarang|Siap 1–2 tahun|Tidak ada kandidat memenuhi syarat/);
  });

  it('says on the Neraca Pegawai sheets that a review without ABK data has none, instead of failing', () => {
    for (const name of [PACK_SHEETS.abkUnits, PACK_SHEETS.formD]) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.getCell('A2').text, name).toContain('tanpa data ABK');
      expect(sheet.getCell('A7').value, name).toBe('Tinjauan ini tidak memuat data ABK (Neraca Pegawai).');
    }
  });

  it('keeps a formula-looking reason in the calibration log as inert text', () => {
    const sheet = workbook.getWorksheet(PACK_SHEETS.calibrations)!;
    const reason = sheet.getCell(7, 6);
    expect(reason.value).toBe(`'${HYPERLINK}`);
    expect(reason.type).toBe(ExcelJS.ValueType.String);
    expect(reason.formula).toBeUndefined();
    expect(sheet.getCell(7, 4).value).not.toBe(sheet.getCell(7, 5).value);
  });

  it('writes one export.review audit row per download', async () => {
    const { queryRows } = await import('../../db/sql.js');
    const { sql } = await import('drizzle-orm');
    const rows = await queryRows<{ action: string; details: Record<string, unknown> }>(
      api.handle.db,
      sql`select action, details from audit_log where action = 'export.review'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.details).toMatchObject({ format: 'xlsx', positions: 3, calibrations: 1 });
  });

  it('renders the same pack as an A4 landscape PDF whose first page is a real, non-empty page', async () => {
    const res = await api.call(api.tokens.ADMIN, { method: 'GET', url: `${base}/reviews/latest/export.pdf` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const path = join(dir, 'paket.pdf');
    writeFileSync(path, pdf);
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThanOrEqual(5);
    const render = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(dir, 'halaman')], { encoding: 'utf8' });
    expect(render.status, render.stderr).toBe(0);
    const { width, height } = pngSize(readFileSync(join(dir, 'halaman-1.png')));
    expect(width).toBeGreaterThan(height);
    const gray = spawnSync('pdftoppm', ['-gray', '-r', '60', '-f', '1', '-l', '1', path, join(dir, 'abu')], { encoding: 'utf8' });
    expect(gray.status, gray.stderr).toBe(0);
    // Text and the grid's lines and shading: a blank page would be 0.
    expect(inkShare(readFileSync(join(dir, 'abu-1.pgm')))).toBeGreaterThan(0.01);
    const text = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Paket Komite Talenta');
    expect(text).toContain('Kotak 9');
    expect(text).toMatch(/Halaman 1 dari \d+/);
    expect(text).toContain('KADIS-B');
  });
});

/** Size of a PNG from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Share of the pixels of a binary PGM (P5, 8-bit, as `pdftoppm -gray` writes) darker than light grey. */
function inkShare(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('not an 8-bit PGM');
  const pixels = pgm.subarray(header[0].length);
  let dark = 0;
  for (const value of pixels) if (value < 200) dark++;
  return dark / pixels.length;
}
