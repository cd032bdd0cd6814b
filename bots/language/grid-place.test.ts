import { describe, expect, it } from 'vitest';
import { readGridPlace } from './grid-place.js';

const words = (text: string) => text.split(' ');

describe('a grid cell said by where it is drawn', () => {
  it('reads a corner as the levels of both axes: kinerja rises upwards, potensial to the right', () => {
    expect(readGridPlace(words('siapa di kotak kanan atas'))).toEqual({ kinerja: 'DI_ATAS', potensial: 'TINGGI' });
    expect(readGridPlace(words('berapa di pojok kiri bawah'))).toEqual({ kinerja: 'DI_BAWAH', potensial: 'RENDAH' });
    expect(readGridPlace(words('the top right box'))).toEqual({ kinerja: 'DI_ATAS', potensial: 'TINGGI' });
    expect(readGridPlace(words('lower left corner'))).toEqual({ kinerja: 'DI_BAWAH', potensial: 'RENDAH' });
    expect(readGridPlace(words('kotak paling kanan bawah'))).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
  });

  it('reads the middle as whichever axis the place does not otherwise say', () => {
    expect(readGridPlace(words('kotak tengah'))).toEqual({ kinerja: 'SESUAI', potensial: 'MENENGAH' });
    expect(readGridPlace(words('kotak tengah atas'))).toEqual({ kinerja: 'DI_ATAS', potensial: 'MENENGAH' });
    expect(readGridPlace(words('the middle right box'))).toEqual({ kinerja: 'SESUAI', potensial: 'TINGGI' });
  });

  it('reads a row as a kinerja level and a column as a potensial level', () => {
    expect(readGridPlace(words('baris paling atas'))).toEqual({ kinerja: 'DI_ATAS', potensial: null });
    expect(readGridPlace(words('kolom kanan'))).toEqual({ kinerja: null, potensial: 'TINGGI' });
    expect(readGridPlace(words('the bottom row'))).toEqual({ kinerja: 'DI_BAWAH', potensial: null });
    expect(readGridPlace(words('baris tengah'))).toEqual({ kinerja: 'SESUAI', potensial: null });
  });

  it('reads no place without a part of the grid, nor in a rating against expectation', () => {
    expect(readGridPlace(words('kinerja di atas ekspektasi'))).toBeNull();
    expect(readGridPlace(words('kotak di atas ekspektasi'))).toBeNull();
    expect(readGridPlace(words('atas nama agus salim'))).toBeNull();
    expect(readGridPlace(words('right now who is top talent'))).toBeNull();
  });
});
