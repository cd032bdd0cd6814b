import { describe, expect, test } from 'vitest';
import { readWrittenCase } from './written-case.js';

describe('what capitals say about names', () => {
  test('a capitalised word inside a sentence is written as a name; a lower-case one or an acronym never is', () => {
    const written = readWrittenCase('Sebagai bahan jawaban surat keberatan, mohon alasan Sdr. Teguh Prasetyo tidak dicalonkan. Untuk laporan KASN.');
    expect([...written.capitalised]).toEqual(expect.arrayContaining(['teguh', 'prasetyo']));
    expect(written.capitalised.has('sebagai')).toBe(false);
    expect(written.neverAsName.has('keberatan')).toBe(true);
    expect(written.neverAsName.has('kasn')).toBe(true);
    expect(written.neverAsName.has('teguh')).toBe(false);
  });

  test('a message in lower case capitalises nothing', () => {
    expect(readWrittenCase('bandingkan budi santoso dan rina wulandari di BPKAD').capitalised.size).toBe(0);
  });

  test('tells words written in title case somewhere from words only ever in lower case', () => {
    const written = readWrittenCase('Kecamatan ngeluh kurang orang terus. Di UPTD balai benih?');
    expect(written.titleCase.has('kecamatan')).toBe(true);
    expect(written.titleCase.has('uptd')).toBe(false);
    expect(written.lowerOnly.has('ngeluh')).toBe(true);
    expect(written.lowerOnly.has('balai')).toBe(true);
    expect(written.lowerOnly.has('uptd')).toBe(false);
  });
});
