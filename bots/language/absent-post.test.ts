import { describe, expect, test } from 'vitest';
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { resolvePosition } from './resolve-org.js';

/** A small kota: its schools list only guru posts (the kepala sekolah is no post of its own), one puskesmas has a head. */
function directory(): OrgDirectory {
  const units: DirectoryUnit[] = [
    { kode: 'KOTA', nama: 'Pemerintah Kota Uji', parentKode: null, depth: 0, inScope: true },
    { kode: 'DIKBUD', nama: 'Dinas Pendidikan dan Kebudayaan', parentKode: 'KOTA', depth: 1, inScope: true },
    { kode: 'DIKBUD-B2', nama: 'Bidang Pembinaan SMP', parentKode: 'DIKBUD', depth: 2, inScope: true },
    { kode: 'SMPN7', nama: 'SMP Negeri 7 Uji', parentKode: 'DIKBUD', depth: 2, inScope: true },
    { kode: 'DINKES', nama: 'Dinas Kesehatan', parentKode: 'KOTA', depth: 1, inScope: true },
    { kode: 'PKM-BARU', nama: 'Puskesmas Kampung Baru', parentKode: 'DINKES', depth: 2, inScope: true },
    { kode: 'KEC-PASAR', nama: 'Kecamatan Pasar', parentKode: 'KOTA', depth: 1, inScope: true },
    { kode: 'KEL-PASAR', nama: 'Kelurahan Pasar Lama', parentKode: 'KEC-PASAR', depth: 2, inScope: true },
  ];
  const post = (kode: string, nama: string, unitKode: string, jenisJabatan: string): DirectoryPosition => ({
    kode, nama, unit: { kode: unitKode, nama: units.find((u) => u.kode === unitKode)?.nama ?? '' }, jenisJabatan, inScope: true,
  });
  return {
    units,
    positions: [
      post('DIKBUD-KEPALA', 'Kepala Dinas Pendidikan dan Kebudayaan', 'DIKBUD', 'JPT_PRATAMA'),
      post('DIKBUD-PENGAWAS', 'Pengawas Sekolah Ahli Madya', 'DIKBUD', 'FUNGSIONAL'),
      post('DIKBUD-B2-KEPALA', 'Kepala Bidang Pembinaan SMP', 'DIKBUD-B2', 'ADMINISTRATOR'),
      post('SMPN7-GURU', 'Guru Ahli Muda', 'SMPN7', 'FUNGSIONAL'),
      post('DINKES-KEPALA', 'Kepala Dinas Kesehatan', 'DINKES', 'JPT_PRATAMA'),
      post('PKM-BARU-KEPALA', 'Kepala Puskesmas Kampung Baru', 'PKM-BARU', 'PENGAWAS'),
      post('PKM-BARU-DOKTER', 'Dokter Ahli Pertama', 'PKM-BARU', 'FUNGSIONAL'),
      post('KEC-PASAR-CAMAT', 'Camat Pasar', 'KEC-PASAR', 'ADMINISTRATOR'),
      post('KEL-PASAR-LURAH', 'Lurah Pasar Lama', 'KEL-PASAR', 'PENGAWAS'),
    ],
  };
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
});
