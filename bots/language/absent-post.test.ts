import { describe, expect, test } from 'vitest';
import type { DirectoryPosition, DirectoryUnit, OrgDirectory } from '../../services/chat/get-org-directory.js';
import { resolvePosition } from './resolve-org.js';

/**
 * A small kota: its schools list only guru posts (the kepala sekolah is no post of its own), one puskesmas has a head,
 * and no village is a unit, though the Dinas PMD and one of its bidang say "Desa".
 */
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
    { kode: 'DPMD', nama: 'Dinas Pemberdayaan Masyarakat dan Desa', parentKode: 'KOTA', depth: 1, inScope: true },
    { kode: 'DPMD-B1', nama: 'Bidang Pemerintahan Desa', parentKode: 'DPMD', depth: 2, inScope: true },
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
      post('DPMD-KEPALA', 'Kepala Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD', 'JPT_PRATAMA'),
      post('DPMD-B1-KEPALA', 'Kepala Bidang', 'DPMD-B1', 'ADMINISTRATOR'),
    ],
  };
}

/** The same kota with one village as a unit, headed by its Kepala Desa. */
function withVillage(): OrgDirectory {
  const org = directory();
  const village: DirectoryUnit = { kode: 'DESA-MAJU', nama: 'Desa Sukamaju', parentKode: 'KEC-PASAR', depth: 2, inScope: true };
  const head: DirectoryPosition = { kode: 'DESA-MAJU-KADES', nama: 'Kepala Desa Sukamaju', unit: { kode: village.kode, nama: village.nama }, jenisJabatan: 'PENGAWAS', inScope: true };
  return { units: [...org.units, village], positions: [...org.positions, head] };
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
