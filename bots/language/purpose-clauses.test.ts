import { describe, expect, test } from 'vitest';
import { demoDirectory } from '../../test/bots/fixtures/demo-directory.js';
import { createGrammar } from '../core/understand.js';
import { INTENTS } from '../intents/index.js';

describe('what an answer is for is context, not the request', () => {
  const grammar = createGrammar(INTENTS);
  const vocabulary = grammar.vocabulary(demoDirectory());
  const read = (question: string) => {
    const understood = grammar.understand(question, vocabulary);
    return understood.kind === 'understood' ? { intent: understood.intent.name, args: understood.args as Record<string, unknown> } : null;
  };

  test('a purpose said before the request, closed by a comma', () => {
    const asked = read('Dengan hormat, sebagai bahan perencanaan kebutuhan pegawai, mohon daftar pegawai Dinas Perhubungan yang akan pensiun tahun depan.');
    expect(asked?.intent).toBe('pensiun');
    expect(asked?.args.unit).toBe('dinas perhubungan');
  });

  test('a purpose said before the request, closed where the request begins', () => {
    const profile = read('Mohon izin Pak, untuk bahan Baperjakat kami perlu data talenta Sdr. Yohanes Petrus Manalu: golongan, jabatan sekarang, dan posisinya di nine box.');
    expect(profile?.intent).toBe('profil');
    expect(profile?.args.person).toBe('yohanes petrus manalu');
    expect(read('sebagai bahan paparan kami perlu daftar pegawai kotak 9 di bappeda')?.args.boxes).toEqual([9]);
  });

  test('a purpose said after the request, to the end of its sentence', () => {
    expect(read('mohon info jadwal talent review berikutnya agar kami dapat menyiapkan data pendukung')?.intent).toBe('jadwal');
    expect(read('berapa pegawai dinkes di kotak 9, untuk bahan rapat baperjakat')?.intent).toBe('jumlah');
  });

  test('a post or unit the clause names stays what is asked about', () => {
    const why = read('hendra gunawan kurang apa supaya bisa jadi sekretaris dinas kesehatan?');
    expect(why?.intent).toBe('alasan');
    expect(why?.args.position).toBe('sekretaris dinas kesehatan');
    const candidates = read('Dalam rangka pengisian jabatan Kepala Bidang Angkutan Dinas Perhubungan, mohon disampaikan calon yang memenuhi syarat.');
    expect(candidates?.intent).toBe('kandidat');
    expect(candidates?.args.position).toContain('kepala bidang angkutan');
  });
});
