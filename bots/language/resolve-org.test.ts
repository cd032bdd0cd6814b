import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { createGrammar } from '../core/understand.js';
import { INTENTS } from '../intents/index.js';
import { resolvePosition, resolveUnit } from './resolve-org.js';
import { directoryOf, unit, type PostRow } from './small-directory.test-utils.js';

type Found = ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>;
const outcome = (r: Found) => (r.kind === 'match' ? r.item.kode : r.kind === 'choose' ? { choose: r.options.map((o) => o.kode).sort() } : r.kind);

/** What a question's unit or position argument resolves to in `org`. */
function askerOf(org: OrgDirectory): (question: string) => unknown {
  const grammar = createGrammar(INTENTS);
  const vocabulary = grammar.vocabulary(org);
  return (question) => {
    const understood = grammar.understand(question, vocabulary);
    if (understood.kind !== 'understood') return 'unknown';
    const args = understood.args as { unit?: string | null; position?: string | null };
    return args.position ? outcome(resolvePosition(args.position, org)) : args.unit ? outcome(resolveUnit(args.unit, org)) : null;
  };
}

/** An office and its Subbagian Umum dan Kepegawaian, with their heads. */
function office(kode: string, nama: string): { units: ReturnType<typeof unit>[]; posts: PostRow[] } {
  return {
    units: [unit(kode, nama, 'KAB', 1), unit(`${kode}-UMPEG`, 'Subbagian Umum dan Kepegawaian', kode, 2)],
    posts: [
      [`${kode}-KEPALA`, `Kepala ${nama}`, kode, 'JPT_PRATAMA'],
      [`${kode}-UMPEG-KEPALA`, 'Kepala Subbagian Umum dan Kepegawaian', `${kode}-UMPEG`, 'PENGAWAS'],
    ],
  };
}

/** A kabupaten whose agencies each have a Subbagian Umum dan Kepegawaian, beside its own personnel agency. */
function kabupaten(personnel: string): OrgDirectory {
  const offices = [
    office('BKD', personnel),
    office('BAPENDA', 'Badan Pendapatan Daerah'),
    office('BPBD', 'Badan Penanggulangan Bencana Daerah'),
    office('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah'),
  ];
  return directoryOf(
    [
      unit('KAB', 'Pemerintah Kabupaten Lembah Hijau', null, 0),
      ...offices.flatMap((o) => o.units),
      unit('SETDA', 'Sekretariat Daerah', 'KAB', 1),
      unit('SETDA-UMUM', 'Bagian Umum', 'SETDA', 2),
      unit('DINKES', 'Dinas Kesehatan', 'KAB', 1),
      unit('DINKES-B1', 'Bidang Kesehatan Masyarakat', 'DINKES', 2),
      unit('DINKES-B2', 'Bidang Pelayanan Kesehatan', 'DINKES', 2),
      unit('DINKES-B2-S1', 'Seksi Pelayanan Kesehatan Rujukan', 'DINKES-B2', 3),
    ],
    [
      ...offices.flatMap((o) => o.posts),
      ['SETDA-KEPALA', 'Sekretaris Daerah', 'SETDA', 'JPT_MADYA'],
      ['SETDA-UMUM-KEPALA', 'Kepala Bagian Umum', 'SETDA-UMUM', 'ADMINISTRATOR'],
      ['DINKES-KEPALA', 'Kepala Dinas Kesehatan', 'DINKES', 'JPT_PRATAMA'],
      ['DINKES-B1-KEPALA', 'Kepala Bidang Kesehatan Masyarakat', 'DINKES-B1', 'ADMINISTRATOR'],
      ['DINKES-B2-KEPALA', 'Kepala Bidang Pelayanan Kesehatan', 'DINKES-B2', 'ADMINISTRATOR'],
      ['DINKES-B2-S1-KEPALA', 'Kepala Seksi Pelayanan Kesehatan Rujukan', 'DINKES-B2-S1', 'PENGAWAS'],
    ],
  );
}

describe('words the question says next to each other', () => {
  test('name the office that says them together, not the units that say them apart', () => {
    for (const personnel of ['Badan Kepegawaian Daerah', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia']) {
      const asked = askerOf(kabupaten(personnel));
      // "Kepegawaian" of a Subbagian Umum dan Kepegawaian and "Badan … Daerah" of the agency above it are no "badan kepegawaian".
      expect(asked('siapa kandidat kepala badan kepegawaian daerah?')).toBe('BKD-KEPALA');
      expect(asked('nine box badan kepegawaian daerah')).toBe('BKD');
      expect(asked('berapa pegawai di badan kepegawaian')).toBe('BKD');
      expect(asked('calon kaban kepegawaian')).toBe('BKD-KEPALA');
      expect(asked('kandidat kepala bkd')).toBe('BKD-KEPALA');
      expect(asked('who could succeed the head of the personnel agency?')).toBe('BKD-KEPALA');
      // English says "regional" first, the names "Daerah" last.
      expect(asked('who could succeed the head of the regional personnel agency?')).toBe('BKD-KEPALA');
      expect(asked('nine box of the regional revenue agency')).toBe('BAPENDA');
    }
  });

  test('still name a unit by words said in its own order, typos and all', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('kandidat kasubbag umpeg bapenda')).toBe('BAPENDA-UMPEG-KEPALA');
    expect(asked('kandidat kasubbag kepegawaian badan penanggulangan bencana')).toBe('BPBD-UMPEG-KEPALA');
    expect(asked('kandidat kabid pelayanan kesehatan')).toBe('DINKES-B2-KEPALA');
    expect(asked('kandidat kabid kesehatan masyarakat')).toBe('DINKES-B1-KEPALA');
    expect(asked('kandidat kasi pelayanan kesehatan rujukan')).toBe('DINKES-B2-S1-KEPALA');
    expect(asked('kandidat kepala badan kepegawaan daerah')).toBe('BKD-KEPALA');
    // The head's own name says "Daerah" already: the unit's name as written still says "sekretariat daerah".
    expect(asked('siapa kandidat kepala sekretariat daerah')).toBe('SETDA-KEPALA');
    expect(asked('kandidat kabag umum setda')).toBe('SETDA-UMUM-KEPALA');
  });

  test('leave a question that several units answer alike a pick list', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('kandidat kasubbag umum dan kepegawaian')).toEqual({
      choose: ['BAPENDA-UMPEG-KEPALA', 'BAPPEDA-UMPEG-KEPALA', 'BKD-UMPEG-KEPALA', 'BPBD-UMPEG-KEPALA'],
    });
    expect(asked('kandidat kabid kesehatan')).toEqual({ choose: ['DINKES-B1-KEPALA', 'DINKES-B2-KEPALA'] });
  });
});

describe('a unit said before the part of it asked about', () => {
  test('names the part, in Indonesian order, with an abbreviation, or in English with a possessive', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('kandidat dinkes bidang pelayanan kesehatan')).toBe('DINKES-B2-KEPALA');
    expect(asked('top talent dinas kesehatan bidang kesehatan masyarakat')).toBe('DINKES-B1');
    expect(asked('nine box dinkes bidang pelayanan kesehatan seksi pelayanan kesehatan rujukan')).toBe('DINKES-B2-S1');
    expect(asked("successors for the health office's public health division head")).toBe('DINKES-B1-KEPALA');
    expect(asked("nine box of Dinkes's public health division")).toBe('DINKES-B1');
    // Said alone, the unit is the unit; a title before it still names its head.
    expect(asked('top talent dinkes')).toBe('DINKES');
    expect(asked('kandidat kepala dinas kesehatan')).toBe('DINKES-KEPALA');
  });

  test('a field said between the title and the office names the head of the part that field names', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('kandidat kepala kesehatan masyarakat dinas kesehatan')).toBe('DINKES-B1-KEPALA');
    expect(asked('successors for the head of public health at the health office')).toBe('DINKES-B1-KEPALA');
  });

  test('a title said apart from the unit names the unit; a title alone names the whole scope', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('kabid yang pensiun di dinas kesehatan')).toBe('DINKES');
    expect(asked('para kabid di dinkes yang mau pensiun')).toBe('DINKES');
    expect(asked('kadis yang pensiun tahun depan')).toBe(null);
  });

  test('a kind of unit the instansi does not list is none, not the unit the rest of the phrase names', () => {
    const asked = askerOf(kabupaten('Badan Kepegawaian Daerah'));
    expect(asked('berapa pegawai di puskesmas kesehatan masyarakat')).toBe('none');
    expect(asked('nine box kelurahan lembah hijau')).toBe('none');
    expect(asked('nine box bidang kesehatan masyarakat')).toBe('DINKES-B1');
  });
});

describe('units told apart by the compass or by Roman numerals', () => {
  /** Kecamatan named by the compass, beside one that is not, and an inspectorate's wilayah I–III. */
  function kabupatenWithSeries(): OrgDirectory {
    const kecamatan = ['Utara', 'Selatan', 'Barat'].map((point) => [`KEC-${point.toUpperCase()}`, `Kecamatan Lembah ${point}`] as const);
    return directoryOf(
      [
        unit('KAB', 'Pemerintah Kabupaten Lembah Hijau', null, 0),
        ...kecamatan.map(([kode, nama]) => unit(kode, nama, 'KAB', 1)),
        unit('KEC-KOTA', 'Kecamatan Kota Lembah', 'KAB', 1),
        unit('INSP', 'Inspektorat', 'KAB', 1),
        ...['I', 'II', 'III'].map((n, i) => unit(`INSP-W${i + 1}`, `Inspektur Pembantu Wilayah ${n}`, 'INSP', 2)),
      ],
      [
        ...kecamatan.map(([kode, nama]): PostRow => [`${kode}-CAMAT`, `Camat ${nama.replace('Kecamatan ', '')}`, kode, 'ADMINISTRATOR']),
        ['KEC-KOTA-CAMAT', 'Camat Kota Lembah', 'KEC-KOTA', 'ADMINISTRATOR'],
        ...['I', 'II', 'III'].map((n, i): PostRow => [`INSP-W${i + 1}-KEPALA`, `Inspektur Pembantu Wilayah ${n}`, `INSP-W${i + 1}`, 'ADMINISTRATOR']),
      ],
    );
  }

  test('a point or a numeral the instansi has names that one; one it lacks is none, not a pick list of the others', () => {
    const asked = askerOf(kabupatenWithSeries());
    expect(asked('kandidat camat lembah barat')).toBe('KEC-BARAT-CAMAT');
    expect(asked('nine box kecamatan lembah selatan')).toBe('KEC-SELATAN');
    expect(asked('kandidat camat lembah tengah')).toBe('none');
    expect(asked('nine box kecamatan lembah timur')).toBe('none');
    // A point said in two words is another point: south-west is no west.
    expect(asked('jumlah pegawai kecamatan lembah barat daya')).toBe('none');
    expect(asked('nine box kecamatan lembah barat daya')).toBe('none');
    expect(asked('siapa pengganti irban wilayah II')).toBe('INSP-W2-KEPALA');
    expect(asked('siapa pengganti irban wilayah 3')).toBe('INSP-W3-KEPALA');
    expect(asked('siapa pengganti irban wilayah IV')).toBe('none');
    expect(asked('kandidat camat')).toEqual({ choose: ['KEC-BARAT-CAMAT', 'KEC-KOTA-CAMAT', 'KEC-SELATAN-CAMAT', 'KEC-UTARA-CAMAT'] });
  });
});
