import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { gradeNotFoundReply } from '../intents/shared/replies.js';
import { gradeOf } from './functional-grades.js';
import { resolvePosition } from './resolve-org.js';
import { directoryOf, unit } from './small-directory.test-utils.js';

/** A dinas with two grades of bidan, one of perawat, one of dokter, and a puskesmas with a bidan of a third grade. */
function directory(): OrgDirectory {
  return directoryOf(
    [
      unit('KAB', 'Pemerintah Kabupaten Uji', null, 0),
      unit('DINKES', 'Dinas Kesehatan', 'KAB', 1),
      unit('PKM', 'Puskesmas Sukamaju', 'DINKES', 2),
    ],
    [
      ['DINKES-KEPALA', 'Kepala Dinas Kesehatan', 'DINKES', 'JPT_PRATAMA'],
      ['DINKES-BIDAN-TRP', 'Bidan Terampil', 'DINKES', 'FUNGSIONAL'],
      ['DINKES-BIDAN-AP', 'Bidan Ahli Pertama', 'DINKES', 'FUNGSIONAL'],
      ['DINKES-PERAWAT-AM', 'Perawat Ahli Muda', 'DINKES', 'FUNGSIONAL'],
      ['DINKES-DOKTER-AMD', 'Dokter Ahli Madya', 'DINKES', 'FUNGSIONAL'],
      ['PKM-BIDAN-MHR', 'Bidan Mahir', 'PKM', 'FUNGSIONAL'],
    ],
  );
}

const kodeOf = (phrase: string) => {
  const found = resolvePosition(phrase, directory());
  return found.kind === 'match' ? found.item.kode : found.kind;
};

describe('a functional post asked at a grade', () => {
  test('the grade said is read on either track, and none where no grade is said', () => {
    expect(gradeOf('Bidan Ahli Pertama')).toBe('ahli pertama');
    expect(gradeOf('perawat penyelia di puskesmas')).toBe('penyelia');
    expect(gradeOf('Kepala Dinas Kesehatan')).toBeNull();
    // "muda" alone is no grade (a name, "pemuda"); the expert grades are said after "ahli".
    expect(gradeOf('bidang kepemudaan muda')).toBeNull();
  });

  test('a grade the function lacks is a post the instansi lacks, with the grades it has', () => {
    const found = resolvePosition('bidan ahli muda dinkes', directory());
    expect(found.kind).toBe('none');
    if (found.kind !== 'none') return;
    expect(found.grade?.grade).toBe('ahli muda');
    expect(found.grade?.nearest.map((p) => p.kode)).toEqual(['DINKES-BIDAN-TRP', 'DINKES-BIDAN-AP']);
  });

  test('a grade another function has is not that function\'s post', () => {
    expect(kodeOf('perawat ahli madya')).toBe('none');
    expect(kodeOf('dokter ahli madya')).toBe('DINKES-DOKTER-AMD');
  });

  test('the grade asked picks among the function\'s posts, and the function alone still offers them all', () => {
    expect(kodeOf('bidan ahli pertama')).toBe('DINKES-BIDAN-AP');
    expect(kodeOf('bidan terampil')).toBe('DINKES-BIDAN-TRP');
    expect(kodeOf('bidan mahir puskesmas sukamaju')).toBe('PKM-BIDAN-MHR');
    expect(kodeOf('bidan')).toBe('choose');
    expect(kodeOf('kepala dinkes')).toBe('DINKES-KEPALA');
  });

  test('the answer names the grade missing and the grades there are, in both languages', () => {
    const nearest = ['Bidan Terampil', 'Bidan Ahli Pertama'];
    const id = JSON.stringify(gradeNotFoundReply('id', 'bidan ahli muda', 'ahli muda', nearest));
    expect(id).toContain('tidak ada jenjang Ahli Muda');
    expect(id).toContain('Jenjang yang ada: Bidan Terampil, Bidan Ahli Pertama');
    expect(JSON.stringify(gradeNotFoundReply('en', 'midwife', 'ahli muda', nearest))).toContain('no post at the Ahli Muda grade');
  });
});
