import { describe, expect, test } from 'vitest';
import { MIN_SCORE, normaliseName, pickBest, prepareName, scoreName, scorePrepared } from '../../services/succession/name-match.js';
import { tokenMatches } from '../../services/succession/word-match.js';

const POSITIONS = [
  { kode: 'KADIS-DIK', nama: 'Kepala Dinas Pendidikan dan Kebudayaan' },
  { kode: 'KADIS-KES', nama: 'Kepala Dinas Kesehatan' },
  { kode: 'SEKDA', nama: 'Sekretaris Daerah' },
  { kode: 'KABAN-BKPSDM', nama: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia' },
  { kode: 'KABAN-BPKAD', nama: 'Kepala Badan Pengelolaan Keuangan dan Aset Daerah' },
  { kode: 'KABID-DIK-SD', nama: 'Kepala Bidang Pembinaan Sekolah Dasar' },
  { kode: 'KABID-DIK-SMP', nama: 'Kepala Bidang Pembinaan Sekolah Menengah Pertama' },
  { kode: 'SEKDIS-DIK', nama: 'Sekretaris Dinas Pendidikan dan Kebudayaan' },
];
const describeItem = (p: { kode: string; nama: string }) => p;

describe('name normalisation', () => {
  test.each([
    ['Kadis Kesehatan', 'kepala dinas kesehatan'],
    ['SEKDA!', 'sekretaris daerah'],
    ['kaban bkpsdm', 'kepala badan kepegawaian dan pengembangan sumber daya manusia'],
    ['Kasubbag Umum & Kepegawaian', 'kepala subbagian umum kepegawaian'],
    ['kasi  kurikulum', 'kepala seksi kurikulum'],
    // The same table as the bots' grammar: offices a position's name writes short read as they are written out.
    ['Kepala Dinas Kominfo', 'kepala dinas komunikasi dan informatika'],
    ['Kabid P2P Dinkes', 'kepala bidang pencegahan dan pengendalian penyakit dinas kesehatan'],
    ['Kepala UPT SMPN 2', 'kepala upt smp negeri 2'],
    // Roman numerals numbering a name are its digits; a name's first word stays a word.
    ['Inspektur Pembantu Wilayah II', 'inspektur pembantu wilayah 2'],
    ['I Made Wirawan', 'i made wirawan'],
    // A number word after a word that numbers units is its digit too; elsewhere it is part of the name.
    ['inspektur pembantu wilayah satu', 'inspektur pembantu wilayah 1'],
    ['kepsek sd negeri dua', 'kepala sekolah sd negeri 2'],
    ['Pelayanan Terpadu Satu Pintu', 'pelayanan terpadu satu pintu'],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseName(raw)).toBe(expected);
  });
});

describe('fuzzy position matching', () => {
  test.each([
    ['kepala dinas pendidikan', 'KADIS-DIK'],
    ['kadis pendidikan', 'KADIS-DIK'],
    ['kadis kesehatan', 'KADIS-KES'],
    ['kepala dinas kesehtan', 'KADIS-KES'],
    ['sekda', 'SEKDA'],
    ['kepala bkpsdm', 'KABAN-BKPSDM'],
    ['kepala bpkad', 'KABAN-BPKAD'],
    ['kepala keuangan badan', 'KABAN-BPKAD'],
    ['kabid-dik-sd', 'KABID-DIK-SD'],
  ])('"%s" has one clear winner: %s', (query, kode) => {
    const outcome = pickBest(query, POSITIONS, describeItem);
    expect(outcome.kind).toBe('match');
    if (outcome.kind === 'match') expect(outcome.item.kode).toBe(kode);
  });

  test('an ambiguous question gets a short pick list of the close contenders', () => {
    const outcome = pickBest('kabid pembinaan sekolah', POSITIONS, describeItem);
    expect(outcome.kind).toBe('ambiguous');
    if (outcome.kind === 'ambiguous') {
      expect(outcome.options.map((o) => o.item.kode).sort()).toEqual(['KABID-DIK-SD', 'KABID-DIK-SMP']);
    }
  });

  test('a pick list never exceeds five options', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ kode: `KASI-${i}`, nama: `Kepala Seksi Wilayah ${i + 1}` }));
    const outcome = pickBest('kasi wilayah', many, describeItem);
    expect(outcome.kind).toBe('ambiguous');
    if (outcome.kind === 'ambiguous') expect(outcome.options).toHaveLength(5);
  });

  test('the root of a noun the name says matches it ("ekonomi" of "Perekonomian")', () => {
    const bagian = [
      { kode: 'EKO', nama: 'Kepala Bagian Perekonomian' },
      { kode: 'ORG', nama: 'Kepala Bagian Organisasi' },
    ];
    const outcome = pickBest('kabag ekonomi', bagian, describeItem);
    expect(outcome.kind === 'match' && outcome.item.kode).toBe('EKO');
    // Short roots stay apart: "tani" is no prefix-free match of everything ending in "-an".
    expect(scoreName('tani', { nama: 'Kepala Bagian Organisasi' })).toBeLessThan(MIN_SCORE);
  });

  test('a word known to be spelt right is no typo of another: "perikanan" is not "perizinan"', () => {
    const q = prepareName('kepala bidang perikanan');
    const n = prepareName('Kepala Bidang Perizinan');
    expect(scorePrepared(q, n, () => 1, (t) => t !== 'perikanan')).toBeLessThan(scorePrepared(q, n));
    expect(scorePrepared(prepareName('kepala bidang perizinn'), n, () => 1, (t) => t !== 'perikanan')).toBeGreaterThan(0.8);
  });

  test('unrelated words match nothing', () => {
    expect(pickBest('gaji ke tiga belas', POSITIONS, describeItem).kind).toBe('none');
  });

  test('a word said twice must be said twice by the name: the office\'s own word is no second mention', () => {
    const subbagian = [
      { kode: 'UMPEG', nama: 'Kepala Subbagian Umum dan Kepegawaian Badan Pengelolaan Keuangan dan Aset Daerah' },
      { kode: 'KEU', nama: 'Kepala Subbagian Keuangan dan Perencanaan Badan Pengelolaan Keuangan dan Aset Daerah' },
    ];
    const outcome = pickBest('kasubbag keuangan bpkad', subbagian, describeItem);
    expect(outcome.kind === 'match' && outcome.item.kode).toBe('KEU');
    const seksi = [
      { kode: 'S1', nama: 'Seksi Perencanaan Pembinaan SD' },
      { kode: 'S2', nama: 'Seksi Pembinaan Pembinaan SD' },
    ];
    expect(scoreName('seksi pembinaan pembinaan sd', seksi[1]!)).toBe(1);
    expect(scoreName('seksi pembinaan pembinaan sd', seksi[0]!)).toBeLessThan(0.9);
  });

  test('words the query says next to each other count as a pair where the name says them next to each other too', () => {
    const pairs = { weight: () => 1 };
    const q = prepareName('kepala dinas tenaga kerja');
    const office = prepareName('Kepala Dinas Tenaga Kerja dan Transmigrasi');
    const apart = prepareName('Kepala Seksi Tenaga Teknis Bidang Kerja Sama Dinas Perhubungan');
    // Without a pair rule, word order is free: both names say every word.
    expect(scorePrepared(q, apart)).toBeGreaterThan(scorePrepared(q, apart, () => 1, () => true, pairs));
    expect(scorePrepared(q, office, () => 1, () => true, pairs)).toBeGreaterThan(scorePrepared(q, apart, () => 1, () => true, pairs) + 0.2);
    // One word left out between ("badan keuangan" of the Badan Pengelolaan Keuangan) counts neither way.
    const badan = prepareName('Badan Pengelolaan Keuangan dan Aset Daerah');
    expect(scorePrepared(prepareName('badan keuangan'), badan, () => 1, () => true, pairs)).toBe(scorePrepared(prepareName('badan keuangan'), badan));
    // A pair of weight 0 (no name could say it) counts not at all.
    expect(scorePrepared(q, apart, () => 1, () => true, { weight: () => 0 })).toBe(scorePrepared(q, apart));
    // The name's parts as written may say the pair its joined form parts ("Sekretaris Daerah" of the Sekretariat Daerah).
    const joined = prepareName('Sekretaris Daerah Sekretariat');
    const parts = { weight: () => 1, names: [prepareName('Sekretaris Daerah'), prepareName('Sekretariat Daerah')] };
    // (Spelt right, "sekretariat" is no typo of "sekretaris".)
    const spelt = () => false;
    expect(scorePrepared(prepareName('sekretariat daerah'), joined, () => 1, spelt, parts))
      .toBeGreaterThan(scorePrepared(prepareName('sekretariat daerah'), joined, () => 1, spelt, pairs));
  });

  test('an exact kode scores 1', () => {
    expect(scoreName('sekdis-dik', { nama: 'Sekretaris Dinas Pendidikan dan Kebudayaan', kode: 'SEKDIS-DIK' })).toBe(1);
  });
});

describe('words of one root', () => {
  test('a root matches the noun peN- makes of it, its first letter dropped, and a noun matches the root a name says', () => {
    expect(tokenMatches('tata', 'penataan')).toBe(true);
    expect(tokenMatches('pasar', 'pemasaran')).toBe(true);
    expect(tokenMatches('suluh', 'penyuluhan')).toBe(true);
    expect(tokenMatches('kelola', 'pengelolaan')).toBe(true);
    expect(tokenMatches('persampahan', 'sampah')).toBe(true);
    expect(tokenMatches('penataan', 'tata')).toBe(false); // the name's root shorter than five letters says too little
  });

  test('other roots do not match', () => {
    expect(tokenMatches('taat', 'penataan', false)).toBe(false);
    expect(tokenMatches('tanam', 'penataan', false)).toBe(false);
    expect(tokenMatches('pembinaan', 'bina', false)).toBe(false);
  });
});
