import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { levelSaid } from './level-asked.js';
import { resolvePosition } from './resolve-org.js';
import { directoryOf, unit } from './small-directory.test-utils.js';

/**
 * A dinas with a sekretariat, two bidang (one with a seksi) and a badan with one bidang; a dinas for SD and SMP as
 * the kabupaten's schools are run, and no SMA.
 */
function directory(): OrgDirectory {
  return directoryOf(
    [
      unit('KAB', 'Pemerintah Kabupaten Uji', null, 0),
      unit('DINSOS', 'Dinas Sosial', 'KAB', 1),
      unit('DINSOS-SEK', 'Sekretariat Dinas Sosial', 'DINSOS', 2),
      unit('DINSOS-B1', 'Bidang Rehabilitasi Sosial', 'DINSOS', 2),
      unit('DINSOS-B1-S1', 'Seksi Rehabilitasi Anak', 'DINSOS-B1', 3),
      unit('DINSOS-B2', 'Bidang Perlindungan Sosial', 'DINSOS', 2),
      unit('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'KAB', 1),
      unit('BAPPEDA-B1', 'Bidang Perencanaan Ekonomi', 'BAPPEDA', 2),
      unit('DISDIK', 'Dinas Pendidikan', 'KAB', 1),
      unit('DISDIK-B1', 'Bidang Pembinaan SD', 'DISDIK', 2),
      unit('DISDIK-B2', 'Bidang Pembinaan SMP', 'DISDIK', 2),
    ],
    [
      ['DINSOS-KEPALA', 'Kepala Dinas Sosial', 'DINSOS', 'JPT_PRATAMA'],
      ['DINSOS-SEK-KEPALA', 'Sekretaris Dinas Sosial', 'DINSOS-SEK', 'ADMINISTRATOR'],
      ['DINSOS-B1-KEPALA', 'Kepala Bidang Rehabilitasi Sosial', 'DINSOS-B1', 'ADMINISTRATOR'],
      ['DINSOS-B1-S1-KEPALA', 'Kepala Seksi Rehabilitasi Anak', 'DINSOS-B1-S1', 'PENGAWAS'],
      ['DINSOS-B2-KEPALA', 'Kepala Bidang Perlindungan Sosial', 'DINSOS-B2', 'ADMINISTRATOR'],
      ['BAPPEDA-KEPALA', 'Kepala Badan Perencanaan Pembangunan Daerah', 'BAPPEDA', 'JPT_PRATAMA'],
      ['BAPPEDA-B1-KEPALA', 'Kepala Bidang Perencanaan Ekonomi', 'BAPPEDA-B1', 'ADMINISTRATOR'],
      ['DISDIK-KEPALA', 'Kepala Dinas Pendidikan', 'DISDIK', 'JPT_PRATAMA'],
      ['DISDIK-B1-KEPALA', 'Kepala Bidang Pembinaan SD', 'DISDIK-B1', 'ADMINISTRATOR'],
      ['DISDIK-B2-KEPALA', 'Kepala Bidang Pembinaan SMP', 'DISDIK-B2', 'ADMINISTRATOR'],
    ],
  );
}

const found = (phrase: string) => {
  const r = resolvePosition(phrase, directory());
  return r.kind === 'match' ? r.item.kode : r.kind === 'choose' ? r.options.map((p) => p.kode) : r.kind;
};

describe('a post asked for by its level (eselon) in a unit', () => {
  test('eselon and the jenis jabatan that replaced them are read, with their a/b grades', () => {
    expect(levelSaid('kandidat eselon III di dinsos')?.jenis).toBe('ADMINISTRATOR');
    expect(levelSaid('calon eselon 3 b bappeda')?.jenis).toBe('ADMINISTRATOR');
    expect(levelSaid('eselon ii a')?.jenis).toBe('JPT_PRATAMA');
    expect(levelSaid('pejabat eselon iv')?.jenis).toBe('PENGAWAS');
    expect(levelSaid('jpt pratama dinas sosial')?.jenis).toBe('JPT_PRATAMA');
    expect(levelSaid('kepala dinas sosial')).toBeNull();
  });

  test('several posts of the level in the unit and its parts are offered; one is the answer', () => {
    expect(found('eselon iii dinas sosial')).toEqual(['DINSOS-SEK-KEPALA', 'DINSOS-B1-KEPALA', 'DINSOS-B2-KEPALA']);
    expect(found('eselon ii dinas sosial')).toBe('DINSOS-KEPALA');
    expect(found('eselon iv dinas sosial')).toBe('DINSOS-B1-S1-KEPALA');
    expect(found('eselon iii bappeda')).toBe('BAPPEDA-B1-KEPALA');
    expect(found('eselon iii bidang perlindungan sosial')).toBe('DINSOS-B2-KEPALA');
  });

  test('a level the unit has no post of is none, not the unit\'s head', () => {
    expect(found('eselon iv bappeda')).toBe('none');
  });
});

describe('a field said by the level of schooling it belongs to', () => {
  test('"pendidikan dasar" is the bidang for SD and the one for SMP', () => {
    expect(found('kepala bidang pendidikan dasar')).toEqual(['DISDIK-B1-KEPALA', 'DISDIK-B2-KEPALA']);
  });

  test('"pendidikan menengah" where no SMA or SMK is run is none', () => {
    expect(['none', 'absent']).toContain(found('kepala bidang pendidikan menengah'));
  });
});
