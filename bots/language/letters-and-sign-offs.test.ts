import { describe, expect, test } from 'vitest';
import { readDemo as read, demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe('what a letter or a long message says around its question', () => {
  test('a sign-off names the sender, not what is asked about', () => {
    const asked = 'Assalamualaikum. Mohon gambaran risiko suksesi Diskominfo. Wassalam, Kabag Organisasi.';
    expect(read(asked).intent).toBe('risiko');
    expect(unitOf(asked)).toBe('DISKOMINFO');
    expect(unitOf('berapa pegawai kotak 9 di dinkes? Terima kasih, Kasubbag Umpeg Setda.')).toBe('DINKES');
    // Thanks alone, or with whom it thanks, is still thanks.
    expect(read('terima kasih pak kadis').intent).toBe('salam');
  });

  test('a signature of the sender\'s name and where they work, in brackets or on the last line, asks about neither', () => {
    expect(unitOf('berapa pegawai kotak 8 di dishub? (Sari, Umpeg Bapenda)')).toBe('DISHUB');
    expect(read('daftar pegawai yang pensiun tahun depan (Joko, BKPSDM)').args.unit).toBeNull();
    expect(read('bandingkan Agus Salim dan Maya Harahap (Dedi, Bag. Organisasi)').args.people).toEqual(['agus salim', 'maya harahap']);
    expect(unitOf('talent pool bidang aset bpkad\n— Wulan, Setda')).toBe('BPKAD-B4');
    // A given name that is also a word signs too ("Hari"); where the sender works is the office they call theirs.
    expect(unitOf('peta talenta dinsos (Hari, Bappeda)')).toBe('DINSOS');
    expect(unitOf('jabatan kosong di kantor kami (Rudi, Dinas Sosial)')).toBe('DINSOS');
  });

  test('the date of a letter or a disposition is no span asked and its month no name', () => {
    expect(read('Menindaklanjuti surat BKN tanggal 3 Januari 2025, mohon daftar pegawai yang mencapai BUP dalam 12 bulan ke depan.').args.period)
      .toEqual({ months: 12 });
    expect(read('mohon perbandingan talenta Sdr. Taufiq Rahman dan Sdri. Lestari Ningsih sesuai disposisi Sekda tgl 12 Mei').args.people)
      .toEqual(['taufiq rahman', 'lestari ningsih']);
    // A date a retirement is counted to keeps its year.
    expect(read('siapa yang pensiun per 1 januari 2027').args.period).toEqual({ year: 2027 });
  });

  test('a correction\'s rejected words are not its new ones, and it replaces only the axis it says', () => {
    expect(read('siapa saja yang pensiun tahun 2026 di Dinas Kesehatan? Eh bukan 2026, 2027 maksudnya.').args.period).toEqual({ year: 2027 });
    expect(read('berapa orang di Bappeda yang kinerjanya di atas ekspektasi dan potensinya tinggi? Eh, maksud saya potensinya menengah.').args.cell)
      .toEqual({ kinerja: 'DI_ATAS', potensial: 'MENENGAH' });
  });

  test('a route said with "not" is the other route, and no lack of successors', () => {
    const question = 'The Regent wants to know who could take over as Inspector when the current one retires in December. He does not want a lateral transfer.';
    expect(read(question).intent).toBe('kandidat');
    expect(read(question).args.route).toBe('promosi');
    expect(postOf(question)).toBe('INSPEKTORAT-KEPALA');
  });

  test('a dash between names parts them; "is planning" is no planning agency', () => {
    expect(read('banding yusuf halim - ratna wijaya').args.people).toEqual(['yusuf halim', 'ratna wijaya']);
    expect(read('Do we have a surplus of pengadministrasi perkantoran anywhere? Bu Kaban is planning redistribution.').args.unit).toBeNull();
    // Whom the answer is for, in a clause after the question; a post there that is asked about stays.
    expect(unitOf("list of Setda posts without a ready-now successor, for the Sekda's morning briefing")).toBe('SETDA');
    expect(read('successors, for the Sekda position').args.position).toBe('sekretaris daerah');
    expect(read("retirements in the next 12 months across all OPDs, for the Bupati's formasi planning").intent).toBe('pensiun');
    expect(unitOf('I am preparing report for the Sekda and need list of position in Satpol PP where none of the successor is ready now')).toBe('SATPOLPP');
  });

  test('"bidang mana saja" after an office ranks its bidang, whichever way "which" is said', () => {
    const question = 'Pak, di Dinas Perhubungan bidang mana saja yang pegawainya kelebihan menurut ABK? Pak Sekdis mau redistribusi.';
    expect(read(question).args).toMatchObject({ side: 'lebih', byUnit: true });
    expect(unitOf(question)).toBe('DISHUB');
  });
});
