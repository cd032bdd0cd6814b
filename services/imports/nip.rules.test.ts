import { describe, expect, it } from 'vitest';
import { decodeNip } from './nip.rules.js';

describe('NIP rules', () => {
  it('decodes birth date, TMT CPNS month and gender from a PNS NIP', () => {
    expect(decodeNip('196608011988031001', 'PNS')).toEqual({ tanggalLahir: '1966-08-01', tmtCpns: '1988-03-01', jenisKelamin: 'L' });
    expect(decodeNip('197503152000032002', 'PNS').jenisKelamin).toBe('P');
  });

  it('reads only the birth date of an NI PPPK, whose digits 13–14 are not a month', () => {
    expect(decodeNip('199009132025242014', 'PPPK')).toEqual({ tanggalLahir: '1990-09-13', tmtCpns: null, jenisKelamin: null });
  });

  it.each([
    ['1966080119880310', 'harus 18 digit angka'],
    ['19660801198803100a', 'harus 18 digit angka'],
    ['196602301988031001', 'digit 1–8'],
    ['180001011988031001', 'digit 1–8'],
    ['196608011988001001', 'digit 9–14'],
    ['196608011988030001', 'digit 15'],
    ['196608011988031000', 'digit 16–18'],
  ])('rejects the PNS NIP %s (%s)', (nip, reason) => {
    expect(() => decodeNip(nip, 'PNS')).toThrow(reason);
  });

  it('rejects an NI PPPK with an impossible birth date only', () => {
    expect(() => decodeNip('199002302025242014', 'PPPK')).toThrow('digit 1–8');
    expect(() => decodeNip('199009132025240000', 'PPPK')).not.toThrow();
  });
});
