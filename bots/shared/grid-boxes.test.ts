import { describe, expect, it } from 'vitest';
import { boxesOfCell } from './grid-boxes.js';

describe('the boxes of a row, column or cell', () => {
  it('finds the boxes in the grid it is given, so a renumbered table answers with its own numbers', () => {
    const grid = {
      rows: [
        { kinerja: 'DI_ATAS', boxes: [3, 6, 9] },
        { kinerja: 'SESUAI', boxes: [2, 5, 8] },
        { kinerja: 'DI_BAWAH', boxes: [1, 4, 7] },
      ],
      columns: [{ potensial: 'RENDAH' }, { potensial: 'MENENGAH' }, { potensial: 'TINGGI' }],
    };
    expect(boxesOfCell(grid, { kinerja: 'DI_BAWAH', potensial: 'TINGGI' })).toEqual([7]);
    expect(boxesOfCell(grid, { kinerja: null, potensial: 'TINGGI' })).toEqual([7, 8, 9]);
    expect(boxesOfCell(grid, { kinerja: 'DI_ATAS', potensial: null })).toEqual([3, 6, 9]);
  });
});
