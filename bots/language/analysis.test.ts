import { describe, expect, test } from 'vitest';
import { INTENTS } from '../intents/index.js';
import { analyse } from './analysis.js';
import { findPeriod } from './numbers.js';
import { jabatanAndUnit, positionPhrase } from './slots.js';
import { buildPhraseIndex } from './phrase-index.js';
import { correctSpelling } from './spelling.js';
import { tokenise } from './tokenise.js';
import { buildVocabulary } from './vocabulary.js';

const phrases = buildPhraseIndex(INTENTS.map((i) => i.phrases));
const vocabulary = buildVocabulary(phrases, {
  units: [
    { kode: 'DISDIK', nama: 'Dinas Pendidikan' },
    { kode: 'DINKES', nama: 'Dinas Kesehatan' },
    { kode: 'DINAS-A', nama: 'Dinas A' },
    { kode: 'BKPSDM-B1', nama: 'Bidang Mutasi dan Promosi' },
    { kode: 'KAB', nama: 'Pemerintah Kabupaten Contoh' },
    { kode: 'DISDIK-GTK', nama: 'Bidang Pembinaan Guru dan Tenaga Kependidikan' },
    { kode: 'DISNAKER', nama: 'Dinas Tenaga Kerja' },
    { kode: 'SATPOLPP', nama: 'Satuan Polisi Pamong Praja' },
    { kode: 'SMKN2', nama: 'SMK Negeri 2 Kota Uji' },
    { kode: 'SMKN4', nama: 'SMK Negeri 4 Kota Uji' },
    { kode: 'LABKESDA', nama: 'Laboratorium Kesehatan Daerah' },
    { kode: 'DPMPTSP', nama: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu' },
    { kode: 'KESBANGPOL-B1', nama: 'Bidang Politik Dalam Negeri' },
  ],
  positions: [
    { kode: 'GURU-1', nama: 'Guru Ahli Pertama' },
    { kode: 'PERAWAT-1', nama: 'Perawat Terampil' },
    { kode: 'PPP-1', nama: 'Polisi Pamong Praja Terampil' },
    { kode: 'DISDIK-KEPALA', nama: 'Kepala Dinas Pendidikan' },
  ],
});
const read = (text: string) => analyse(text, { phrases, vocabulary }, { correctConcepts: true });

describe('reading a question', () => {
  test('chat syntax, shorthand and reduplication are written out', () => {
    expect(tokenise('<@U0BOT> siapa yg brp skrg calon2 kadis', () => false)).toEqual(['siapa', 'yang', 'berapa', 'sekarang', 'calon', 'kadis']);
    // A sentence followed by another ends in a token of its own; a dotted title or abbreviation ends none.
    expect(tokenise("who's ready? isn't it", () => false)).toEqual(['who', 'is', 'ready', '?', 'is', 'not', 'it']);
    expect(tokenise('Tadi cek Dinkes. Di Dishub?', () => false)).toEqual(['tadi', 'cek', 'dinkes', '.', 'di', 'dishub']);
    expect(tokenise('Kec. Contoh Barat, Sdr. Agus, Bid. Aset, No. 3', () => false)).not.toContain('.');
    // "-nnya" typed with one n is still the word and its particle.
    expect(tokenise('alasanya apa', (w) => w === 'alasan')).toEqual(['alasan', 'apa']);
    // A school's number is no plural.
    expect(tokenise('calon2 kepsek smpn2', () => false)).toEqual(['calon', 'kepsek', 'smpn2']);
  });

  test('a NIP typed in its printed groups is one NIP', () => {
    expect(read('profil 19660801 198803 1 001').nip).toBe('196608011988031001');
  });

  test.each([
    ['kadisdik', 'kepala dinas pendidikan'],
    ['kadinkes', 'kepala dinas kesehatan'],
    ['sekdisdik', 'sekretaris dinas pendidikan'],
    ['kaban bkpsdm', 'kepala badan kepegawaian pengembangan sumber daya manusia'],
    ['head of the education office', 'kepala dinas pendidikan'],
    ['the finance agency head', 'kepala badan keuangan'],
    ['kadisos', 'kepala dinas sosial'],
    ['head of the social affairs office', 'kepala dinas sosial'],
    ['head of the regional personnel agency', 'kepala badan kepegawaian daerah'],
    ['regional disaster management agency head', 'kepala badan penanggulangan bencana daerah'],
  ])('pemda abbreviations, fusions and English office names: %s → %s', (text, position) => {
    expect(read(`kandidat ${text}`).orgSpans.map((s) => s.text)).toContain(position);
  });

  test('words of the instansi\'s own names stay names, not filters or articles', () => {
    const q = read('kandidat kabid mutasi dan promosi');
    expect(q.orgSpans[0]?.text).toBe('kepala bidang mutasi dan promosi');
    expect(q.has('promotion')).toBe(false);
    expect(read('kandidat kepala dinas a').orgSpans[0]?.text).toBe('kepala dinas a');
  });

  test('jabatan words come from the instansi\'s own posts, unless they carry on one of its unit names', () => {
    const jabatanOf = (text: string) => read(text).orgSpans.flatMap((s) => s.words.filter((_, i) => s.roles[i] === 'jabatan'));
    expect(jabatanOf('kekurangan guru ahli pertama di dinas pendidikan')).toEqual(['guru', 'ahli', 'pertama']);
    expect(jabatanOf('kebutuhan pegawai bidang pembinaan guru dan tenaga kependidikan')).toEqual([]);
    expect(jabatanOf('kekurangan pegawai satuan polisi pamong praja')).toEqual([]);
    expect(jabatanOf('kekurangan polisi pamong praja')).toEqual(['polisi']);
    // The English name of a jabatan the instansi does not have still names a jabatan, not a unit or a person.
    expect(jabatanOf('are we short of doctors')).toEqual(['dokter']);
    expect(jabatanOf('kepala dinas pendidikan')).toEqual([]);
  });

  test.each([
    ['kekurangan guru ahli pertama di dinas pendidikan', 'guru ahli pertama', 'dinas pendidikan'],
    ['dinkes perawat terampil kurang', 'perawat terampil', 'dinas kesehatan'],
    ['kebutuhan tenaga perawat', 'perawat', null],
    ['kekurangan pegawai satuan polisi pamong praja', null, 'satuan polisi pamong praja'],
    // The unit said without "di": its name, its abbreviation with the number apart or attached, part of its name in order.
    ['kurang guru smkn 2', 'guru', 'smk negeri 2'],
    ['kekurangan guru ahli pertama smkn4', 'guru ahli pertama', 'smk negeri 4'],
    ['kebutuhan perawat laboratorium kesehatan daerah', 'perawat', 'laboratorium kesehatan daerah'],
    ['perawat terampil laboratorium kurang berapa', 'perawat terampil', 'laboratorium'],
    ['kekurangan guru smk 2 kota uji', 'guru', 'smk 2 kota uji'],
    ['kekurangan perawat tenaga kerja', 'perawat', 'tenaga kerja'],
    // A position's own name stays the jabatan, even where a unit's name past its kind opens with the same words.
    ['kekurangan polisi pamong praja', 'polisi pamong praja', null],
    // One generic word that opens several units' names may qualify the jabatan ("guru smk"): no unit then.
    ['kekurangan guru smk', 'guru smk', null],
  ])('the jabatan and the unit of "%s"', (text, jabatan, unit) => {
    expect(jabatanAndUnit(read(text))).toEqual({ jabatan, unit });
  });

  test('a question phrase keeps its meaning inside a unit name that shares a word with it', () => {
    const q = read('beban kerja dinas tenaga kerja');
    expect(q.has('staffing')).toBe(true);
    expect(q.orgSpans.map((s) => s.text)).toEqual(['dinas tenaga kerja']);
    expect(q.names).toEqual([]);
  });

  test('affixes on known words come off; names that merely look affixed stay names', () => {
    const known = (w: string) => ['promosi', 'calon', 'pengganti', 'mana', 'siapa'].includes(w);
    expect(tokenise('dipromosikan dicalonkan penggantinya siapakah', known)).toEqual(['promosi', 'calon', 'pengganti', 'siapa']);
    expect(tokenise('Indah Permana Sonya', known)).toEqual(['indah', 'permana', 'sonya']);
    expect(read('siapa yang bisa dipromosikan jadi kepala dinas pendidikan').has('promotion')).toBe(true);
    expect(read('apa yang menghalangi Gilang Permana jadi kadisdik').names).toEqual(['gilang permana']);
  });

  test('unknown words are names; honorifics and joiners split them', () => {
    expect(read('bandingkan pak Budi Santoso, bu Rina dan Agus').names).toEqual(['budi santoso', 'rina', 'agus']);
    expect(read('profil bu Kasih Wulandari').names).toEqual(['kasih wulandari']);
  });

  test('typos: organisation words next to one, question words when asked; names are left alone', () => {
    expect(read('kandidat kepala dinas pendidkan').orgSpans[0]?.text).toBe('kepala dinas pendidikan');
    expect(read('kandidta kadisdik').has('successor')).toBe(true);
    expect(read('bandingkan Dimas Kurniawan dan Ayu').names).toEqual(['dimas kurniawan', 'ayu']);
    expect(correctSpelling('risko', ['risk', 'risiko'], { sameMeaning: () => true })).not.toBeNull();
    expect(correctSpelling('budi', ['bidang'])).toBeNull();
  });

  test('box numbers, "top N" and time spans', () => {
    expect(read('berapa pegawai di kotak 7 dan 8').boxes).toEqual([7, 8]);
    expect(read('berapa di kotak sembilan').boxes).toEqual([9]);
    // The talent pool's boxes, as its phrase ("kotak 7 8 9") or one by one, are the pool and still its boxes.
    expect(read('berapa orang di kotak 7 8 9').boxes).toEqual([7, 8, 9]);
    expect(read('daftar pegawai kotak 7, 8, 9').has('pool')).toBe(true);
    expect(read('daftar pegawai kotak 8, 9').has('pool')).toBe(false);
    // A range of boxes, and "s.d." (sampai dengan) for "to".
    expect(read('berapa di kotak 1 sampai 3').boxes).toEqual([1, 2, 3]);
    expect(read('berapa di kotak 4 s.d. 6').boxes).toEqual([4, 5, 6]);
    expect(read('kekurangan guru sd').words).toContain('sd');
    // A number word after "kotak" is the box's, though a unit's name says it ("Satu Pintu").
    expect(read('berapa orang di kotak satu di dinkes').boxes).toEqual([1]);
    expect(read('3 orang dengan nilai talenta tertinggi').limit).toBe(3);
    expect(read('top 10 talent').limit).toBe(10);
    // A number of people said further off is the limit too; a number without "top" words is none.
    expect(read('siapa yang paling menonjol di dinas kesehatan sekarang, 5 orang saja').limit).toBe(5);
    expect(read('berapa orang di kotak 9, 5 orang').limit).toBe(null);
    expect(read('who are the best performers at the health office? give me 7').limit).toBe(7);
    // Last, as a command's argument.
    expect(read('top talenta bappeda 5').limit).toBe(5);
    expect(read('kasih 3 tahun terakhir, siapa terbaik di dinkes').limit).toBe(null);
    expect(findPeriod(['dalam', '6', 'bulan'])).toEqual({ months: 6 });
    expect(findPeriod(['next', 'eighteen', 'months'])).toEqual({ months: 18 });
    expect(findPeriod(['2', 'tahun', 'ke', 'depan'])).toEqual({ months: 24 });
    expect(findPeriod(['tahun', 'depan'])).toEqual({ yearOffset: 1 });
    expect(findPeriod(['this', 'year'])).toEqual({ yearOffset: 0 });
    expect(findPeriod(['setahun', 'lagi'])).toEqual({ months: 12 });
    expect(findPeriod(['pensiun', '2027'])).toEqual({ year: 2027 });
    expect(findPeriod(['satu', 'setengah', 'tahun', 'lagi'])).toEqual({ months: 18 });
    expect(findPeriod(['setengah', 'tahun', 'lagi'])).toEqual({ months: 6 });
    expect(findPeriod('dalam dua semester ke depan'.split(' '))).toEqual({ months: 12 });
    expect(findPeriod('pensiun 1 semester lagi'.split(' '))).toEqual({ months: 6 });
    expect(findPeriod(['tahun', 'ngarep'])).toEqual({ yearOffset: 1 });
    expect(findPeriod('pensiun tahun dua ribu dua puluh tujuh'.split(' '))).toEqual({ year: 2027 });
    expect(findPeriod('retiring in two thousand and twenty eight'.split(' '))).toEqual({ year: 2028 });
    expect(findPeriod('pensiun dalam satu tahun setengah'.split(' '))).toEqual({ months: 18 });
    expect(findPeriod('within a year and a half'.split(' '))).toEqual({ months: 18 });
    expect(findPeriod('within two and a half years'.split(' '))).toEqual({ months: 30 });
    // Decimals of years are read before their separator parts them; elsewhere a comma still parts two numbers.
    expect(read('pensiun dalam 1,5 tahun').period).toEqual({ months: 18 });
    expect(read('retiring in the next 2.5 years').period).toEqual({ months: 30 });
    expect(read('berapa di kotak 1,5').boxes).toEqual([1, 5]);
    // "twenty twenty seven": a year in two pairs, not a plural of "twenty".
    expect(read('who retires in twenty twenty seven').period).toEqual({ year: 2027 });
  });

  test('a unit the question leaves out, or names only as context before the request, is not the unit asked about', () => {
    expect(read('jabatan kosong semua opd kecuali dinkes').orgSpans).toEqual([]);
    expect(read('pensiun tahun depan tapi tidak termasuk dinas kesehatan').orgSpans).toEqual([]);
    expect(read('kemarin sudah lihat ninebox dinkes, sekarang mohon yang disdik').orgSpans.map((s) => s.text)).toEqual(['dinas pendidikan']);
    // A kind of unit alone after the request ("per bidang") keeps the unit said before it.
    expect(read('kekurangan guru di dinkes, tolong dibuat per bidang').orgSpans.map((s) => s.text)).toContain('dinas kesehatan');
  });

  test('the asker\'s own post, said before the question, is not the post asked about', () => {
    expect(positionPhrase(read('saya kadisdik, mau lihat kandidat kepala dinas kesehatan'))).toBe('kepala dinas kesehatan');
    expect(positionPhrase(read('sebagai kepala dinas pendidikan saya ingin tahu siapa yang pensiun'))).toBe(null);
    expect(positionPhrase(read('As head of the education office, I want the vacancies'))).toBe(null);
    expect(positionPhrase(read('Kadisdik minta kandidat kepala dinas kesehatan'))).toBe('kepala dinas kesehatan');
    // A post that opens the question without a verb of asking is the one asked about.
    expect(positionPhrase(read('kepala dinas pendidikan mau pensiun kapan'))).toBe('kepala dinas pendidikan');
  });

  test('no phrase spells a word with "-nya" whose stem the grammar knows, unless that word stands alone as a phrase', () => {
    // A word with "-nya" is read as its stem only when the word itself is unknown: a phrase that spells "kinerjanya"
    // makes it known, and every lone "kinerjanya" elsewhere stops being "kinerja" (it became a person's name).
    const spelt = [...phrases.words].filter((w) => w.endsWith('nya') && phrases.words.has(w.slice(0, -3)) && !phrases.isConceptWord(w));
    expect(spelt).toEqual([]);
  });

  test('box ranges said with a hyphen, "through", or open-ended', () => {
    expect(read('siapa di kotak 1-3').boxes).toEqual([1, 2, 3]);
    expect(read('who is in boxes 4 through 6').boxes).toEqual([4, 5, 6]);
    expect(read('pegawai kotak 7 ke atas').boxes).toEqual([7, 8, 9]);
    expect(read('staff in box 3 and below').boxes).toEqual([3, 2, 1]);
  });

  test('people\'s names keep the words that are also words, and lose degrees and a doctor\'s title', () => {
    expect(read('profil Bintang Pamungkas').names).toEqual(['bintang pamungkas']);
    expect(read('kenapa Harapan Sitompul tidak masuk calon').names).toEqual(['harapan sitompul']);
    expect(read('pak Timur Pradopo kotak berapa').names).toEqual(['timur pradopo']);
    expect(read('profil I Made Suarjana').names).toEqual(['i made suarjana']);
    expect(read('profil Ni Luh Putu Ariani, S.Pd').names).toEqual(['ni luh putu ariani']);
    expect(read('Wahyu Setiawan S.Kom., M.Si itu siapa').names).toEqual(['wahyu setiawan']);
    expect(read('profil Sdr. Poltak Sitorus, SH').names).toEqual(['poltak sitorus']);
    expect(read('Give me Dr. Darwin Nasution scores').names).toEqual(['darwin nasution']);
    // A name one letter from a word is not corrected into it.
    expect(read('profil Utari').names).toEqual(['utari']);
  });

  test('abbreviations spelt out or split by dictation, and words run together, are read as written whole', () => {
    expect(tokenise('kandidat kepala b p b d', (w) => w === 'kandidat' || w === 'kepala')).toEqual(['kandidat', 'kepala', 'bpbd']);
    expect(tokenise('talent pool dis hub', () => false)).toEqual(['talent', 'pool', 'dishub']);
    const known = (w: string) => ['kandidat', 'sekretaris', 'daerah', 'siap', 'sekarang'].includes(w);
    expect(tokenise('kandidat sekretarisdaerah siapsekarang', known)).toEqual(['kandidat', 'sekretaris', 'daerah', 'siap', 'sekarang']);
    // Names stay as typed: no part of them is a word the grammar knows.
    expect(tokenise('profil kartikasari wibowo', known)).toEqual(['profil', 'kartikasari', 'wibowo']);
  });

  test('the answer\'s language follows the question\'s own words, not loanwords or office names', () => {
    expect(read('siapa top talent di dinkes').lang).toBe('id');
    expect(read('show me the nine box for Dinas Kesehatan').lang).toBe('en');
    expect(read('tolong kandidat kadisdik').lang).toBe('id');
    expect(read('who could replace the kadisdik').lang).toBe('en');
    // English office words count as English: "good morning", "social affairs", "public works" are no Indonesian.
    expect(read('good morning').lang).toBe('en');
    expect(read('vacancies in public works').lang).toBe('en');
  });

  test('a question phrase with a later word mistyped is still the phrase; a name after a question word stays a name', () => {
    expect(read('talent pol dinkes').has('pool')).toBe(true);
    expect(read('kotak talenat dinkes').has('box')).toBe(false);
    expect(read('siapa sja kandidat kadis').names).toEqual([]);
    expect(read('siapa susi').names).toEqual(['susi']);
  });

  test('a word of the instansi\'s names opens a question phrase where no name runs into it', () => {
    // "Contoh" is a word of Pemerintah Kabupaten Contoh; "contoh pertanyaan" asks for example questions.
    expect(read('contoh pertanyaan yang bisa ditanyakan').has('help')).toBe(true);
    expect(read('contoh pertanyaan yang bisa ditanyakan').orgSpans).toEqual([]);
    // "Dalam" is a word of Bidang Politik Dalam Negeri: after a name that does not go on that way it opens the phrase.
    expect(read('kandidat kadis kesehatan dalam waktu dekat').has('readyLater')).toBe(true);
    expect(read('kandidat kadis kesehatan dalam waktu dekat').orgSpans.map((s) => s.text)).toEqual(['kepala dinas kesehatan']);
    expect(read('ninebox bidang politik dalam negeri').orgSpans.map((s) => s.text)).toEqual(['bidang politik dalam negeri']);
    // Alone, it is the function word it also is: "pensiun dalam setahun" names no unit.
    expect(read('siapa yang pensiun dalam setahun').orgSpans).toEqual([]);
  });

  test('a comma ends a name unless the instansi\'s names have one there; "head to head" is no title', () => {
    // "Promosi" is a word of Bidang Mutasi dan Promosi, but after a comma it asks for the promotion route.
    const q = read('kandidat kepala dinas kesehatan, promosi saja');
    expect(q.has('promotion')).toBe(true);
    expect(q.orgSpans.map((s) => s.text)).toEqual(['kepala dinas kesehatan']);
    expect(read('head to head budi and rina').has('compare')).toBe(true);
    expect(read('head to head budi and rina').orgSpans).toEqual([]);
  });

  test('the post a letter is addressed to is no post asked about', () => {
    const q = read('Yth. Bapak Kepala Dinas Kesehatan, mohon daftar pegawai kotak 9 Dinas Pendidikan');
    expect(q.orgSpans.map((s) => s.text)).toEqual(['dinas pendidikan']);
    expect(q.names).toEqual([]);
    // Without a salutation the post opening the question is the one asked about.
    expect(read('kepala dinas kesehatan, siapa penggantinya').orgSpans.map((s) => s.text)).toEqual(['kepala dinas kesehatan']);
  });

  test('a bare title said apart from its unit heads that unit', () => {
    expect(positionPhrase(read('who will take over the health department when the head retires'))).toBe('kepala dinas kesehatan');
    expect(positionPhrase(read('kepala dinas kesehatan diganti siapa'))).toBe('kepala dinas kesehatan');
    expect(positionPhrase(read('who can lead smkn 2 after the principal retires'))).toBe('kepala sekolah smk negeri 2');
  });

  test('a "Pak"/"Bu" opening the question may address the reader rather than name someone', () => {
    const named = read('bpk kandidat untuk kadis kesehatan');
    expect(named.names).toEqual(['kandidat']);
    const addressed = analyse('bpk kandidat untuk kadis kesehatan', { phrases, vocabulary }, { correctConcepts: true, addressFirst: true });
    expect(addressed.names).toEqual([]);
    expect(addressed.has('successor')).toBe(true);
    // Inside the question it still announces a name.
    expect(analyse('profil pak bintang', { phrases, vocabulary }, { correctConcepts: true, addressFirst: true }).names).toEqual(['bintang']);
  });

  test('"seluruh kabupaten" is the whole instansi, even where a unit is named Kabupaten', () => {
    const q = read('ninebox seluruh kabupaten');
    expect(q.has('whole')).toBe(true);
    expect(q.orgSpans).toEqual([]);
    expect(read('peta talenta seluruh pemkab').orgSpans).toEqual([]);
  });
});
