import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { directoryOf, unit } from './small-directory.test-utils.js';
import { createGrammar } from '../core/understand.js';
import { INTENTS } from '../intents/index.js';
import { resolvePosition, resolveUnit } from './resolve-org.js';
import { tokenise } from './tokenise.js';

/**
 * A small kabupaten whose kodes take the shapes SIASN/SIMPEG exports use, each beside a unit whose name the kode's
 * words would also fit: the school next to its Dinas, puskesmas "PKM-02" next to a "Puskesmas 02 Kota".
 */
function directory(): OrgDirectory {
  const units = [
    unit('KAB', 'Pemerintah Kabupaten Uji', null, 0),
    unit('DISDIK', 'Dinas Pendidikan', 'KAB', 1),
    unit('DISDIK-SMPN1', 'SMP Negeri 1 Uji', 'DISDIK', 2),
    unit('DISDIK-SMPN2', 'SMP Negeri 2 Uji', 'DISDIK', 2),
    unit('DINKES', 'Dinas Kesehatan', 'KAB', 1),
    unit('DINKES-PKM-02', 'Puskesmas Sukamaju', 'DINKES', 2),
    unit('DINKES-PKM-KOTA', 'Puskesmas 02 Kota', 'DINKES', 2),
    unit('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'KAB', 1),
    unit('BAPPEDA-SEK', 'Sekretariat Badan Perencanaan Pembangunan Daerah', 'BAPPEDA', 2),
    unit('UPT01', 'UPT Pengelolaan Air Limbah', 'KAB', 1),
  ];
  return directoryOf(units, [
    ['KADIS-DIKBUD', 'Kepala Dinas Pendidikan', 'DISDIK', 'JPT_PRATAMA'],
    ['DISDIK-SMPN1-KEPSEK', 'Kepala Sekolah SMP Negeri 1 Uji', 'DISDIK-SMPN1', 'FUNGSIONAL'],
    ['DISDIK-SMPN1-GURU', 'Guru Ahli Pertama', 'DISDIK-SMPN1', 'FUNGSIONAL'],
    ['DISDIK-SMPN2-KEPSEK', 'Kepala Sekolah SMP Negeri 2 Uji', 'DISDIK-SMPN2', 'FUNGSIONAL'],
    ['DISDIK-SMPN2-GURU', 'Guru Ahli Pertama', 'DISDIK-SMPN2', 'FUNGSIONAL'],
    ['DINKES-KEPALA', 'Kepala Dinas Kesehatan', 'DINKES', 'JPT_PRATAMA'],
    ['PKM02-KEPALA', 'Kepala Puskesmas Sukamaju', 'DINKES-PKM-02', 'PENGAWAS'],
    ['PKMKOTA-KEPALA', 'Kepala Puskesmas 02 Kota', 'DINKES-PKM-KOTA', 'PENGAWAS'],
    ['BAPPEDA-KEPALA', 'Kepala Badan Perencanaan Pembangunan Daerah', 'BAPPEDA', 'JPT_PRATAMA'],
    ['BAPPEDA-SEK-SEKRETARIS', 'Sekretaris Badan Perencanaan Pembangunan Daerah', 'BAPPEDA-SEK', 'ADMINISTRATOR'],
    ['UPT01-KEPALA', 'Kepala UPT Pengelolaan Air Limbah', 'UPT01', 'PENGAWAS'],
  ]);
}

const org = directory();
const grammar = createGrammar(INTENTS);
const vocabulary = grammar.vocabulary(org);
const kodeOf = (r: ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>) => (r.kind === 'match' ? r.item.kode : r.kind);

/** The intent a question is read as, and the unit or position its arguments resolve to. */
function asked(question: string): { intent: string; unit?: string; position?: string; jabatan?: unknown } {
  const understood = grammar.understand(question, vocabulary);
  if (understood.kind !== 'understood') return { intent: 'unknown' };
  const args = understood.args as { unit?: string | null; position?: string | null; jabatan?: string | null };
  return {
    intent: understood.intent.name,
    ...(args.unit ? { unit: kodeOf(resolveUnit(args.unit, org)) } : {}),
    ...(args.position ? { position: kodeOf(resolvePosition(args.position, org)) } : {}),
    ...(args.jabatan ? { jabatan: args.jabatan } : {}),
  };
}

describe('a unit or position named by its kode', () => {
  test('a unit kode in any intent that takes a unit, joined by "-", "_", "." or "/" and in any case', () => {
    expect(asked('kekurangan guru DISDIK-SMPN1')).toEqual({ intent: 'neraca-pegawai', unit: 'DISDIK-SMPN1', jabatan: 'guru' });
    expect(asked('kekurangan guru di disdik_smpn2?')).toEqual({ intent: 'neraca-pegawai', unit: 'DISDIK-SMPN2', jabatan: 'guru' });
    expect(asked('kotak talenta di DINKES-PKM-02')).toEqual({ intent: 'ninebox', unit: 'DINKES-PKM-02' });
    expect(asked('nine-box unit Bappeda.Sek')).toEqual({ intent: 'ninebox', unit: 'BAPPEDA-SEK' });
    expect(asked('talent pool DINKES/PKM/02')).toEqual({ intent: 'talent-pool', unit: 'DINKES-PKM-02' });
    expect(asked('jabatan kosong di UPT01')).toEqual({ intent: 'jabatan-kosong', unit: 'UPT01' });
    expect(asked('siapa yang pensiun tahun depan di dinkes-pkm-02')).toMatchObject({ intent: 'pensiun', unit: 'DINKES-PKM-02' });
  });

  test('a position kode where an intent takes a position, and a title said before a unit kode names that unit\'s post', () => {
    expect(asked('kandidat KADIS-DIKBUD')).toEqual({ intent: 'kandidat', position: 'KADIS-DIKBUD' });
    expect(asked('seberapa rawan posisi pkm02-kepala')).toEqual({ intent: 'risiko', position: 'PKM02-KEPALA' });
    expect(asked('calon kepala sekolah DISDIK-SMPN2')).toEqual({ intent: 'kandidat', position: 'DISDIK-SMPN2-KEPSEK' });
  });

  test('a kode stays one word through folding, a possessive after it dropped', () => {
    const words = (text: string) => tokenise(text, (w) => vocabulary.isKnown(w), undefined, (chunk) => vocabulary.kodeOf(chunk));
    expect(words("show DISDIK-SMPN1's nine box")).toEqual(['show', 'disdik-smpn1', 'nine', 'box']);
    expect(words('kotak talenta (Dinkes_PKM_02), kandidat KADIS-DIKBUD?')).toEqual(['kotak', 'talenta', 'dinkes-pkm-02', ',', 'kandidat', 'kadis-dikbud']);
    // A kode of one of its families it does not have is one word too; hyphenated words of no family are folded apart.
    expect(words('nine-box DINKES-PKM-09')).toEqual(['nine', 'box', 'dinkes-pkm-09']);
    expect(words('siap 1-2 tahun, top-5 ABC-12')).toEqual(['siap', '1', '2', 'tahun', ',', 'top', '5', 'abc', '12']);
  });

  test('a kode wins over a unit whose name its words also fit', () => {
    // By their words, "dinkes pkm 02" is the "Puskesmas 02 Kota".
    expect(kodeOf(resolveUnit('puskesmas 02', org))).toBe('DINKES-PKM-KOTA');
    expect(kodeOf(resolveUnit('DINKES-PKM-02', org))).toBe('DINKES-PKM-02');
    // A school said with the Dinas above it is the school.
    expect(kodeOf(resolveUnit('dinas pendidikan smp negeri 1', org))).toBe('DISDIK-SMPN1');
    expect(kodeOf(resolveUnit('unit disdik-smpn1', org))).toBe('DISDIK-SMPN1');
    // A position's kode names the unit it sits in.
    expect(kodeOf(resolveUnit('pkm02-kepala', org))).toBe('DINKES-PKM-02');
  });

  test('a kode of one of the instansi\'s families that it does not have finds nothing, its kodes most like it named', () => {
    const unknown = (r: ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>) =>
      r.kind === 'none' && r.kode ? { written: r.kode.written, nearest: r.kode.nearest.map((i) => i.kode) } : r.kind;
    const unitOf = (question: string) => {
      const understood = grammar.understand(question, vocabulary);
      return understood.kind === 'understood' ? unknown(resolveUnit((understood.args as { unit: string }).unit, org)) : 'unknown';
    };
    expect(unitOf('kotak talenta di DINKES-PKM-09')).toEqual({ written: 'DINKES-PKM-09', nearest: ['DINKES-PKM-02', 'DINKES-PKM-KOTA', 'DINKES'] });
    expect(unitOf('kekurangan guru disdik_smpn9')).toEqual({ written: 'DISDIK-SMPN9', nearest: ['DISDIK-SMPN1', 'DISDIK-SMPN2', 'DISDIK'] });
    expect(unknown(resolvePosition('disdik-smpn9-kepsek', org))).toEqual({ written: 'DISDIK-SMPN9-KEPSEK', nearest: ['DISDIK-SMPN1-KEPSEK', 'DISDIK-SMPN1-GURU', 'DISDIK-SMPN2-KEPSEK', 'DISDIK-SMPN2-GURU'] });
  });

  test('an unknown kode is tried as a position\'s kode too: the kodes most like it may be posts', () => {
    const unknown = (r: ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>) =>
      r.kind === 'none' && r.kode ? { written: r.kode.written, nearest: r.kode.nearest.map((i) => i.kode) } : r.kind;
    const positionOf = (question: string) => {
      const understood = grammar.understand(question, vocabulary);
      const position = understood.kind === 'understood' ? (understood.args as { position?: string | null }).position : null;
      return position ? unknown(resolvePosition(position, org)) : 'no position';
    };
    // Written like a post's kode ("…-WAKIL" beside PKM02-KEPALA): the risks of a post, the posts most like it named.
    expect(positionOf('risiko pkm02-wakil')).toEqual({ written: 'PKM02-WAKIL', nearest: ['PKM02-KEPALA'] });
    expect(positionOf('risiko DISDIK-SMPN1-WAKASEK')).toEqual({
      written: 'DISDIK-SMPN1-WAKASEK', nearest: ['DISDIK-SMPN1-KEPSEK', 'DISDIK-SMPN1-GURU', 'DISDIK-SMPN2-KEPSEK', 'DISDIK-SMPN2-GURU'],
    });
  });

  test('an unknown kode numbered like the instansi\'s kodes finds nothing and names the nearest, never another post', () => {
    const unknown = (r: ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>) =>
      r.kind === 'none' && r.kode ? { written: r.kode.written, nearest: r.kode.nearest.map((i) => i.kode) } : r.kind;
    const read = (question: string) => {
      const understood = grammar.understand(question, vocabulary);
      if (understood.kind !== 'understood') return 'unknown';
      const args = understood.args as { position?: string | null; unit?: string | null };
      const found = args.position ? unknown(resolvePosition(args.position, org)) : args.unit ? unknown(resolveUnit(args.unit, org)) : null;
      return { intent: understood.intent.name, found };
    };
    expect(read('kandidat PKM03-KEPALA')).toEqual({ intent: 'kandidat', found: { written: 'PKM03-KEPALA', nearest: ['PKM02-KEPALA'] } });
    expect(read('kandidat UPT02-KEPALA')).toEqual({ intent: 'kandidat', found: { written: 'UPT02-KEPALA', nearest: ['UPT01-KEPALA'] } });
    expect(read('nine box UPT02')).toEqual({ intent: 'ninebox', found: { written: 'UPT02', nearest: ['UPT01'] } });
    // A post's kode family asked as a unit: the units of the posts most like it.
    expect(read('jabatan kosong di PKM03-X')).toEqual({ intent: 'jabatan-kosong', found: { written: 'PKM03-X', nearest: ['DINKES-PKM-02'] } });
    // Without a hyphen "pkm03" is Puskesmas 03 said short (as "smpn4" is SMP Negeri 4), which this instansi has not.
    expect(read('jabatan kosong di pkm03')).toEqual({ intent: 'jabatan-kosong', found: 'none' });
  });

  test('words that are no kode are read as before', () => {
    // A particle joined to an abbreviation or a kode is no part of it; a word said twice is no kode.
    expect(asked('kandidat kadis Dinkes-nya')).toEqual({ intent: 'kandidat', position: 'DINKES-KEPALA' });
    expect(asked('nine box DISDIK-SMPN1-nya')).toEqual({ intent: 'ninebox', unit: 'DISDIK-SMPN1' });
    expect(asked('nine box dinkes-dinkes')).toEqual({ intent: 'ninebox', unit: 'DINKES' });
    expect(asked('kandidat kepala bappeda')).toEqual({ intent: 'kandidat', position: 'BAPPEDA-KEPALA' });
    expect(asked('nine box dinas kesehatan')).toEqual({ intent: 'ninebox', unit: 'DINKES' });
  });
});
