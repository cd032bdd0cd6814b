import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { createGrammar } from '../core/understand.js';
import { INTENTS } from '../intents/index.js';
import { resolvePosition, resolveUnit } from './resolve-org.js';
import { directoryOf, unit } from './small-directory.test-utils.js';

/**
 * A kota whose offices share words with offices it does not have: a Dinas PMD but no women's office, a Dinas
 * Pertanian dan Perikanan but no Dinas Perkebunan, a Badan Kesatuan Bangsa but no disaster agency.
 */
function kota(): OrgDirectory {
  return directoryOf(
    [
      unit('KOTA', 'Pemerintah Kota Sukamaju', null, 0),
      unit('DPMK', 'Dinas Pemberdayaan Masyarakat dan Kelurahan', 'KOTA', 1),
      unit('DPMK-B1', 'Bidang Pemberdayaan Lembaga Kemasyarakatan', 'DPMK', 2),
      unit('DISTANKAN', 'Dinas Pertanian dan Perikanan', 'KOTA', 1),
      unit('DISTANKAN-B1', 'Bidang Perikanan', 'DISTANKAN', 2),
      unit('DISTANKAN-B2', 'Bidang Tanaman Pangan', 'DISTANKAN', 2),
      unit('KESBANG', 'Badan Kesatuan Bangsa dan Politik', 'KOTA', 1),
      unit('DINSOS', 'Dinas Sosial', 'KOTA', 1),
      unit('DINSOS-B1', 'Bidang Perlindungan dan Jaminan Sosial', 'DINSOS', 2),
      unit('DISPERKIM', 'Dinas Perumahan dan Kawasan Permukiman', 'KOTA', 1),
      unit('DISPERKIM-B1', 'Bidang Perumahan', 'DISPERKIM', 2),
    ],
    [
      ['DPMK-KEPALA', 'Kepala Dinas Pemberdayaan Masyarakat dan Kelurahan', 'DPMK', 'JPT_PRATAMA'],
      ['DPMK-B1-KEPALA', 'Kepala Bidang Pemberdayaan Lembaga Kemasyarakatan', 'DPMK-B1', 'ADMINISTRATOR'],
      ['DISTANKAN-KEPALA', 'Kepala Dinas Pertanian dan Perikanan', 'DISTANKAN', 'JPT_PRATAMA'],
      ['DISTANKAN-B1-KEPALA', 'Kepala Bidang Perikanan', 'DISTANKAN-B1', 'ADMINISTRATOR'],
      ['DISTANKAN-B2-KEPALA', 'Kepala Bidang Tanaman Pangan', 'DISTANKAN-B2', 'ADMINISTRATOR'],
      ['KESBANG-KEPALA', 'Kepala Badan Kesatuan Bangsa dan Politik', 'KESBANG', 'JPT_PRATAMA'],
      ['DINSOS-KEPALA', 'Kepala Dinas Sosial', 'DINSOS', 'JPT_PRATAMA'],
      ['DINSOS-B1-KEPALA', 'Kepala Bidang Perlindungan dan Jaminan Sosial', 'DINSOS-B1', 'ADMINISTRATOR'],
      ['DISPERKIM-KEPALA', 'Kepala Dinas Perumahan dan Kawasan Permukiman', 'DISPERKIM', 'JPT_PRATAMA'],
      ['DISPERKIM-B1-KEPALA', 'Kepala Bidang Perumahan', 'DISPERKIM-B1', 'ADMINISTRATOR'],
    ],
  );
}

type Found = ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>;
const outcome = (r: Found) =>
  r.kind === 'match'
    ? r.item.kode
    : r.kind === 'choose'
      ? { choose: r.options.map((o) => o.kode) }
      : r.kind === 'none' && r.unheard
        ? { unheard: r.unheard, ...(r.within ? { within: r.within } : {}) }
        : r.kind;

describe('a field the instansi has no unit for', () => {
  const org = kota();
  const grammar = createGrammar(INTENTS);
  const vocabulary = grammar.vocabulary(org);
  /** What a question's unit or position argument resolves to. */
  const asked = (question: string): unknown => {
    const understood = grammar.understand(question, vocabulary);
    if (understood.kind !== 'understood') return 'unknown';
    const args = understood.args as { unit?: string | null; position?: string | null };
    return args.position ? outcome(resolvePosition(args.position, org)) : args.unit ? outcome(resolveUnit(args.unit, org)) : null;
  };

  test('is said to be missing, not answered by an office that shares another of its words', () => {
    expect(asked('who could succeed the head of the women empowerment office?')).toEqual({ unheard: ['perempuan'] });
    expect(asked('kandidat kadis pemberdayaan perempuan')).toEqual({ unheard: ['perempuan'] });
    expect(asked('nine box dinas p3a')).toEqual({ unheard: ['perempuan', 'anak'] });
    expect(asked('how many staff in the empowerment of women office')).toEqual({ unheard: ['perempuan'] });
    expect(asked('calon kepala dinas perkebunan')).toEqual({ unheard: ['perkebunan'] });
    expect(asked('siapa pengganti kepala badan penanggulangan bencana')).toEqual({ unheard: ['penanggulangan', 'bencana'] });
    expect(asked('kotak talenta bidang perlindungan anak')).toEqual({ unheard: ['anak'] });
  });

  test('the offices that are there still resolve, by their own words, abbreviations, English names and typos', () => {
    expect(asked('kandidat kepala dinas pemberdayaan masyarakat')).toBe('DPMK-KEPALA');
    expect(asked('who could succeed the head of the community empowerment office?')).toBe('DPMK-KEPALA');
    expect(asked('kandidat kadis pertanian')).toBe('DISTANKAN-KEPALA');
    expect(asked('nine box dinas perikanan')).toBe('DISTANKAN');
    expect(asked('calon kaban kesbangpol')).toBe('KESBANG-KEPALA');
    expect(asked('kandidat kabid perlindungan jaminan sosial')).toBe('DINSOS-B1-KEPALA');
    expect(asked('kandidat kadis sosial')).toBe('DINSOS-KEPALA');
    expect(asked('kandidat kadis pertanain')).toBe('DISTANKAN-KEPALA');
  });

  test('a word that says whom or where an office serves is no field of its own', () => {
    expect(asked('kandidat kepala dinas perumahan rakyat')).toBe('DISPERKIM-KEPALA');
    expect(asked('nine box dinas pertanian daerah')).toBe('DISTANKAN');
  });

  test('a field said beside the words of an office that says no other field is that office', () => {
    // "Dinas Sosial" says nothing in place of "anak": the asker's office, named more fully than the instansi names it.
    expect(asked('kandidat kepala dinas sosial dan perlindungan anak')).toBe('DINSOS-KEPALA');
  });

  test("a bidang of a field the office lacks is missing, not the office's head, whose name says no bidang", () => {
    // Each bidang of the Dinas Sosial says a field of its own; its head is left standing but heads no bidang.
    expect(asked('kandidat kabid rehabilitasi dinsos')).toEqual({ unheard: ['rehabilitasi'], within: 'Dinas Sosial' });
    expect(asked('jumlah pegawai bidang rehabilitasi dinas sosial')).toEqual({ unheard: ['rehabilitasi'], within: 'Dinas Sosial' });
    // Without a bidang asked, the office's head is still the one whose name says no other field.
    expect(asked('kandidat kepala dinas sosial dan rehabilitasi')).toBe('DINSOS-KEPALA');
  });

  test("the office's own words say where a part is, not what it is about", () => {
    // "perikanan" is said as the office's name: the Bidang Perikanan is no bidang of livestock for it.
    expect(asked('jumlah pegawai bidang peternakan dinas pertanian dan perikanan')).toEqual({ unheard: ['peternakan'], within: 'Dinas Pertanian dan Perikanan' });
    expect(asked('kandidat kabid peternakan dinas pertanian dan perikanan')).toEqual({ unheard: ['peternakan'], within: 'Dinas Pertanian dan Perikanan' });
    expect(asked('kandidat kabid perikanan dinas pertanian dan perikanan')).toBe('DISTANKAN-B1-KEPALA');
    expect(asked('nine box bidang perikanan')).toBe('DISTANKAN-B1');
  });

  test('a part is looked for in the office named after it, not in another office that shares its words', () => {
    // The Dinas Sosial's Bidang Perlindungan dan Jaminan Sosial is not the DPMK's, which has no such bidang.
    expect(asked('kandidat kabid perlindungan dan jaminan dinas pemberdayaan masyarakat')).toEqual({
      unheard: ['perlindungan', 'jaminan'],
      within: 'Dinas Pemberdayaan Masyarakat dan Kelurahan',
    });
    expect(asked('kandidat kabid perlindungan dan jaminan dinas sosial')).toBe('DINSOS-B1-KEPALA');
    expect(asked('jumlah pegawai bidang pemberdayaan lembaga dinas pemberdayaan masyarakat')).toBe('DPMK-B1');
  });

  test('words after a bidang that no name of its office says name a field it lacks, not a person to drop', () => {
    // Unknown to pemda naming and to the kota: said as the bidang's field, missing in the office.
    expect(asked('kandidat kabid cipta karya dinas sosial')).toEqual({ unheard: ['cipta', 'karya'], within: 'Dinas Sosial' });
    expect(asked('siapa calon kabid cipta karya di dinas pertanian dan perikanan?')).toEqual({
      unheard: ['cipta', 'karya'],
      within: 'Dinas Pertanian dan Perikanan',
    });
    // Said by another office's bidang only: not in this office.
    expect(asked('kandidat kabid kemasyarakatan dinas sosial')).toEqual({ unheard: ['kemasyarakatan'], within: 'Dinas Sosial' });
    // "dan" between two field words joins one bidang's name: the Bidang Perikanan, named more fully than the kota
    // names it (its name says no other field), and a bidang that says another field in place of the second is not it.
    expect(asked('kandidat kabid perikanan dan kelautan dinas pertanian dan perikanan')).toBe('DISTANKAN-B1-KEPALA');
    expect(asked('kandidat kabid perlindungan dan rehabilitasi dinas sosial')).toEqual({ unheard: ['rehabilitasi'], within: 'Dinas Sosial' });
    // A typo of a field the office has is that field.
    expect(asked('kandidat kabid tanaman pangn dinas pertanian dan perikanan')).toBe('DISTANKAN-B2-KEPALA');
  });

  test('an office said by its field alone ("perkim") closes the field of a part said before it', () => {
    expect(asked('kandidat kabid cipta karya perkim')).toEqual({ unheard: ['cipta', 'karya'], within: 'Dinas Perumahan dan Kawasan Permukiman' });
    expect(asked('who could be head of the cipta karya division at perkim?')).toEqual({
      unheard: ['cipta', 'karya'],
      within: 'Dinas Perumahan dan Kawasan Permukiman',
    });
    expect(asked('kandidat kabid perumahan perkim')).toBe('DISPERKIM-B1-KEPALA');
  });

  test("a bidang asked in an office without a field of its own is any of the office's bidang, whatever the office's name says", () => {
    // "perikanan" names the office here, not its Bidang Perikanan.
    expect(asked('kandidat kabid dinas pertanian dan perikanan')).toEqual({ choose: ['DISTANKAN-B1-KEPALA', 'DISTANKAN-B2-KEPALA'] });
    expect(asked('kandidat kabid dinas sosial')).toBe('DINSOS-B1-KEPALA');
    expect(asked('jumlah pegawai bidang dinas pertanian dan perikanan')).toEqual({ choose: ['DISTANKAN-B1', 'DISTANKAN-B2'] });
  });
});
