import { describe, expect, test } from 'vitest';
import { demoPostOf as postOf, demoUnitOf as unitOf } from '../../test/bots/fixtures/demo-reading.js';

/** Questions that describe a post or unit by its work, and the post or unit of the demo kabupaten each names. */
const DESCRIBED: ReadonlyArray<readonly [question: string, read: (q: string) => string | string[], kode: string]> = [
  ['calon kepala badan yang ngurus pajak daerah siapa aja ya', postOf, 'BAPENDA-KEPALA'],
  ['grid talenta bidang yg ngurus irigasi', unitOf, 'DPUPR-B2'],
  ['kandidat kasubbag yg ngurus gaji & SPJ di dinkes', postOf, 'DINKES-SEK-KEU-KEPALA'],
  ["Why isn't Lestari Handayani shortlisted to head the office that issues business permits?", postOf, 'DPMPTSP-KEPALA'],
  // "kantor" (office) is no kind the instansi names units with: the words after it name the unit.
  ['sebaran talenta pegawai kantor dewan', unitOf, 'SETWAN'],
  ['kantor pajak daerah kekurangan pegawai gak menurut abk?', unitOf, 'BAPENDA'],
  // The instansi's own word for the work stays: "bidang yg urus aset" is its Bidang Aset.
  ['siapa aja yg kinerjanya di bawah ekspektasi di bidang yg urus aset daerah', unitOf, 'BPKAD-B4'],
];

describe('a unit described by its work', () => {
  test.each(DESCRIBED)('%s', (question, read, kode) => {
    expect(read(question)).toBe(kode);
  });
});
