import { describe, expect, test } from 'vitest';
import { readDemo as read, demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe('a message relayed from someone', () => {
  test('"Dari Pak X:" opening a message names who sent it, not what it asks about', () => {
    const risk = read('Dari Bu Kadis Dinkes: jabatan apa yang paling rawan di Dinas Sosial kalau pejabatnya pindah?');
    expect(risk.intent).toBe('risiko');
    expect(unitOf('Dari Bu Kadis Dinkes: jabatan apa yang paling rawan di Dinas Sosial kalau pejabatnya pindah?')).toBe('DINSOS');
    expect(unitOf('Dari Pak Kaban BKPSDM: daftar jabatan kosong di Bapenda ada?')).toBe('BAPENDA');
    expect(read('Dari Pak Sekda: yang pensiun tahun ini siapa saja?').args.unit).toBeNull();
    expect(unitOf('titip dr Pak Kadis: talent pool di Dinas Perhubungan siapa aja?')).toBe('DISHUB');
    // The kind of post asked about, right after the heading, is no part of the sender's post.
    expect(read('Dari Pak Kadis: bidan di Dinas Kesehatan lebih atau kurang menurut ABK?').args.jabatan).toBe('bidan');
  });

  test('"Dari" before a unit said without a title still names where to look', () => {
    expect(read('Dari Dinas Sosial, siapa yang paling siap jadi kadisnya?').intent).toBe('kandidat');
  });
});

describe('a minute or note heading the message', () => {
  test('the heading asks nothing, and whoever is told to do the work is no unit asked about', () => {
    expect(unitOf('Notulen rapat koordinasi: Bappeda agar mendata jabatan yang diisi Plt di Dinas Perhubungan.')).toBe('DISHUB');
    expect(unitOf('Catatan: BKPSDM diminta mengumpulkan nama pegawai Bapenda yang pensiun tahun depan.')).toBe('BAPENDA');
    expect(unitOf('Notulen: Kepala Bappeda meminta daftar talent pool Dinas Sosial.')).toBe('DINSOS');
    const count = read('FYI: laporan ke Bupati minggu depan. Berapa pegawai Dinas Perhubungan yang masuk talent pool?');
    expect(count).toMatchObject({ intent: 'jumlah', args: { status: 'pool' } });
  });

  test('a heading before a colon ends like a sentence: what follows is read on its own', () => {
    const surplus = read('Notulen rapat kinerja: agar dilaporkan OPD mana yang kelebihan pegawai menurut ABK.');
    expect(surplus).toMatchObject({ intent: 'neraca-pegawai', args: { side: 'lebih', byUnit: true } });
  });
});

describe('context that names no place asked about', () => {
  test('whoever needs the answer and what for; the government as a whole by its own name; a post pointed back to', () => {
    expect(read('Vacant posts across the whole regency please, the Bupati needs it for the planning meeting.').args.unit).toBeNull();
    expect(read('Mohon data pegawai yang pensiun dalam satu tahun di lingkungan Pemerintah Kabupaten Contoh.').args)
      .toMatchObject({ unit: null, period: { months: 12 } });
    expect(read('berapa orang di kotak 9 se-Kabupaten Contoh?').args.unit).toBeNull();
    expect(unitOf('talent pool Dinas Sosial gimana? kadisnya mau rapat besok')).toBe('DINSOS');
  });
});

describe('words around a request that are no name', () => {
  test('the bot addressed, a closing formula, how the answer should look, what to leave aside', () => {
    expect(read('Makasih Pak bot, sudah saya teruskan ke Pak Kaban').intent).toBe('salam');
    expect(read('Baik, cukup sekian dulu. Terima kasih.').intent).toBe('salam');
    expect(read('Bandingkan Rina Marlina dan Yusuf Hidayat, bullet points aja').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    expect(read('How many low-potential staff in Bappeda, regardless of performance?').intent).toBe('jumlah');
    expect(read('Iya Pak, berapa pegawai Dinas Sosial?').intent).toBe('jumlah');
  });
});

describe('regional words', () => {
  test('Palembang, Minang, Betawi, Javanese', () => {
    expect(read('siapo bae calon kadis sosial?').intent).toBe('kandidat');
    expect(read('jabatan mano di dishub yang dak ado calon siap?').intent).toBe('tanpa-siap-sekarang');
    expect(read('sia pegawai tabaiak di bapenda? 5 urang')).toMatchObject({ intent: 'top-talenta', args: { limit: 5 } });
    expect(read('berape orang nyang udeh masuk talent pool di dinsos?')).toMatchObject({ intent: 'jumlah', args: { status: 'pool' } });
    expect(read('Rina Marlina karo Yusuf Hidayat apik endi?').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    // "apik" is written out as "bagus", a given name too, but not one the message wrote.
    expect(read('bu Sri karo bu Wati kinerjane apik sing endi?').args.people).toEqual(['sri', 'wati']);
    expect(read('lebih layak mana, Bang Yusuf Hidayat ame Mpok Rina Marlina?').args.people).toEqual(['yusuf hidayat', 'rina marlina']);
  });
});

describe('places said aside', () => {
  test('a post held before, a unit someone moves to, a place denied for another', () => {
    expect(unitOf('Kaban Bapenda (mantan kabid di Dishub) minta daftar talent pool Bapenda.')).toBe('BAPENDA');
    expect(postOf('Sekretaris Bappeda mau pindah ke Dinas Sosial bulan depan, siapa calon penggantinya?')).toBe('BAPPEDA-SEK-KEPALA');
    // A post moved into is the one asked about.
    expect(postOf('siapa yang cocok dipindah ke sekretaris bappeda?')).toBe('BAPPEDA-SEK-KEPALA');
    expect(unitOf('bukan talent pool dishub, talent pool dinsos yang saya perlu')).toBe('DINSOS');
    expect(postOf('calon sekdis, bukan yang di Dinsos ya, yang di Dishub')).toBe('DISHUB-SEK-KEPALA');
    expect(postOf('kenapa Dewi Lestari bukan kandidat sekretaris di Bappeda?')).toBe('BAPPEDA-SEK-KEPALA');
  });

  test('an asker after a greeting of its own, their school by its number', () => {
    expect(postOf('Selamat siang Bu. Saya kepala SMP Negeri 2 Contoh. Siapa calon kepala sekolah pengganti di sekolah kami?'))
      .toBe('DISDIK-SMPN2-KEPSEK');
  });

  test('people: one said again, one denied after a name', () => {
    expect(read('profil Dewi Lestari sudah. Sekarang bandingkan Dewi Lestari dengan Yusuf Hidayat').args.people).toEqual(['dewi lestari', 'yusuf hidayat']);
    expect(read('bandingkan Rina Marlina sama Yusuf Hidayat (bukan Yusuf Halim ya)').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    expect(read('Baa kalau dibandiangkan Rina Marlina jo Yusuf Hidayat?').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    // A voice note's name said again in full is one person; two said apart stay two.
    expect(read('bu... bu Rina, Rina Marlina dibanding Yusuf Hidayat gimana').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    expect(read('bandingkan Budi dan Budi Santoso').args.people).toEqual(['budi', 'budi santoso']);
  });
});
