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
    expect(svg).toContain('Di atas · Tinggi');
    expect(svg).toContain('Tinjauan 1a2b3c4d per 2026-10-01');
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
