import { describe, expect, test } from 'vitest';
import type { OrgDirectory } from '../../services/chat/get-org-directory.js';
import { directoryOf, unit, type PostRow } from './small-directory.test-utils.js';
import { createGrammar } from '../core/understand.js';
import { INTENTS } from '../intents/index.js';
import { resolvePosition, resolveUnit } from './resolve-org.js';
import { readDemo as read, demoPostOf, demoUnitOf } from '../../test/bots/fixtures/demo-reading.js';

/** Schools numbered 1–3 and puskesmas numbered 1–2, each headed, beside the bidang that oversees them. */
function directory(): OrgDirectory {
  const units = [
    unit('KOTA', 'Pemerintah Kota Uji', null, 0),
    unit('DIKBUD', 'Dinas Pendidikan dan Kebudayaan', 'KOTA', 1),
    unit('DIKBUD-B2', 'Bidang Pembinaan SMP', 'DIKBUD', 2),
    ...[1, 2, 3].map((n) => unit(`SMPN${n}`, `SMP Negeri ${n} Uji`, 'DIKBUD', 2)),
    unit('DINKES', 'Dinas Kesehatan', 'KOTA', 1),
    ...[1, 2].map((n) => unit(`PKM${n}`, `Puskesmas Sukamaju ${n}`, 'DINKES', 2)),
  ];
  return directoryOf(units, [
    ['DIKBUD-B2-KEPALA', 'Kepala Bidang Pembinaan SMP', 'DIKBUD-B2', 'ADMINISTRATOR'],
    ...[1, 2, 3].flatMap((n): PostRow[] => [
      [`SMPN${n}-KEPSEK`, `Kepala Sekolah SMP Negeri ${n} Uji`, `SMPN${n}`, 'FUNGSIONAL'],
      [`SMPN${n}-GURU`, 'Guru Ahli Pertama', `SMPN${n}`, 'FUNGSIONAL'],
    ]),
    ...[1, 2].map((n): PostRow => [`PKM${n}-KEPALA`, `Kepala Puskesmas Sukamaju ${n}`, `PKM${n}`, 'PENGAWAS']),
  ]);
}

const org = directory();
const grammar = createGrammar(INTENTS);
const vocabulary = grammar.vocabulary(org);

type Found = ReturnType<typeof resolveUnit> | ReturnType<typeof resolvePosition>;
const outcome = (r: Found) =>
  r.kind === 'match' ? r.item.kode : r.kind === 'none' && r.numbered ? { number: r.numbered.number, nearest: r.numbered.nearest.map((i) => i.kode) } : r.kind;

/** What a question's unit or position argument resolves to. */
function asked(question: string): unknown {
  const understood = grammar.understand(question, vocabulary);
  if (understood.kind !== 'understood') return 'unknown';
  const args = understood.args as { unit?: string | null; position?: string | null };
  return args.position ? outcome(resolvePosition(args.position, org)) : args.unit ? outcome(resolveUnit(args.unit, org)) : null;
}

describe('a numbered unit the instansi does not have', () => {
  test('is said to be missing, the numbered units nearest to it named, not offered as if they matched', () => {
    expect(asked('nine box smp negeri 4')).toEqual({ number: '4', nearest: ['SMPN1', 'SMPN2', 'SMPN3'] });
    expect(asked('kekurangan guru smpn 4')).toEqual({ number: '4', nearest: ['SMPN1', 'SMPN2', 'SMPN3'] });
    expect(asked('kotak talenta puskesmas sukamaju 5')).toEqual({ number: '5', nearest: ['PKM1', 'PKM2'] });
    expect(asked('kandidat kepala sekolah smp negeri 4')).toEqual({ number: '4', nearest: ['SMPN1-KEPSEK', 'SMPN2-KEPSEK', 'SMPN3-KEPSEK'] });
    expect(asked('calon kepala puskesmas sukamaju 3')).toEqual({ number: '3', nearest: ['PKM1-KEPALA', 'PKM2-KEPALA'] });
  });

  test('numbered units that are there still resolve, and other numbers never make a pick list', () => {
    expect(asked('nine box smp negeri 2')).toBe('SMPN2');
    expect(asked('kekurangan guru smpn 3')).toBe('SMPN3');
    expect(asked('kandidat kepsek smpn 1')).toBe('SMPN1-KEPSEK');
    expect(asked('kandidat kepala puskesmas sukamaju 2')).toBe('PKM2-KEPALA');
    // Two numbered units named at once: either fits, and the asker picks.
    expect(asked('kekurangan guru di smp negeri 1 dan smp negeri 2')).toBe('choose');
    // Units named without a number are unaffected by the numbered ones.
    expect(asked('kandidat kepala bidang pembinaan smp')).toBe('DIKBUD-B2-KEPALA');
    expect(asked('nine box dinas kesehatan')).toBe('DINKES');
  });

  test('a number said of another series is not the unit: SD Negeri 2 is no SMP Negeri 2', () => {
    expect(asked('nine box sd negeri 2')).toEqual({ number: '2', nearest: ['SMPN2'] });
    expect(asked('kandidat kepala sekolah sd negeri 2')).toEqual({ number: '2', nearest: ['SMPN2-KEPSEK', 'SMPN1-KEPSEK', 'SMPN3-KEPSEK'] });
    // Words of the units above it still name the school.
    expect(asked('nine box smp negeri 2 dinas pendidikan')).toBe('SMPN2');
  });

  test('a numbered unit is one match only when its number is asked for; without it the asker picks', () => {
    expect(asked('nine box smp negeri')).toBe('choose');
    expect(asked('kotak talenta puskesmas sukamaju')).toBe('choose');
    expect(outcome(resolveUnit('negeri uji', org))).not.toBe('SMPN1');
  });

  test('a post none of the numbered units a phrase may mean has is said to be missing there, not matched to their posts', () => {
    const found = resolvePosition('kepala puskesmas smp negeri uji', org);
    expect(found.kind).toBe('absent');
    expect(found.kind === 'absent' ? { post: found.post, among: found.among?.map((u) => u.kode) } : found.kind).toEqual({
      post: 'Kepala Puskesmas', among: ['SMPN1', 'SMPN2', 'SMPN3'],
    });
  });
});

/** A kabupaten with one SMP Negeri, one numbered puskesmas and three SD Negeri, beside the bidang over the SMP. */
function oneOfEach(): OrgDirectory {
  const units = [
    unit('KAB', 'Pemerintah Kabupaten Mekarsari', null, 0),
    unit('DISDIK', 'Dinas Pendidikan', 'KAB', 1),
    unit('DISDIK-B1', 'Bidang Pembinaan SMP', 'DISDIK', 2),
    unit('SMPN1', 'SMP Negeri 1 Mekarsari', 'DISDIK', 2),
    ...[1, 2, 3].map((n) => unit(`SDN${n}`, `SD Negeri ${n} Mekarsari`, 'DISDIK', 2)),
    unit('DINKES', 'Dinas Kesehatan', 'KAB', 1),
    unit('PKM2', 'Puskesmas Cibodas 2', 'DINKES', 2),
  ];
  return directoryOf(units, [
    ['DISDIK-KEPALA', 'Kepala Dinas Pendidikan', 'DISDIK', 'JPT_PRATAMA'],
    ['SMPN1-KEPSEK', 'Kepala Sekolah SMP Negeri 1 Mekarsari', 'SMPN1', 'FUNGSIONAL'],
    ['SMPN1-GURU', 'Guru Ahli Pertama', 'SMPN1', 'FUNGSIONAL'],
    ...[1, 2, 3].map((n): PostRow => [`SDN${n}-KEPSEK`, `Kepala Sekolah SD Negeri ${n} Mekarsari`, `SDN${n}`, 'FUNGSIONAL']),
    ['PKM2-KEPALA', 'Kepala Puskesmas Cibodas 2', 'PKM2', 'PENGAWAS'],
  ]);
}

describe('the only numbered unit of its series', () => {
  const one = oneOfEach();
  const oneVocabulary = grammar.vocabulary(one);
  const askedOne = (question: string): unknown => {
    const understood = grammar.understand(question, oneVocabulary);
    if (understood.kind !== 'understood') return 'unknown';
    const args = understood.args as { unit?: string | null; position?: string | null };
    const found = args.position ? resolvePosition(args.position, one) : args.unit ? resolveUnit(args.unit, one) : null;
    return found === null ? null : found.kind === 'choose' ? { choose: found.options.map((o) => o.kode) } : outcome(found);
  };

  test('is the unit its series names, answered without a pick list of one', () => {
    expect(askedOne('berapa pegawai di smp negeri?')).toBe('SMPN1');
    expect(askedOne('nine box smpn')).toBe('SMPN1');
    expect(askedOne('kekurangan guru smp negeri')).toBe('SMPN1');
    expect(askedOne('kotak talenta puskesmas cibodas')).toBe('PKM2');
    expect(askedOne('kandidat kepsek smpn')).toBe('SMPN1-KEPSEK');
    expect(askedOne('who could replace the head of puskesmas cibodas?')).toBe('PKM2-KEPALA');
  });

  test('a series of several is still a pick list, and stray words of a numbered name are still offered, not taken', () => {
    expect(askedOne('berapa pegawai di sd negeri?')).toEqual({ choose: ['SDN1', 'SDN2', 'SDN3'] });
    // "Negeri Mekarsari" is said by every school's name, but names no series.
    expect(askedOne('nine box negeri mekarsari')).toEqual({ choose: ['SDN1', 'SDN2', 'SDN3', 'SMPN1'] });
    // "SMP" alone is also the Bidang Pembinaan SMP.
    expect(askedOne('nine box smp')).toEqual({ choose: ['SMPN1', 'DISDIK-B1'] });
    expect(askedOne('nine box smp negeri 2')).toEqual({ number: '2', nearest: ['SMPN1'] });
  });
});

describe('a number after a unit named whole, in the demo kabupaten', () => {
  test('is no part of its name where no name of it says one: a command\'s count', () => {
    expect(read('/top dlh 3').args).toMatchObject({ unit: 'dinas lingkungan hidup', limit: 3 });
    expect(demoUnitOf('top dinas sosial 3 orang')).toBe('DINSOS');
    // A number said where a name has a Roman numeral, its word before it left out, is still the name's.
    expect(demoPostOf('kandidat inspektur pembantu 2')).toBe('INSPEKTORAT-B2-KEPALA');
  });
});
