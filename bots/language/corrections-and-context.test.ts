import { describe, expect, test } from 'vitest';
import { readDemo as read, demoUnitOf as unitOf, demoPostOf as postOf } from '../../test/bots/fixtures/demo-reading.js';

describe('a correction replaces what it says again', () => {
  test('boxes, with or without "kotak"; a place in the correction leaves the boxes', () => {
    expect(read('siapa aja yg di kotak 7 dan 8 di dpupr? eh 8 sama 9 maksudnya').args.boxes).toEqual([8, 9]);
    expect(read('kotak 9 di sd negeri 2, eh maksud saya sd negeri 1').args.boxes).toEqual([9]);
  });

  test('the time span, the side of the balance, the NIP', () => {
    expect(read('pensiun thn ini di dishub siapa aja? eh maksud sy thn depan').args.period).toEqual({ yearOffset: 1 });
    expect(read('Yang pensiun di Bappeda dalam 12 bulan, eh ralat, 24 bulan ke depan siapa saja?').args.period).toEqual({ months: 24 });
    expect(read('Kelebihan pegawai di Kecamatan Contoh Timur, eh maksud saya kekurangannya, berapa menurut ABK?').args.side).toBe('kurang');
    expect(read('Tolong cek profil pegawai dengan NIP 198703152010012003. Ralat: 198703152010012005, yang tadi salah ketik.').args.nip)
      .toBe('198703152010012005');
  });

  test('people: all of them, or the last ones where it names fewer; "not X" is left out', () => {
    expect(read('bandingin dong Nia Kurniasih sama Dedi Mulyadi, eh sama Dede Mulyana maksudnya').args.people).toEqual(['nia kurniasih', 'dede mulyana']);
    expect(read('Compare Gita Permata vs Hana Pertiwi please. Sorry, I meant Hani Pertiwi, not Hana.').args.people).toEqual(['gita permata', 'hani pertiwi']);
  });

  test('a post corrected by a post stays in the office the first one named', () => {
    expect(postOf('Pak, tolong kandidat pengganti Kabid Bina Marga DPUPR. Eh maksud saya Kabid Sumber Daya Air, yang Bina Marga sudah ada Plt-nya.'))
      .toBe('DPUPR-B2-KEPALA');
    expect(postOf('Mohon daftar suksesor untuk Kabid Anggaran BPKAD. Maaf, maksud saya Kabid Perbendaharaan, bukan Anggaran.')).toBe('BPKAD-B2-KEPALA');
    expect(unitOf('Talent pool for Dinas Perkim please - sorry, I meant DPMD, the village empowerment office.')).toBe('DPMD');
  });
});

describe('context around the request', () => {
  test('what was already done, before "sekarang", is context', () => {
    expect(unitOf('Pak, tadi guru di SD Negeri 1 sudah. Sekarang kebutuhan guru di SMP Negeri 2, kurang atau lebih?')).toBe('DISDIK-SMPN2');
    const vacant = read('Tadi sy tanya soal Kec Contoh Barat, skrg utk Kecamatan Contoh Selatan ada jabatan yg diisi Plt gak?');
    expect(vacant.intent).toBe('jabatan-kosong');
    expect(read('Pak, tadi nama Bu Sri Wahyuni sudah saya kirim ke Kaban. Sekarang beliau minta profil Ibu Nur Aini, S.E. sekalian.').args.person).toBe('nur aini');
    expect(read('Pak, kemarin Pak Bupati sudah lihat nine box Bappeda. Sekarang beliau minta yang Dinas Pendidikan.').intent).toBe('ninebox');
  });

  test('a kind of unit said alone after whoever asks is their unit', () => {
    expect(unitOf('Bu Camat Contoh Utara minta daftar pegawai kecamatan yang pensiun dalam dua tahun ke depan, buat usulan formasi.')).toBe('KEC-UTARA');
    expect(unitOf('Pak Kadis Dukcapil minta data selisih ABK untuk administrator database kependudukan di dinasnya.')).toBe('DISDUKCAPIL');
    expect(unitOf('Fwd dari Kadis Kebudayaan: "Di dinas kami, jabatan mana yang belum ada calon siap pakai?"')).toBe('none');
  });

  test("whoever asks's own people, where the message names no unit, are their unit's", () => {
    expect(unitOf('Bu Kadis Kesehatan tanya, pegawai kami yang pensiun tahun depan siapa saja?')).toBe('DINKES');
    expect(unitOf('Pak Camat Contoh Timur nanya berapa stafnya yang belum terpetakan')).toBe('KEC-TIMUR');
    expect(unitOf('Forwarded from the head of Bappeda: which of my staff are in the talent pool?')).toBe('BAPPEDA');
    // A unit the message names is asked about, whoever asks.
    expect(unitOf('Pak Kadis Sosial tanya, stafnya Dinas Kesehatan yang di kotak 9 siapa saja?')).toBe('DINKES');
    // Nobody named by a post asks: "staf saya" is the asker's own scope.
    expect(read('siapa saja staf saya di kotak 9').args.unit).toBeNull();
  });

  test('a forwarded message\'s speaker and a relayed question\'s asker are not what is asked', () => {
    expect(unitOf('[Diteruskan] Kabid Mutasi: "Berapa jumlah pegawai di Kelurahan Sukamaju? Perlu untuk usulan formasi."')).toBe('none');
    expect(read('[Diteruskan]\nPak Sekda: "Saya mau lihat peta talenta seluruh pemda, tolong dikirim ke grup sebelum jam 2."').args.unit).toBeNull();
    expect(read('Hi, quick question from the head of BKPSDM: when was the current talent mapping last refreshed?').intent).toBe('jadwal');
  });

  test('a first sentence that asks, closed by a full stop, is the request; what follows is context', () => {
    const retiring = read('Pak Kadis Kominfo nanya, siapa pegawai Diskominfo yang pensiun tahun ini. Mau disiapkan acara pelepasan.');
    expect(retiring.intent).toBe('pensiun');
    expect(read('Please show the talent pool members for the Badan Riset dan Inovasi Daerah (BRIDA). We\'re staffing the new innovation lab.').intent)
      .toBe('talent-pool');
    // A request in what follows is no context; nor does a title's full stop end a sentence.
    expect(read('Mohon bantuannya Pak. Untuk program talent acceleration, kami perlu nama-nama pegawai Kesbangpol yang masuk kotak 8. Thanks.').intent)
      .toBe('top-talenta');
    expect(read('Yth. Admin, mohon perbandingan profil talenta antara Sdr. Ir. Gunawan Wibisono, M.T. dan Sdri. Retno Palupi, S.T. untuk pengisian jabatan Kabid Bina Marga.').intent)
      .toBe('banding');
  });

  test('a purpose after "untuk" and a verb or a noun of purpose', () => {
    expect(read('Pak, untuk menyusun agenda Baperjakat bulan depan, saya perlu tahu kapan talent review berikutnya dijadwalkan.').intent).toBe('jadwal');
    const letter = read('Dengan hormat, kami mohon data pegawai Dinas Pendidikan yang akan memasuki batas usia pensiun pada tahun 2027, untuk perencanaan kebutuhan tenaga pendidik.');
    expect(letter.intent).toBe('pensiun');
    expect(read('siapa pensiun untuk 2 tahun ke depan').args.period).toEqual({ months: 24 });
  });
});

describe('parts named by a word several of them share', () => {
  test('none named whole: the asker picks', () => {
    expect(postOf('calon kabid perencanaan bappeda')).toEqual(['BAPPEDA-B1-KEPALA', 'BAPPEDA-B2-KEPALA']);
  });

  test('one named whole, or told apart by the rest of the phrase: answered', () => {
    expect(postOf('kandidat kabid aset bpkad')).toBe('BPKAD-B4-KEPALA');
    expect(unitOf('peta talenta subbagian umum pupr')).toBe('DPUPR-SEK-UMPEG');
    expect(postOf('bidang aset bpkad kasi pembinaannya siapa kandidatnya')).toBe('BPKAD-B4-S2-KEPALA');
  });

  test('an English part after its office, its field said in Indonesian', () => {
    expect(unitOf("count of staff in boxes 8 and 9 in Bapenda's Penagihan division")).toBe('BAPENDA-B2');
    expect(unitOf("Which jobs in Dispertan's Ketahanan Pangan division are vacant?")).toBe('DISPERTAN-B3');
    // English names of a field and of a jabatan, "road and bridge(s)", "environmental impact controllers".
    expect(postOf('who could head the road and bridge division at public works?')).toBe('DPUPR-B1-KEPALA');
    expect(postOf('successors for the head of licensing services at DPMPTSP')).toBe('DPMPTSP-B1-KEPALA');
    // A field between the title and the office names the head of that field's part, not the office's head.
    expect(postOf('kandidat kepala anggaran bpkad')).toBe('BPKAD-B1-KEPALA');
    expect(read('are we short of environmental impact controllers at DLH?').args.jabatan).toBe('pengendali dampak lingkungan');
  });
});

describe('names and words', () => {
  test('"Daeng" inside a Makassar-Bugis name, degrees typed in lower case, up to four people compared', () => {
    expect(read('minta data Abdul Latif Daeng Nai: golongan, jabatan, kotak').args.person).toBe('abdul latif daeng nai');
    expect(read('profil asep saepudin s.kom').args.person).toBe('asep saepudin');
    expect(read('bandingkan 4 org ini: Tri Hartono, Dede Rohayati, Lamhot Simatupang, Nyoman Arta').args.people).toHaveLength(4);
  });

  test('a lower-case derived word in a message that capitalises its names is no name', () => {
    const count = read('Dengan hormat, mohon informasi jumlah anggota talent pool di lingkungan Badan Kesatuan Bangsa dan Politik untuk kelengkapan laporan tahunan.');
    expect(count.intent).toBe('jumlah');
    expect(read('Mohon data pegawai yang mencapai BUP pada tahun 2027 di lingkungan Dinas Pendidikan.').intent).toBe('pensiun');
  });

  test('a jabatan asked unit by unit', () => {
    expect(read('which schools are short of guru?').args.byUnit).toBe(true);
    expect(read('kelebihan arsiparis di kecamatan mana aja').args).toMatchObject({ byUnit: true, unit: null, side: 'lebih' });
    expect(read('Does RSUD have more perawat than the ABK requires?').args.side).toBe('lebih');
  });

  test("chat's words around a request are no names", () => {
    expect(read('Rudy Hermawan ditempatkan dmn skrg?').args.person).toBe('rudy hermawan');
    expect(read('kandidat kabid SDA yg udah siap sekarang aja, yg masih perlu dibina nggak usah ditampilin')).toMatchObject({ intent: 'kandidat', args: { readiness: 'now' } });
    expect(read('kandidat kabid tanaman pangan yg belum siap skrg tp bisa disiapin dua tahun lagi').intent).toBe('kandidat');
    expect(read('sapa yg paling oke di BKPSDM bidang pengadaan dan informasi, ambil dua aja')).toMatchObject({ intent: 'top-talenta', args: { limit: 2 } });
    expect(read('who is next for Kepala Dinas Porapar after the current one finish his term?').intent).toBe('kandidat');
    expect(read('Sudah berapa pegawai Dishub yang masuk kotak talenta?').args.status).toBe('placed');
    expect(read('gimana sih ceritanya Wahyu Nugroho bisa di kotak 9, padahal baru setahun di sini').intent).toBe('alasan');
    expect(read("Justify Lestari Handayani's box 9 placement - the Sekda wants the reasoning.").args.person).toBe('lestari handayani');
    expect(read('Side-by-side for the committee pack: NIP 197806102003121002 and NIP 198102282006041004').args.people).toEqual(['197806102003121002', '198102282006041004']);
    expect(read('siapa yg bs dirotasi ke kasubbag keuangan bapenda? jgn yg promosi ya').args.route).toBe('rotasi');
    expect(read('What kinds of HR analytics can I pull from you?').intent).toBe('bantuan');
    expect(read("good morning, and thanks for yesterday's report").intent).toBe('salam');
    // Typed on a phone.
    expect(read('sekdn distan rotasi').args).toMatchObject({ position: 'sekretaris dinas pertanian', route: 'rotasi' });
    expect(read('dimas pratama vs eko saputra').args.people).toEqual(['dimas pratama', 'eko saputra']);
    expect(read('high perf high pot distan').args.cell).toEqual({ kinerja: 'DI_ATAS', potensial: 'TINGGI' });
    expect(read('jdwl talent review brkt').intent).toBe('jadwal');
    // What was seen before, narrowed by a request that names nothing new.
    expect(read('tadi udah liat calon kabid bina marga. skrg yg lewat rotasi aja dong, yg promosi gak usah').args).toMatchObject({ position: 'kepala bidang bina marga', route: 'rotasi' });
  });

  test('units named in the plural are ranked, whatever else the message says of staff', () => {
    for (const question of ['overstaffed offices', 'overstaffed opds?', 'understaffed divisions at dinkes']) {
      expect(read(question)).toMatchObject({ intent: 'neraca-pegawai', args: { byUnit: true } });
    }
    expect(read('overstaffed offices').args.side).toBe('lebih');
  });

  test('Sundanese, Javanese krama, Betawi and Malay words of a question', () => {
    expect(read('kumaha upami dibandingkeun Cecep Rustandi jeung Dadang Hermawan?').args.people).toEqual(['cecep rustandi', 'dadang hermawan']);
    expect(read('pinten tiyang ingkang sampun dipetakan wonten Dinas Sosial?')).toMatchObject({ intent: 'jumlah', args: { status: 'placed' } });
    expect(read('saha wae nu kinerjana di handap ekspektasi di bidang aset?').args.lowKinerja).toBe(true);
    expect(read('sing pensiun nem sasi maneh ning Dishub sopo wae?').args.period).toEqual({ months: 6 });
    expect(read('ada berapa orang di Satpol PP nyang belom dipetain?').args.status).toBe('unplaced');
    expect(read('awak nak tengok profil talenta Encik Zulkifli, boleh?').args.person).toBe('zulkifli');
  });

  test('regional thanks and questions, and the language of mixed messages', () => {
    expect(read('hatur nuhun pisan, data kabid na tos kapendak').intent).toBe('salam');
    expect(read('mauliate godang bot').intent).toBe('salam');
    expect(read('sabaraha pagawe di dinas sosial nu teu acan ditempatkeun?').args.status).toBe('unplaced');
    expect(read('9 box bidang ketahanan pangan').lang).toBe('id');
    expect(read('seberapa high-risk posisi Irban?').lang).toBe('id');
    // "ready now" is a loanword; "suksesor" and the posts' short forms are Indonesian.
    expect(read('suksesor kabid perbendaharaan ready now').lang).toBe('id');
    expect(read('ready now successors for kabid aset').lang).toBe('en');
  });
});

describe('a question followed by why it is asked', () => {
  test('what follows, opened as an explanation, says nothing the question asks', () => {
    expect(unitOf('Siapa talenta terbaik di SMP Negeri 2 Contoh? Ada tawaran beasiswa S2 dari provinsi, tapi kuotanya cuma satu.')).toBe('DISDIK-SMPN2');
    expect(read('Berapa pegawai Bappeda yang sudah dipetakan di nine box? Soalnya Pak Kaban bilang masih banyak yang belum.').args.status).toBe('placed');
    expect(read('Could you list everyone across the regency retiring in the next quarter? The BKPSDM needs it for the paperwork.').args.unit).toBeNull();
    // What narrows the question is still read with it.
    expect(read('Siapa kandidat kadis dinkes? Yang siap sekarang saja.').args.readiness).toBe('now');
  });
});

describe('letters, relayed questions and regional words', () => {
  test('what a letter answers to, and a purpose naming no place, ask nothing of their own', () => {
    const retiring = read('Sehubungan dengan evaluasi formasi, mohon daftar pegawai Bappeda yang pensiun tahun ini.');
    expect(retiring).toMatchObject({ intent: 'pensiun', args: { period: { yearOffset: 0 } } });
    expect(unitOf('Sehubungan dengan evaluasi formasi, mohon daftar pegawai Bappeda yang pensiun tahun ini.')).toBe('BAPPEDA');
    expect(read('Menindaklanjuti arahan Pak Wabup, mohon nine box Dinas Sosial.').intent).toBe('ninebox');
    expect(read('Tolong daftar jabatan kosong seluruh OPD, untuk perencanaan mutasi bulan depan.').args.unit).toBeNull();
    expect(read('Jabatan apa saja di Dishub yang dijabat Plh?').intent).toBe('jabatan-kosong');
  });

  test('a question left to pass on, and the regional heads, name nobody asked about', () => {
    expect(postOf('Punten, Kaban Bappeda nitip pertanyaan: siapa calon Sekretaris Dinas Kesehatan yang siap sekarang?')).toBe('DINKES-SEK-KEPALA');
    expect(read('Compare Rina Marlina and Dedi Kurnia, the Mayor asked for it.').args.people).toEqual(['rina marlina', 'dedi kurnia']);
  });

  test('when, again and held in regional words ask for the schedule; Sundanese "tiasa naon" for help', () => {
    expect(read('bilo pemetaan talenta diadoan baliak?').intent).toBe('jadwal');
    expect(read('kapan review talenta tahap berikutnya dilaksanakan?').intent).toBe('jadwal');
    expect(read('bot ieu tiasa naon?').intent).toBe('bantuan');
    expect(postOf('saha nu tiasa ngagentos kabid anggaran bpkad?')).toBe('BPKAD-B1-KEPALA');
  });

  test('readiness said as who could be installed at once, or as a range of years', () => {
    expect(read('siapa calon kadis dinsos yang siap dilantik?').args.readiness).toBe('now');
    expect(read('kandidat kabid anggaran bpkad yang baru siap 2-3 tahun lagi').args.readiness).toBe('later');
    expect(read('successors for the Inspektur who would be ready in 1-3 years').args.readiness).toBe('later');
    // A range of years with retiring is when they retire.
    expect(read('siapa yang pensiun 2-3 tahun lagi di dinkes').intent).toBe('pensiun');
  });
});

describe('what a question asks for, in the words leaders use', () => {
  test('the balance split unit by unit, said in a sentence after the request or in English', () => {
    const split = read('Mohon data selisih ABK dan pegawai riil di Dinas Kesehatan. Dirinci tiap bidang ya.');
    expect(split).toMatchObject({ intent: 'neraca-pegawai', args: { byUnit: true } });
    expect(read('Nurse shortfall per school?').args.byUnit).toBe(true);
  });

  test('a post at risk of standing empty is succession risk; the succession pool is the talent pool', () => {
    expect(read('jabatan apa di bappeda yang paling rawan kosong?').intent).toBe('risiko');
    expect(read('jabatan kosong di bappeda apa saja?').intent).toBe('jabatan-kosong');
    expect(read('siapa saja anggota pool suksesi di dinsos').intent).toBe('talent-pool');
  });

  test('an English word for a part of an office', () => {
    expect(unitOf('talent pool of the apps division at Diskominfo')).toBe('DISKOMINFO-B1');
  });
});

describe('a person said with titles, degrees and rank', () => {
  test('degrees typed in capitals without dots, a dentist\'s and a vet\'s title, are no part of the name', () => {
    expect(read('tolong profil Siti Aminah SE MM').args.person).toBe('siti aminah');
    expect(read('bandingkan drg. Ayu Lestari dan drh. Bambang Wijaya').args.people).toEqual(['ayu lestari', 'bambang wijaya']);
  });

  test('a person\'s rank asked about is their profile, never a vacancy', () => {
    expect(read('Dewi Anggraini sekarang golongan apa?')).toMatchObject({ intent: 'profil', args: { person: 'dewi anggraini' } });
  });
});

describe('questions from the committee and advisers, in English and Indonesian', () => {
  test('the basis of a placement is why; thanks that say it helped are thanks', () => {
    expect(read('Mohon penjelasan dasar penempatan Sdri. Ani Rahmawati di kotak 6.').intent).toBe('alasan');
    expect(read('great, that helps a lot').intent).toBe('salam');
  });

  test('posts lacking a ready successor, people performing below expectation, names in a box', () => {
    expect(read('offices w/o ready-now successors in Bappeda').intent).toBe('tanpa-siap-sekarang');
    expect(read('staff performing below expectations at the Health Office').args.lowKinerja).toBe(true);
    expect(read('names in box 8 at Dinsos')).toMatchObject({ intent: 'top-talenta', args: { boxes: [8] } });
  });

  test('a question after context that names its own place asks about that place', () => {
    const risk = read('The Kadis of Dinkes is a flight risk to me. What is the succession risk for Bappeda?');
    expect(risk.intent).toBe('risiko');
    expect(unitOf('The Kadis of Dinkes is a flight risk to me. What is the succession risk for Bappeda?')).toBe('BAPPEDA');
    expect(read('What period is the nine-box data from?').intent).toBe('jadwal');
  });
});

describe('relayed questions and words of the month', () => {
  test('"titipan Pak X:" and "titip pertanyaan Pak X:" pass a question on', () => {
    expect(postOf('titipan Pak Kaban BPKAD: calon Kabid Anggaran yang siap sekarang siapa?')).toBe('BPKAD-B1-KEPALA');
    expect(read('titip pertanyaan Bu Kadis: kapan reviu talenta berikutnya?').intent).toBe('jadwal');
  });

  test('boxes said outright win over words of low performance; "which OPDs" ranks the units', () => {
    expect(read('siapa saja di kotak 1 di dinsos? mereka perlu dibina').args.boxes).toEqual([1]);
    expect(read('which OPDs are over their ABK for pranata komputer?').args.byUnit).toBe(true);
    expect(read('show the 3x3 for Bappeda').intent).toBe('ninebox');
  });
});
