/**
 * The committee pack carries the Neraca Pegawai of its review: the ABK scenario (test/api/helpers/abk-scenario.ts),
 * whose balance is worked out by hand below, downloaded over HTTP as XLSX and PDF — the sheets are the ABK download's
 * own tables, the PDF says it in words, and a committee member scoped to one OPD sees only that OPD.
 *
 * By hand (kebutuhan / pegawai ada): AJUDAN at ROOT 2/3 (lebih 1); Dinas Pendidikan: ADM-A 2/5 (lebih 3), KADIS-A 1/1,
 * GURU-A in A-1 3/2 (kurang 1); Dinas Kesehatan: ADM-B 2/0 and the critical KABID-B 1/0 (both vacant), PERAWAT-B 2/1
 * (one PPPK). Dinas Pendidikan 6/8, kurang 1, lebih 3; Dinas Kesehatan 5/1, kurang 4; all 13/12, kurang 5, lebih 4.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiRoutes } from '../../server/routes/api/index.js';
import { createToken } from '../../services/access/tokens/create-token.js';
import { PACK_SHEETS } from '../../services/exports/review-pack.xlsx.js';
import { INSTANSI, type ApiHarness } from '../api/helpers/api-harness.js';
import { startAbkScenario } from '../api/helpers/abk-scenario.js';
import { eachDatabase } from '../helpers/test-db.js';

const B = `/api/v1/instansi/${INSTANSI}`;

/** The rows of a sheet from its table header on, as arrays of cell values (1-based, as exceljs gives them). */
function rowsFrom(workbook: ExcelJS.Workbook, name: string, header: number): unknown[][] {
  return (workbook.getWorksheet(name)!.getSheetValues().slice(header) as unknown[]).filter(Array.isArray) as unknown[][];
}

eachDatabase('committee pack with the Neraca Pegawai', (lane) => {
  let api: ApiHarness;
  let komiteB: string;
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pack-abk-'));

  const download = async (token: string, format: 'xlsx' | 'pdf'): Promise<Buffer> => {
    const res = await api.call(token, { method: 'GET', url: `${B}/reviews/latest/export.${format}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.rawPayload;
  };
  const workbookOf = async (data: Buffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    return workbook;
  };
  const pdfText = (data: Buffer, name: string) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).stdout;
  };

  beforeAll(async () => {
    const scenario = await startAbkScenario(lane, { plugins: [apiRoutes] });
    api = scenario.api;
    await scenario.review();
    komiteB = (await createToken(api.systemCtx, { role: 'KOMITE', name: 'komite-b', instansiKode: INSTANSI, unitKode: 'OPD-B' })).token;
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds the per-unit balance and Form D, print-ready with the pack title block, Form D row for row as the ABK download', async () => {
    const workbook = await workbookOf(await download(api.tokens.KOMITE, 'xlsx'));
    expect(workbook.worksheets.map((w) => w.name).slice(-2)).toEqual([PACK_SHEETS.abkUnits, PACK_SHEETS.formD]);
    for (const name of [PACK_SHEETS.abkUnits, PACK_SHEETS.formD]) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.getCell('A2').text, name).toMatch(/^Paket Komite Talenta — .*ABK tahun 2026/);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '6:6' });
    }
    // kode, unit, induk, jabatan, kebutuhan, PNS, PPPK, ada, kurang, lebih, jabatan kurang, jabatan lebih, kosong
    const units = Object.fromEntries(rowsFrom(workbook, PACK_SHEETS.abkUnits, 7).map((r) => [r[1], r.slice(1, 14)]));
    expect(units['OPD-A']).toEqual(['OPD-A', 'Dinas Pendidikan', 'ROOT', 3, 6, 8, 0, 8, 1, 3, 1, 1, 0]);
    expect(units['OPD-B']).toEqual(['OPD-B', 'Dinas Kesehatan', 'ROOT', 3, 5, 0, 1, 1, 4, 0, 3, 0, 2]);
    expect(rowsFrom(workbook, PACK_SHEETS.abkUnits, 7).at(-1)!.slice(2, 11)).toEqual(['Jumlah', undefined, 7, 13, 11, 1, 12, 5, 4]);

    const abk = await workbookOf((await api.call(api.tokens.KOMITE, { method: 'GET', url: `${B}/abk/export.xlsx` })).rawPayload);
    const formD = rowsFrom(workbook, PACK_SHEETS.formD, 7);
    expect(formD).toEqual(rowsFrom(abk, 'Form D', 4));
    expect(formD.find((r) => r[2] === 'Ajudan')!.slice(4, 14)).toEqual([2820, 2.256, 2, 3, 0, 1, 0, 1, 0.752, 'C (Cukup)']);
  });

  it('says in the PDF, in words, what each unit needs and has and which positions are most short', async () => {
    const text = pdfText(await download(api.tokens.KOMITE, 'pdf'), 'neraca.pdf');
    const neraca = text.slice(text.lastIndexOf('Neraca Pegawai (ABK)'));
    const sentence = neraca.replace(/\s+/g, ' ');
    expect(sentence).toContain('Seluruh instansi, ABK tahun 2026: kebutuhan 13 pegawai pada 7 jabatan; pegawai ada 12 (PNS 11, PPPK 1). ' +
      'Kurang 5 pegawai pada 4 jabatan, lebih 4 pegawai pada 2 jabatan; 2 jabatan kosong.');
    // The root's own positions (Ajudan), so the rows add up to the total; the label may wrap.
    expect(neraca).toMatch(/Pemerintah Kabupaten Uji \(tanpa unit di(?: bawahnya\))?\s+1\s+2\s+3\s+0\s+1\s+0\s+Lebih 1 pegawai/);
    expect(neraca).toMatch(/Dinas Pendidikan\s+3\s+6\s+8\s+1\s+3\s+0\s+Kurang 1, lebih 3 pegawai/);
    expect(neraca).toMatch(/Dinas Kesehatan\s+3\s+5\s+1\s+4\s+0\s+2\s+Kurang 4 pegawai/);
    expect(neraca).toMatch(/Jumlah\s+7\s+13\s+12\s+5\s+4\s+2\s+Kurang 5, lebih 4 pegawai/);
    expect(neraca).toContain('Jabatan dengan kekurangan terbesar (4 dari 4 jabatan yang kurang)');
    const ranked = [...neraca.matchAll(/^\s*(\d+)\s+(.+?)\s+\((ADM-B|KABID-B|GURU-A|PERAWAT-B)\)/gm)].map((m) => [m[1], m[3]]);
    expect(ranked).toEqual([['1', 'ADM-B'], ['2', 'KABID-B'], ['3', 'GURU-A'], ['4', 'PERAWAT-B']]);
    expect(neraca).toMatch(/jabatan kosong; jabatan\s+kritikal/);
  });

  it('shows a committee member scoped to Dinas Kesehatan only its own units, in both formats', async () => {
    const workbook = await workbookOf(await download(komiteB, 'xlsx'));
    expect(rowsFrom(workbook, PACK_SHEETS.abkUnits, 7).map((r) => r[1] ?? r[2])).toEqual(['OPD-B', 'Jumlah']);
    const formD = rowsFrom(workbook, PACK_SHEETS.formD, 7);
    expect(formD.map((r) => r[3]).slice(0, -1)).toEqual(['Dinas Kesehatan', 'Dinas Kesehatan', 'Dinas Kesehatan']);
    expect(formD.at(-1)!.slice(2, 12)).toEqual(['Jumlah', undefined, undefined, 4.5, 5, 0, 1, -4, 4, 0]);

    const text = pdfText(await download(komiteB, 'pdf'), 'neraca-b.pdf');
    const neraca = text.slice(text.lastIndexOf('Neraca Pegawai (ABK)'));
    expect(neraca.replace(/\s+/g, ' ')).toContain('Dinas Kesehatan, ABK tahun 2026: kebutuhan 5 pegawai pada 3 jabatan; pegawai ada 1 (PNS 0, PPPK 1).');
    expect(neraca).toMatch(/Jumlah\s+3\s+5\s+1\s+4\s+0\s+2\s+Kurang 4 pegawai/);
    expect(neraca).not.toMatch(/Dinas Pendidikan|Ajudan|Guru/);
  });
});
