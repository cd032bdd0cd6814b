import { describe, expect, it } from 'vitest';
import { decodeCsv } from './csv-encoding.js';
import { sniffFormat } from './file-format.sniff.js';

const TEXT = 'nip;nama\n1980;Ma\u2019ruf Th\u00e9resia\n';

describe('CSV encodings', () => {
  it('takes UTF-8 as it is, with or without its BOM', () => {
    const utf8 = Buffer.from(TEXT, 'utf8');
    expect(decodeCsv(utf8)).toEqual({ data: utf8, encoding: 'utf-8' });
    expect(decodeCsv(utf8).data).toBe(utf8);
    expect(decodeCsv(Buffer.from(`\ufeff${TEXT}`, 'utf8')).encoding).toBe('utf-8');
  });

  it('reads UTF-16 by its byte-order mark, little and big endian', () => {
    const le = Buffer.from(`\ufeff${TEXT}`, 'utf16le');
    expect(decodeCsv(le)).toEqual({ data: Buffer.from(TEXT, 'utf8'), encoding: 'utf-16le' });
    const be = Buffer.from(le).swap16();
    expect(decodeCsv(be)).toEqual({ data: Buffer.from(TEXT, 'utf8'), encoding: 'utf-16be' });
  });

  it('reads a file that is not UTF-8 as Windows-1252, curly quotes and accents included', () => {
    const ansi = Buffer.from([...'nip;nama\n1980;Ma'].map((c) => c.charCodeAt(0)).concat([0x92, 0x72, 0x75, 0x66, 0x20, 0x54, 0x68, 0xe9, 0x0a]));
    expect(decodeCsv(ansi)).toEqual({ data: Buffer.from('nip;nama\n1980;Ma\u2019ruf Th\u00e9\n', 'utf8'), encoding: 'windows-1252' });
  });

  it('lets UTF-16 text through the format sniffing, and still refuses binary files', () => {
    expect(sniffFormat(Buffer.from(`\ufeff${TEXT}`, 'utf16le'))).toBe('csv');
    expect(() => sniffFormat(Buffer.from(TEXT, 'utf16le'))).toThrow(/bukan CSV atau XLSX/);
    expect(() => sniffFormat(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toThrow(/bukan CSV atau XLSX/);
  });
});
