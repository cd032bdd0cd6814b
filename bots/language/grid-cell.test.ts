import { describe, expect, it } from 'vitest';
import { boxesOfCell, cellKey, cellOfKey, readGridCell } from './grid-cell.js';

const words = (text: string) => text.split(' ');

describe('a grid cell said by its axes', () => {
  it('reads the level after the axis in Indonesian and before it in English', () => {
    expect(readGridCell(words('kinerja di atas ekspektasi dan potensial tinggi'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: 'TINGGI' });
    expect(readGridCell(words('potensi yang rendah'), 'id')).toEqual({ kinerja: null, potensial: 'RENDAH' });
    expect(readGridCell(words('high performance low potential'), 'en')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    expect(readGridCell(words('performance below expectations'), 'en')).toEqual({ kinerja: 'DI_BAWAH', potensial: null });
  });

  it('reads nothing where no axis has a level', () => {
    expect(readGridCell(words('kinerja pegawai dinkes'), 'id')).toBeNull();
    expect(readGridCell(words('risiko tinggi'), 'id')).toBeNull();
  });

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

  it('survives a pick key', () => {
    for (const cell of [{ kinerja: 'SESUAI', potensial: 'RENDAH' }, { kinerja: null, potensial: 'TINGGI' }, { kinerja: 'DI_ATAS', potensial: null }] as const) {
      expect(cellOfKey(cellKey(cell))).toEqual(cell);
    }
    expect(cellKey(null)).toBe('');
    expect(cellOfKey('')).toBeNull();
  });
});
