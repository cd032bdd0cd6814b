import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { directoryOf, unit } from './small-directory.test-utils.js';
import { resolvePosition } from './resolve-org.js';
import { demoPostOf } from '../../test/bots/fixtures/demo-reading.js';

/**
 * A small kota: its schools list only guru posts (the kepala sekolah is no post of its own), one puskesmas has a head,
 * and no village is a unit, though the Dinas PMD and one of its bidang say "Desa".
 */
function directory(): OrgDirectory {
  return directoryOf(
    [
      unit('KOTA', 'Pemerintah Kota Uji', null, 0),
      unit('DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'KOTA', 1),
      unit('DIKBUD-B2', 'Bidang Pembinaan SMP', 'DIKBUD', 2),
      unit('SMPN7', 'SMP Negeri 7 Uji', 'DIKBUD', 2),
      unit('DINKES', 'Dinas Kesehatan', 'KOTA', 1),
      unit('PKM-BARU', 'Puskesmas Kampung Baru', 'DINKES', 2),
      unit('KEC-PASAR', 'Kecamatan Pasar', 'KOTA', 1),
      unit('KEL-PASAR', 'Kelurahan Pasar Lama', 'KEC-PASAR', 2),
      unit('DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'KOTA', 1),
      unit('DPMD-B1', 'Bidang Pemerintahan Desa', 'DPMD', 2),
    ],
    [
      ['DIKBUD-KEPALA', 'Kepala Dinas Pendidikan dan Kebudayaan', 'DIKBUD', 'JPT_PRATAMA'],
      ['DIKBUD-PENGAWAS', 'Pengawas Sekolah Ahli Madya', 'DIKBUD', 'FUNGSIONAL'],
      ['DIKBUD-B2-KEPALA', 'Kepala Bidang Pembinaan SMP', 'DIKBUD-B2', 'ADMINISTRATOR'],
      ['SMPN7-GURU', 'Guru Ahli Muda', 'SMPN7', 'FUNGSIONAL'],
      ['DINKES-KEPALA', 'Kepala Dinas Kesehatan', 'DINKES', 'JPT_PRATAMA'],
      ['PKM-BARU-KEPALA', 'Kepala Puskesmas Kampung Baru', 'PKM-BARU', 'PENGAWAS'],
      ['PKM-BARU-DOKTER', 'Dokter Ahli Pertama', 'PKM-BARU', 'FUNGSIONAL'],
      ['KEC-PASAR-CAMAT', 'Camat Pasar', 'KEC-PASAR', 'ADMINISTRATOR'],
      ['KEL-PASAR-LURAH', 'Lurah Pasar Lama', 'KEL-PASAR', 'PENGAWAS'],
      ['DPMD-KEPALA', 'Kepala Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'JPT_PRATAMA'],
      ['DPMD-B1-KEPALA', 'Kepala Bidang', 'DPMD-B1', 'ADMINISTRATOR'],
    ],
  );
}

/** The same kota with one village as a unit, headed by its Kepala Desa. */
function withVillage(): OrgDirectory {
  const org = directory();
  const village = directoryOf([unit('DESA-MAJU', 'Desa Sukamaju', 'KEC-PASAR', 2)], [['DESA-MAJU-KADES', 'Kepala Desa Sukamaju', 'DESA-MAJU', 'PENGAWAS']]);
  return { units: [...org.units, ...village.units], positions: [...org.positions, ...village.positions] };
}

describe('a titled post the directory does not have where it is asked for', () => {
  const org = directory();
  const resolved = (phrase: string) => {
    const r = resolvePosition(phrase, org);
    return r.kind === 'match' ? r.item.kode : r.kind === 'absent' ? { post: r.post, unit: r.unit?.kode ?? null, nowhere: r.nowhere, posts: r.posts.map((p) => p.kode) } : r.kind;
  };

  test('a school without a kepala sekolah post: said to be missing there, its posts named, not the nearest other post', () => {
    expect(resolved('kepala sekolah smp negeri 7')).toEqual({ post: 'Kepala Sekolah', unit: 'SMPN7', nowhere: true, posts: ['SMPN7-GURU'] });
  });

  test('a post no unit of the instansi has and no unit named', () => {
    expect(resolved('kepala sekolah')).toEqual({ post: 'Kepala Sekolah', unit: null, nowhere: true, posts: [] });
    expect(resolved('direktur')).toEqual({ post: 'Direktur', unit: null, nowhere: true, posts: [] });
    expect(resolved('direktur rumah sakit umum daerah')).toMatchObject({ post: 'Direktur Rumah Sakit', nowhere: true });
  });

  test('a post the instansi has elsewhere but not in the unit named: the unit, highest post first', () => {
    expect(resolved('lurah dinas kesehatan')).toEqual({
      post: 'Lurah', unit: 'DINKES', nowhere: false, posts: ['DINKES-KEPALA', 'PKM-BARU-KEPALA', 'PKM-BARU-DOKTER'],
    });
    expect(resolved('kepala puskesmas kecamatan pasar')).toMatchObject({ post: 'Kepala Puskesmas', unit: 'KEC-PASAR', nowhere: false });
  });

  test('posts that are there still resolve, with their typos, abbreviations read and heads said as "kepala"', () => {
    expect(resolved('kepala puskesmas kampung baru')).toBe('PKM-BARU-KEPALA');
    expect(resolved('kepala puskesmas kampng baru')).toBe('PKM-BARU-KEPALA');
    expect(resolved('lurah pasar lama')).toBe('KEL-PASAR-LURAH');
    expect(resolved('kepala kelurahan pasar lama')).toBe('KEL-PASAR-LURAH');
    expect(resolved('camat pasar')).toBe('KEC-PASAR-CAMAT');
    expect(resolved('kepala bidang pembinaan smp')).toBe('DIKBUD-B2-KEPALA');
    // An office word said loosely ("badan" for a dinas) is no other kind of post.
    expect(resolved('kepala badan kesehatan')).toBe('DINKES-KEPALA');
  });

  test('a post missing where it is asked for is not placed in a numbered unit whose number was not asked for', () => {
    // "Negeri", "Uji" are words of SMP Negeri 7 Uji, but no number names it: no Camat there is no answer to this.
    expect(resolved('camat negeri uji')).not.toMatchObject({ unit: 'SMPN7' });
    expect(resolved('lurah negeri')).not.toMatchObject({ unit: 'SMPN7' });
    // SD Negeri 7 is no SMP Negeri 7: the number alone does not make the unit.
    expect(resolved('kepala sekolah sd negeri 7')).toEqual({ post: 'Kepala Sekolah', unit: null, nowhere: true, posts: [] });
    // Asked with its number, the school is the place.
    expect(resolved('kepala sekolah smp negeri 7')).toMatchObject({ unit: 'SMPN7' });
    expect(resolved('lurah smp negeri 7')).toMatchObject({ post: 'Lurah', unit: 'SMPN7', nowhere: false });
  });

  test('a village head where no village is a unit: missing, though "desa" is a word of other units\' names', () => {
    expect(resolved('kepala desa')).toEqual({ post: 'Kepala Desa', unit: null, nowhere: true, posts: [] });
    expect(resolved('kepala dusun')).toEqual({ post: 'Kepala Dusun', unit: null, nowhere: true, posts: [] });
    expect(resolved('kepala desa dinas pemberdayaan masyarakat desa')).toMatchObject({ post: 'Kepala Desa', unit: 'DPMD', nowhere: true });
    // The posts whose names say "desa" as part of their unit's name are still found.
    expect(resolved('kepala dinas pemberdayaan masyarakat dan desa')).toBe('DPMD-KEPALA');
    expect(resolved('kepala dinas pemberdayaan masyarakat desa')).toBe('DPMD-KEPALA');
    expect(resolved('kepala bidang pemerintahan desa')).toBe('DPMD-B1-KEPALA');
  });

  test('a village head where a village is a unit', () => {
    const village = withVillage();
    const found = (phrase: string) => {
      const r = resolvePosition(phrase, village);
      return r.kind === 'match' ? r.item.kode : r.kind;
    };
    expect(found('kepala desa')).toBe('DESA-MAJU-KADES');
    expect(found('kepala desa sukamaju')).toBe('DESA-MAJU-KADES');
    expect(found('kepala dinas pemberdayaan masyarakat dan desa')).toBe('DPMD-KEPALA');
  });
});

test('"pkm", as letters and chats shorten puskesmas, asks for a puskesmas, not the kecamatan whose name it shares', () => {
  // The demo kabupaten has a Kecamatan Contoh Selatan and no puskesmas there: the post is not there.
  expect(demoPostOf('kandidat kepala pkm contoh selatan')).toBe('none');
  expect(demoPostOf('kandidat kepala puskesmas contoh selatan')).toBe('none');
  expect(demoPostOf('kandidat camat contoh selatan')).toBe('KEC-SELATAN-KEPALA');
  // "tibum" is the Satpol PP's ketertiban umum, as "trantib" is ketenteraman dan ketertiban.
  expect(demoPostOf('siapa calon kabid tibum satpol?')).toBe('SATPOLPP-B2-KEPALA');
});
