import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../lib/config-schema.js';
import { importLimitsOf, type ImportLimits } from '../import-limits.js';
import { csvRecords, detectDelimiter } from './csv-records.js';
import { numberCellText } from './xlsx-records.js';

const parsed = parseConfig({});
if (!parsed.ok) throw new Error('default config must parse');
const DEFAULTS = importLimitsOf(parsed.config);

async function all(text: string, limits: ImportLimits = DEFAULTS) {
  const records = [];
  for await (const record of csvRecords(Buffer.from(text), limits)) records.push(record);
  return records;
}

describe('CSV records', () => {
  it('picks the delimiter of the first lines, ignoring quoted ones and title lines', () => {
    expect(detectDelimiter(Buffer.from('nip;nama;nilai_skp\n1980;Budi;87,5\n1981;Ani;90,25\n'))).toBe(';');
    expect(detectDelimiter(Buffer.from('nip,nama,nilai\n1980,"Budi; S.E.",87\n'))).toBe(',');
    expect(detectDelimiter(Buffer.from('"a;b;c",nip,nama\n'))).toBe(',');
    expect(detectDelimiter(Buffer.from('DAFTAR PEGAWAI\nKABUPATEN UJI\nnip;nama;gol\n1;2;3\n'))).toBe(';');
  });

  it('picks tab for a tab-delimited file, decimal commas and title rows notwithstanding, and not for a stray tab', () => {
    expect(detectDelimiter(Buffer.from('nip\tnama\tjpm\tnilai\r\n1980\tBudi\t82,5\t77,25\r\n'))).toBe('\t');
    expect(detectDelimiter(Buffer.from('DAFTAR PEGAWAI\t\t\n\nnip\tnama\tgol\n1\t2\t3\n'))).toBe('\t');
    expect(detectDelimiter(Buffer.from('nip,nama,catatan\n1,Budi,"a\tb"\n2,Ani,c\td\n3,Eko,e\n4,Rina,f\n'))).toBe(',');
  });

  it('reads the cells of a tab-delimited file', async () => {
    expect(await all('nip\tnama\r\n1980\tBudi, S.E.\r\n')).toEqual([
      { row: 1, cells: ['nip', 'nama'] },
      { row: 2, cells: ['1980', 'Budi, S.E.'] },
    ]);
  });

  it('strips the BOM, keeps quoted delimiters and line breaks, tolerates ragged rows, and numbers records as rows', async () => {
    expect(await all('\ufeffkode;nama\r\nA;"Satu; Dua"\r\nB\r\n"C";"baris\nbaru"\n')).toEqual([
      { row: 1, cells: ['kode', 'nama'] },
      { row: 2, cells: ['A', 'Satu; Dua'] },
      { row: 3, cells: ['B'] },
      { row: 4, cells: ['C', 'baris\nbaru'] },
    ]);
  });

  it('refuses an unterminated quote as an unreadable file', async () => {
    await expect(all('kode,nama\nA,"tanpa akhir\n')).rejects.toMatchObject({ kind: 'UNPROCESSABLE' });
  });

  it('refuses a file over the row, column, field-length or cell limit, naming the setting', async () => {
    const small = { ...DEFAULTS, maxRows: 3, maxColumns: 3, maxCellChars: 10, maxCells: 8 };
    await expect(all('a\nb\nc\nd\n', small)).rejects.toMatchObject({ code: 'import.limit_exceeded', details: { limit: 'IMPORT_MAX_ROWS', max: 3 } });
    await expect(all('a,b,c,d\n', small)).rejects.toMatchObject({ details: { limit: 'IMPORT_MAX_COLUMNS' } });
    await expect(all(`a,${'x'.repeat(11)}\n`, small)).rejects.toMatchObject({ details: { limit: 'IMPORT_MAX_CELL_CHARS' } });
    await expect(all('a,b,c\na,b,c\na,b,c\n', small)).rejects.toMatchObject({ details: { limit: 'IMPORT_MAX_CELLS' } });
    await expect(all(`a,"${'x'.repeat(100)}`, small)).rejects.toMatchObject({ details: { limit: 'IMPORT_MAX_CELL_CHARS' } });
  });
});

describe('XLSX number cells', () => {
  it.each([
    ['85.5', '85.5'],
    ['87.499999999999993', '87.5'],
    ['2024', '2024'],
    ['1.98001012005011E+17', '1.98001012005011E+17'],
    ['198001012005011000', '1.98001012005011E+17'],
  ])('shows %s as %s (16+ digit numbers in exponent form, so a NIP stored as a number fails loudly)', (raw, shown) => {
    expect(numberCellText(raw)).toBe(shown);
  });
});
