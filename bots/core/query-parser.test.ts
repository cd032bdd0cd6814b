import { describe, expect, test } from 'vitest';
import { parseQuery, type Intent } from './query-parser.js';

const cases: Array<[string, Intent]> = [
  ['kandidat kepala dinas pendidikan', { kind: 'kandidat', position: 'kepala dinas pendidikan' }],
  ['Kandidat Kepala Dinas Pendidikan!', { kind: 'kandidat', position: 'kepala dinas pendidikan' }],
  ['siapa pengganti sekda?', { kind: 'kandidat', position: 'sekda' }],
  ['Siapa kandidat kepala BKPSDM', { kind: 'kandidat', position: 'kepala bkpsdm' }],
  ['siapa calon kadis kesehatan', { kind: 'kandidat', position: 'kadis kesehatan' }],
  ['siapa saja kandidat kabid anggaran?', { kind: 'kandidat', position: 'kabid anggaran' }],
  ['siapa yang bisa menggantikan kepala bappeda', { kind: 'kandidat', position: 'kepala bappeda' }],
  ['siapa yang layak jadi sekretaris dinas pendidikan', { kind: 'kandidat', position: 'sekretaris dinas pendidikan' }],
  ['pengganti kepala bpkad', { kind: 'kandidat', position: 'kepala bpkad' }],
  ['tolong kandidat untuk jabatan kasubbag umum', { kind: 'kandidat', position: 'kasubbag umum' }],
  ['calon suksesor kadis pu', { kind: 'kandidat', position: 'suksesor kadis pu' }],
  ['/kandidat KADIS-DIK', { kind: 'kandidat', position: 'kadis dik' }],
  ['/kandidat@TalentaBot kepala dinas kesehatan', { kind: 'kandidat', position: 'kepala dinas kesehatan' }],
  ['<@U0BOT> kandidat sekda', { kind: 'kandidat', position: 'sekda' }],
  ['successors for head of finance', { kind: 'kandidat', position: 'kepala keuangan' }],
  ['Successors for the head of the education office', { kind: 'kandidat', position: 'kepala pendidikan dinas' }],
  ['successor head of health department', { kind: 'kandidat', position: 'kepala kesehatan dinas' }],
  ['candidates for regional secretary', { kind: 'kandidat', position: 'sekretaris daerah' }],
  ['who can replace the head of finance agency?', { kind: 'kandidat', position: 'kepala keuangan badan' }],
  ['Who could succeed the head of education?', { kind: 'kandidat', position: 'kepala pendidikan' }],
  ['who are the successors of head of planning agency', { kind: 'kandidat', position: 'kepala perencanaan badan' }],
  ['ninebox', { kind: 'ninebox', unit: null }],
  ['ninebox dinas kesehatan', { kind: 'ninebox', unit: 'dinas kesehatan' }],
  ['Nine-box di Dinas Pendidikan', { kind: 'ninebox', unit: 'dinas pendidikan' }],
  ['9 box', { kind: 'ninebox', unit: null }],
  ['9box bkpsdm', { kind: 'ninebox', unit: 'bkpsdm' }],
  ['sebaran talenta di dinkes', { kind: 'ninebox', unit: 'dinkes' }],
  ['talent grid for the health office', { kind: 'ninebox', unit: 'kesehatan dinas' }],
  ['/ninebox@TalentaBot', { kind: 'ninebox', unit: null }],
  ['profil 196608011988031001', { kind: 'profil', nip: '196608011988031001' }],
  ['profil budi santoso', { kind: 'profil', nama: 'budi santoso' }],
  ['Profile of Siti Rahmawati', { kind: 'profil', nama: 'siti rahmawati' }],
  ['196608011988031001', { kind: 'profil', nip: '196608011988031001' }],
  ['profil 19660801 198803 1 001', { kind: 'profil', nip: '196608011988031001' }],
  ['risiko', { kind: 'risiko', unit: null }],
  ['Risiko di dinas pendidikan?', { kind: 'risiko', unit: 'dinas pendidikan' }],
  ['risk', { kind: 'risiko', unit: null }],
  ['risks in the finance agency', { kind: 'risiko', unit: 'keuangan badan' }],
  ['jabatan berisiko', { kind: 'risiko', unit: null }],
  ['what is at risk?', { kind: 'risiko', unit: null }],
  ['jadwal', { kind: 'jadwal' }],
  ['Jadwal tinjauan?', { kind: 'jadwal' }],
  ['schedule', { kind: 'jadwal' }],
  ['when is the next review?', { kind: 'jadwal' }],
  ['bantuan', { kind: 'bantuan' }],
  ['help', { kind: 'bantuan' }],
  ['/start', { kind: 'bantuan' }],
  ['', { kind: 'bantuan' }],
  ['halo pak', { kind: 'bantuan' }],
  ['berapa gaji saya', { kind: 'unknown', text: 'berapa gaji saya' }],
];

describe('query parser', () => {
  test.each(cases)('%s', (text, expected) => {
    expect(parseQuery(text)).toEqual(expected);
  });

  test('has a table of at least 40 real questions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
});
