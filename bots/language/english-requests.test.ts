import { describe, expect, test } from 'vitest';
import { readDemo as read, demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe('English as consultants and officers write it', () => {
  test('a formal request\'s verb asks to be shown, and is no one\'s name', () => {
    expect(read('Please identify the vacant posts at the Planning Agency.')).toMatchObject({ intent: 'jabatan-kosong', lang: 'en' });
    expect(read('Kindly indicate how many staff at Dinsos are not yet mapped.')).toMatchObject({ intent: 'jumlah', args: { status: 'unplaced' } });
    expect(read('Could you specify the high performers with low potential at Bapenda?')).toMatchObject({
      intent: 'top-talenta',
      args: { cell: { kinerja: 'DI_ATAS', potensial: 'RENDAH' } },
    });
    expect(read('bring up the nine box for Dishub').intent).toBe('ninebox');
  });

  test('a person\'s record is their profile', () => {
    expect(read('pull up the talent record of Budi Santoso')).toMatchObject({ intent: 'profil', args: { person: 'budi santoso' } });
    expect(read('Sri Wahyuni record please').args.person).toBe('sri wahyuni');
  });

  test('English names of a field several offices share find the part of the kind said', () => {
    expect(unitOf('vacant posts in the road transport division')).toBe('DISHUB-B2');
    expect(postOf('who could replace the head of the public transport division at Dishub?')).toBe('DISHUB-B2-KEPALA');
    // Public order is the Satpol PP's bidang and a kecamatan's seksi alike.
    expect(unitOf('nine box of the public order division')).toBe('SATPOLPP-B2');
    expect(unitOf('vacancies in the public order section of Kota Contoh subdistrict')).toBe('KEC-KOTA-B2');
  });
});
