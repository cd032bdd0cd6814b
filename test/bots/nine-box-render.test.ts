import { describe, expect, test } from 'vitest';
import { renderNineBoxPng } from '../../bots/render/nine-box.png.js';
import { buildNineBoxSvg, NINE_BOX_SIZE } from '../../bots/render/nine-box.svg.js';
import { sampleNineBox } from './fixtures/views.fixture.js';

describe('nine-box image', () => {
  test('the SVG has nine numbered cells with counts and both axis titles', () => {
    const svg = buildNineBoxSvg(sampleNineBox());
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/data-box="\d"/g)).toHaveLength(9);
    expect(svg).toMatch(/data-box="5">.*?>5<\/text>.*?>12<\/text>/);
    expect(svg).toContain('Kinerja');
    expect(svg).toContain('Potensial');
    expect(svg).toContain('Di atas ekspektasi · Tinggi');
    expect(svg).toContain('Tinjauan 1a2b3c4d per 2026-10-01');
  });

  test('lays the cells out and shades the talent pool as the review\'s policy says', () => {
    const renumbered = {
      ...sampleNineBox(),
      grid: { ...sampleNineBox().grid, rows: sampleNineBox().grid.rows.map((row, r) => ({ ...row, boxes: [7 - 3 * r, 8 - 3 * r, 9 - 3 * r] })) },
      talentPool: { boxes: [9], count: 2 },
    };
    const cells = [...buildNineBoxSvg(renumbered).matchAll(/data-box="(\d)"><rect [^>]*fill="([^"]+)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(cells.map(([box]) => box)).toEqual([7, 8, 9, 4, 5, 6, 1, 2, 3]);
    expect(cells.filter(([, colour]) => colour === '#2e7d32' || colour === '#66bb6a').map(([box]) => box)).toEqual([9]);
  });

  test('escapes unit names', () => {
    const view = { ...sampleNineBox(), unit: { kode: 'X', nama: 'Bidang <A> & B' } };
    expect(buildNineBoxSvg(view)).toContain('Bidang &lt;A&gt; &amp; B');
  });

  test('renders a PNG of the SVG size', () => {
    const png = renderNineBoxPng(sampleNineBox());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(NINE_BOX_SIZE.width);
    expect(png.readUInt32BE(20)).toBe(NINE_BOX_SIZE.height);
  });
});
