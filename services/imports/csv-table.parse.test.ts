import { describe, expect, it } from 'vitest';
import { csvRecords, detectDelimiter } from './csv-table.parse.js';
import { cellText } from './xlsx-table.parse.js';

async function all(text: string): Promise<string[][]> {
  const records: string[][] = [];
  for await (const record of csvRecords(Buffer.from(text))) records.push(record);
  return records;
}

describe('CSV and XLSX cell reading', () => {
  it('picks the delimiter of the header line, ignoring quoted ones', () => {
    expect(detectDelimiter(Buffer.from('nip;nama;golongan\n1,2,3,4,5\n'))).toBe(';');
    expect(detectDelimiter(Buffer.from('"a;b;c",nip,nama\n'))).toBe(',');
  });

  it('strips the BOM, keeps quoted delimiters and line breaks, and tolerates ragged rows', async () => {
    expect(await all('\ufeffkode;nama\r\nA;"Satu; Dua"\r\nB\r\n"C";"baris\nbaru"\n')).toEqual([
      ['kode', 'nama'], ['A', 'Satu; Dua'], ['B'], ['C', 'baris\nbaru'],
    ]);
  });

  it('refuses an unterminated quote as an unreadable file', async () => {
    await expect(all('kode,nama\nA,"tanpa akhir\n')).rejects.toMatchObject({ kind: 'UNPROCESSABLE' });
  });

  it('turns XLSX cell values into text, dates into ISO and lossy NIP numbers into something that fails loudly', () => {
    expect(cellText(new Date(Date.UTC(2021, 0, 4)))).toBe('2021-01-04');
    expect(cellText({ richText: [{ text: 'Dinas ' }, { text: 'Kesehatan' }] })).toBe('Dinas Kesehatan');
    expect(cellText({ formula: 'A1+1', result: 12 })).toBe('12');
    expect(cellText(85.5)).toBe('85.5');
    expect(cellText(Number('196608011988031001'))).toMatch(/e\+17$/);
    expect(cellText(null)).toBe('');
  });
});
