/**
 * Hostile import files: zip bombs, sheets claiming far cells, giant strings, oversized CSVs. Each is refused with 422
 * naming the limit before the work it bounds is done, memory returns to its level after a refused bomb, and the
 * server keeps answering.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importsRoutes } from '../../server/routes/api/imports.routes.js';
import { importFile } from '../../services/imports/import-file.js';
import type { ServiceContext } from '../../services/context.js';
import { INSTANSI, startApi, type ApiHarness } from '../api/helpers/api-harness.js';
import { testConfig } from '../helpers/test-deps.js';
import { megabytesOf, rowXml, SHEET_OPEN, workbookEntries, writeArchive } from './helpers/xlsx-archive.js';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

const UNIT_HEADER = { A: 'kode_unit', B: 'nama_unit', C: 'kode_unit_induk' };
const MB = 1024 * 1024;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** An honest bomb: a sheet part that really inflates to `mb` MB of whitespace inside sheetData. */
function bomb(mb: number): Promise<Buffer> {
  return writeArchive(
    workbookEntries({
      sheet: function* () {
        yield `${SHEET_OPEN}<sheetData>${rowXml(1, UNIT_HEADER)}`;
        yield* megabytesOf(mb, ' ');
        yield '</sheetData></worksheet>';
      },
    }),
  );
}

describe('hostile import files', () => {
  let api: ApiHarness;
  let ctx: ServiceContext;
  let honestBomb: Buffer;

  const importAs = (data: Buffer, config: Record<string, string> = {}, kind: 'units' | 'employees' = 'units') =>
    importFile({ ...ctx, deps: { ...ctx.deps, config: testConfig(config) } }, { instansiKode: INSTANSI, kind, data });
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err);

  beforeAll(async () => {
    api = await startApi('pglite', { routes: [importsRoutes] });
    ctx = api.systemCtx;
    honestBomb = await bomb(300);
  });
  afterAll(async () => api.close());

  it('refuses a zip bomb by its declared size before inflating it, and memory returns to its level', async () => {
    expect(honestBomb.length).toBeLessThan(2 * MB);
    const before = heapAfterGc();
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    for (let i = 0; i < 5; i++) {
      const err = await refusal(importAs(honestBomb));
      expect(err).toMatchObject({
        kind: 'UNPROCESSABLE',
        code: 'import.limit_exceeded',
        details: { limit: 'IMPORT_XLSX_MAX_INFLATED_MB', max: 256 },
      });
    }
    const elapsed = performance.now() - started;
    const grown = heapAfterGc() - before;
    const peakGrowthMb = (process.resourceUsage().maxRSS - rssBefore) / 1024;
    console.info(
      `[hostile] 300 MB zip bomb ×5 refused in ${elapsed.toFixed(0)} ms; heap after GC ${(grown / MB).toFixed(2)} MB ` +
        `from before; peak RSS grew ${peakGrowthMb.toFixed(1)} MB`,
    );
    expect(elapsed).toBeLessThan(5_000);
    expect(grown).toBeLessThan(8 * MB);
    expect(peakGrowthMb).toBeLessThan(64);
  });

  it('stops inflating a part that hides its size at the size it declared', async () => {
    const liar = await writeArchive(
      workbookEntries({
        sheet: function* () {
          yield `${SHEET_OPEN}<sheetData>${rowXml(1, UNIT_HEADER)}`;
          yield* megabytesOf(200, ' ');
          yield '</sheetData></worksheet>';
        },
        sheetDeclaredSize: 4096,
      }),
    );
    const before = heapAfterGc();
    const started = performance.now();
    expect(await refusal(importAs(liar))).toMatchObject({ kind: 'UNPROCESSABLE' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(heapAfterGc() - before).toBeLessThan(8 * MB);
  });

  it('counts inflated bytes against the budget across parts', async () => {
    const file = await writeArchive(
      workbookEntries({
        sheet: function* () {
          yield `${SHEET_OPEN}<sheetData>${rowXml(1, UNIT_HEADER)}`;
          yield* megabytesOf(3, '<!-- pengisi -->');
          yield '</sheetData></worksheet>';
        },
        sharedStrings: function* () {
          yield '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
          yield* megabytesOf(3, '<!-- pengisi -->');
          yield '</sst>';
        },
      }),
    );
    expect(await refusal(importAs(file, { IMPORT_XLSX_MAX_INFLATED_MB: '5' }))).toMatchObject({
      details: { limit: 'IMPORT_XLSX_MAX_INFLATED_MB', max: 5 },
    });
  });

  it('never walks the rows × columns a sheet dimension claims: a far cell past the column limit is refused at once', async () => {
    const far = await writeArchive(
      workbookEntries({
        sheet: () => [
          `${SHEET_OPEN}<dimension ref="A1:ALL100000"/><sheetData>`,
          rowXml(1, UNIT_HEADER),
          rowXml(2, { A: 'ROOT', B: 'Pemerintah Kabupaten Uji' }),
          rowXml(100000, { ALL: 'x' }),
          '</sheetData></worksheet>',
        ],
      }),
    );
    expect(far.length).toBeLessThan(8 * 1024);
    const started = performance.now();
    const err = await refusal(importAs(far));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(err).toMatchObject({ code: 'import.limit_exceeded', details: { limit: 'IMPORT_MAX_COLUMNS', max: 256 } });
    expect((err as Error).message).toContain('kolom ke-1.000');
  });

  it('reads a sheet claiming 100,000 rows with a far cell inside the limits by its present cells only', async () => {
    const sparse = await writeArchive(
      workbookEntries({
        sheet: () => [
          `${SHEET_OPEN}<dimension ref="A1:IV100000"/><sheetData>`,
          rowXml(1, UNIT_HEADER),
          rowXml(2, { A: 'SPARSE-ROOT', B: 'Unit Jarang' }),
          rowXml(100000, { IV: 'catatan' }),
          '</sheetData></worksheet>',
        ],
      }),
    );
    const started = performance.now();
    const report = await importAs(sparse);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(report).toMatchObject({ rows: 1, inserted: 1, rejectedRows: 0 });
    expect(await refusal(importAs(sparse, { IMPORT_MAX_ROWS: '99999' }))).toMatchObject({ details: { limit: 'IMPORT_MAX_ROWS' } });
  });

  it('refuses a giant shared string as soon as it passes the cell length limit', async () => {
    const giant = await writeArchive(
      workbookEntries({
        sheet: () => [
          `${SHEET_OPEN}<sheetData>`,
          rowXml(1, UNIT_HEADER),
          '<row r="2"><c r="A2" t="inlineStr"><is><t>BESAR</t></is></c><c r="B2" t="s"><v>0</v></c></row>',
          '</sheetData></worksheet>',
        ],
        sharedStrings: function* () {
          yield '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>';
          yield* megabytesOf(100, 'Dinas ');
          yield '</t></si></sst>';
        },
      }),
    );
    expect(giant.length).toBeLessThan(1 * MB);
    const started = performance.now();
    expect(await refusal(importAs(giant))).toMatchObject({ details: { limit: 'IMPORT_MAX_CELL_CHARS', max: 32767 } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('rejects a row whose text is over the field limit, keeping the file and the other rows', async () => {
    const csv = `kode_unit,nama_unit,kode_unit_induk\nPANJANG,${'Bidang '.repeat(60)},\nPENDEK,Bidang Pendek,\n${'K'.repeat(65)},Kode Panjang,\n`;
    const report = await importAs(Buffer.from(csv));
    expect(report).toMatchObject({ rows: 3, inserted: 1, rejectedRows: 2 });
    expect(report.rejected.map((r) => [r.row, r.column])).toEqual([[2, 'nama_unit'], [4, 'kode_unit']]);
    expect(report.rejected[0]?.message).toContain('terlalu panjang: 419 karakter, paling banyak 255');
    expect(report.rejected[0]?.value.length).toBeLessThan(100);
  });

  it('refuses CSVs over the row, column and field limits', async () => {
    const rows = ['kode_unit,nama_unit', ...Array.from({ length: 60 }, (_, i) => `U${i},Unit ${i}`)].join('\n');
    expect(await refusal(importAs(Buffer.from(rows), { IMPORT_MAX_ROWS: '50' }))).toMatchObject({
      message: 'Berkas ditolak: jumlah baris melebihi 50 (batas IMPORT_MAX_ROWS = 50)',
    });
    expect(await refusal(importAs(Buffer.from(`${'a,'.repeat(300)}a\n`)))).toMatchObject({ details: { limit: 'IMPORT_MAX_COLUMNS' } });
    const long = `kode_unit,nama_unit\nX,"${'y'.repeat(40_000)}"\n`;
    expect(await refusal(importAs(Buffer.from(long)))).toMatchObject({ details: { limit: 'IMPORT_MAX_CELL_CHARS' } });
    expect(await refusal(importAs(Buffer.from('kode_unit,nama_unit\nX,Y\n'), { IMPORT_MAX_FILE_MB: '1' }))).toBeNull();
  });

  it('answers a bomb over HTTP with 422 in the contract shape, and keeps serving', async () => {
    const res = await api.call(api.tokens.ADMIN, {
      method: 'POST',
      url: `/api/v1/instansi/${INSTANSI}/imports/units`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: honestBomb,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: 'import.limit_exceeded', message: expect.stringContaining('IMPORT_XLSX_MAX_INFLATED_MB'), details: { limit: 'IMPORT_XLSX_MAX_INFLATED_MB' } },
      requestId: expect.any(String),
    });
    const after = await api.call(api.tokens.ADMIN, {
      method: 'POST',
      url: `/api/v1/instansi/${INSTANSI}/imports/units?dryRun=true`,
      headers: { 'content-type': 'text/csv' },
      payload: 'kode_unit,nama_unit\nSETELAH,Unit Setelah\n',
    });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toMatchObject({ dryRun: true, inserted: 1 });
  });
});
