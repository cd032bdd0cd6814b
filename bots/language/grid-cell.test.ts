import { describe, expect, it } from 'vitest';
import { cellKey, cellOfKey, readGridCell } from './grid-cell.js';

const words = (text: string) => text.split(' ');

describe('a grid cell said by its axes', () => {
  it('reads the level after the axis in Indonesian and before it in English', () => {
    expect(readGridCell(words('kinerja di atas ekspektasi dan potensial tinggi'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: 'TINGGI' });
    expect(readGridCell(words('potensi yang rendah'), 'id')).toEqual({ kinerja: null, potensial: 'RENDAH' });
    expect(readGridCell(words('high performance low potential'), 'en')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    // An English phrase keeps its order inside an Indonesian question, and an Indonesian one stays Indonesian.
    expect(readGridCell(words('daftar low potential high performer di dinkes'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    expect(readGridCell(words('pegawai potensi tinggi kinerja rendah'), 'id')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    expect(readGridCell(words('performance below expectations'), 'en')).toEqual({ kinerja: 'DI_BAWAH', potensial: null });
  });

  it('reads a direction beside its axis as a level, and nowhere else', () => {
    expect(readGridCell(words('kinerja di atas tapi potensi rendah di dishub'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    expect(readGridCell(words('kinerja di bawah tapi potensi tinggi'), 'id')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    // A head's staff ("di bawah kabid") are no level of kinerja.
    expect(readGridCell(words('pegawai di bawah kabid perdagangan yang pensiun 2026'), 'id')).toBeNull();
  });

  it('reads English said of performers: one word for both axis and level, "solid", "strong"', () => {
    expect(readGridCell(words('underperformers with high potential'), 'en')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    expect(readGridCell(words('the solid performers with moderate potential'), 'en')).toEqual({ kinerja: 'SESUAI', potensial: 'MENENGAH' });
    expect(readGridCell(words('strong performers with low potential'), 'en')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
  });

  it('reads a rating against expectation as kinerja even when the axis is not said', () => {
    expect(readGridCell(words('siapa yang di atas ekspektasi'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: null });
    expect(readGridCell(words('who meets expectations with high potential'), 'en')).toEqual({ kinerja: 'SESUAI', potensial: 'TINGGI' });
    expect(readGridCell(words('pegawai dengan potensi tinggi'), 'id')).toEqual({ kinerja: null, potensial: 'TINGGI' });
  });

  it('reads a level said around its axis, and "melampaui ekspektasi"', () => {
    expect(readGridCell(words('staff who exceed performance expectations but have low potential'), 'en')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    expect(readGridCell(words('who missed their performance targets'), 'en')).toEqual({ kinerja: 'DI_BAWAH', potensial: null });
    expect(readGridCell(words('meets performance expectations with high potential'), 'en')).toEqual({ kinerja: 'SESUAI', potensial: 'TINGGI' });
    expect(readGridCell(words('kinerja nya melampaui ekspektasi tapi potensi nya rendah'), 'id')).toEqual({ kinerja: 'DI_ATAS', potensial: 'RENDAH' });
    // Without "expectations" after the axis, the word before it says nothing of its level.
    expect(readGridCell(words('above performance'), 'en')).toBeNull();
  });

  it('reads a level of expectation denied as short of it: "belum sesuai harapan" is below', () => {
    expect(readGridCell(words('potensi nya tinggi tapi kinerja nya tidak sesuai ekspektasi'), 'id')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'TINGGI' });
    expect(readGridCell(words('kinerja kurang sesuai harapan dan potensi menengah'), 'id')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'MENENGAH' });
    expect(readGridCell(words('potensial rendah yang belum sesuai ekspektasi'), 'id')).toEqual({ kinerja: 'DI_BAWAH', potensial: 'RENDAH' });
    // Not being above or high says no one level.
    expect(readGridCell(words('potensi tidak tinggi'), 'id')).toBeNull();
  });

  it('reads nothing where no axis has a level', () => {
    expect(readGridCell(words('kinerja pegawai dinkes'), 'id')).toBeNull();
    expect(readGridCell(words('risiko tinggi'), 'id')).toBeNull();
  });

  it('survives a pick key', () => {
    for (const cell of [{ kinerja: 'SESUAI', potensial: 'RENDAH' }, { kinerja: null, potensial: 'TINGGI' }, { kinerja: 'DI_ATAS', potensial: null }] as const) {
      expect(cellOfKey(cellKey(cell))).toEqual(cell);
    }
    expect(cellKey(null)).toBe('');
    expect(cellOfKey('')).toBeNull();
  });
});
