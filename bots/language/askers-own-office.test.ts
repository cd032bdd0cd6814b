import { describe, expect, test } from 'vitest';
import { readDemo as read, demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

describe("the asker's own office", () => {
  test('said before the question, in its own sentence', () => {
    expect(unitOf('Saya Kadis Sosial. Pekerja sosial di dinas saya kurang berapa menurut ABK?')).toBe('DINSOS');
    expect(unitOf('Saya Inspektur. Siapa pegawai di kantor saya yang kinerjanya di bawah ekspektasi?')).toBe('INSPEKTORAT');
    // A post of the asker's own unit: the context's place kept, not only the kind the question says.
    expect(postOf('Saya Kepala Bapenda. Untuk Sekretaris di badan saya, siapa calonnya?')).toBe('BAPENDA-SEK-KEPALA');
  });

  test('signed after the question', () => {
    expect(unitOf('Jabatan mana di dinas saya yang masih kosong? saya kadis perhubungan')).toBe('DISHUB');
    expect(unitOf('Which posts in our office have no successor ready now? I am the head of Bapenda.')).toBe('BAPENDA');
    expect(unitOf("Who's in our talent pool? I'm the head of Dinas Sosial.")).toBe('DINSOS');
    // Their own post, referred back to, is the one asked about.
    expect(postOf('siapa yang bisa gantikan jabatan saya sendiri, saya Kepala Bapenda')).toBe('BAPENDA-KEPALA');
    // "maksud saya …" corrects the post; it signs nothing.
    expect(postOf('Calon Sekretaris Bappeda siapa? Eh ralat, maksud saya Sekretaris Bapenda.')).toBe('BAPENDA-SEK-KEPALA');
  });

  test("a post the asker calls theirs is their unit's", () => {
    expect(postOf('saya kadis pertanian, sekdin saya mau pindah bulan depan. siapa aja calon penggantinya?')).toBe('DISPERTAN-SEK-KEPALA');
    expect(postOf('Sy camat contoh utara. Sekcam sy pensiun Maret, kira2 siapa yg bisa gantiin ya?')).toBe('KEC-UTARA-SEK-KEPALA');
    expect(postOf("Why is Agus Salim listed as a candidate for my secretary post? I'm the Camat of Contoh Utara.")).toBe('KEC-UTARA-SEK-KEPALA');
    // A part of the asker's unit keeps its kind: which of Bapenda's bidang is not said.
    expect(read('saya kaban bapenda, siapa calon kabid saya').args.position).toBe('kepala bidang badan pendapatan daerah');
    // Another unit's post, said by its name, is that unit's.
    expect(postOf('saya kadis sosial, siapa kandidat kepala bappeda?')).toBe('BAPPEDA-KEPALA');
  });

  test("a letter's people of our unit, a unit the asker heads said with where it is, and the inclusive we", () => {
    expect(unitOf('Selaku Kepala Pelaksana BPBD, saya mohon ditampilkan nine box pegawai di lingkungan kami.')).toBe('BPBD');
    expect(unitOf('top three people in my division — I head Bina Marga at DPUPR')).toBe('DPUPR-B1');
    expect(unitOf('saya kadis sosial, jabatan kosong di dinas kita apa aja')).toBe('DINSOS');
  });

  test('signed on a last line of its own', () => {
    expect(unitOf('di dinas saya jabatan apa aja yg blm punya pengganti siap skrg?\n— Kadis Perhubungan')).toBe('DISHUB');
    expect(unitOf('analisis risiko suksesi kecamatan kami\n-- Camat Kota Contoh')).toBe('KEC-KOTA');
  });

  test("an office called the asker's by whoever did not say who they are is their own scope", () => {
    expect(read('liat ninebox kantor saya dong').args.unit).toBeNull();
    expect(read('jabatan kosong di kantor kami apa aja').args.unit).toBeNull();
  });

  test('a kind of post says what is asked about, the unit where', () => {
    expect(unitOf('auditor di inspektorat yang kinerjanya rendah siapa saja?')).toBe('INSPEKTORAT');
    // "which" before a kind of unit and its posts asks about that unit's posts, not every unit of the kind.
    expect(unitOf('Which Inspektorat positions have nobody ready now?')).toBe('INSPEKTORAT');
  });
});

describe('voice messages and chat', () => {
  test('fillers, hearsay and a name said twice are no names', () => {
    expect(read('tell me about uh dewi lestari her box').args.person).toBe('dewi lestari');
    expect(read('bandingkan anu pak rina marlina sama pak yusuf hidayat dong hehe').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    expect(read('dewi lestari dewi lestari itu kotaknya dimana').args.person).toBe('dewi lestari');
    expect(read('profil drs h budi santoso msi').args.person).toBe('budi santoso');
  });

  test("a voice note's label and a chat export's header name no one", () => {
    expect(read('[voice note] eh, anu, itu, calon kadis... kadis perhubungan, yang bisa promosi. promosi ya, bukan rotasi.')).toMatchObject({ intent: 'kandidat', args: { route: 'promosi' } });
    expect(read('[VN transkrip] iya halo... calon sekcam, sekcam kota, eh bukan, sekcam selatan maksud saya. siapa aja ya').intent).toBe('kandidat');
    expect(unitOf('[11.47, 1/12] Sekda: kasih saya 4 nama terbaik di Inspektorat')).toBe('INSPEKTORAT');
  });

  test('a NIP after the word "NIP" is the named person\'s; one said on its own is another person', () => {
    expect(read('Bandingkan Rina Marlina (NIP 198001012005011003) dan Yusuf Hidayat').args.people).toEqual(['rina marlina', 'yusuf hidayat']);
    expect(read('compare dewi lestari, 198001012005011003 and yusuf hidayat').args.people).toHaveLength(3);
  });

  test('a time of day, a deadline, a schedule asked in chat', () => {
    expect(read('The Bupati wants the headcount at Bappeda before the 10am briefing.').intent).toBe('jumlah');
    expect(read('kapan cut-off data untuk tinjauan berikutnya?').intent).toBe('jadwal');
    expect(read('review talenta periode depan sudah dijadwalin?').intent).toBe('jadwal');
  });

  test('HR words: FTE gap, HiPo', () => {
    expect(read('FTE gap for nurses at the Health Office?')).toMatchObject({ intent: 'neraca-pegawai', args: { jabatan: 'perawat' } });
    expect(read('HiPo di Bapenda yang kinerjanya masih sesuai ekspektasi siapa?').args.cell).toEqual({ kinerja: 'SESUAI', potensial: 'TINGGI' });
  });
});
