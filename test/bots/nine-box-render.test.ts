/**
 * The nine-box image as a leader receives it: the PNG is decoded and looked at, not only the SVG text. Nothing may
 * be clipped (all ink inside the canvas with a margin, also for a very long unit name), and the bottom row, its
 * column labels and both axis titles must be drawn.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../../bots/language/lang.js';
import { renderNineBoxPng } from '../../bots/render/nine-box.png.js';
import { layoutNineBox } from '../../bots/render/nine-box.layout.js';
import { buildNineBoxSvg } from '../../bots/render/nine-box.svg.js';
import { darkPixels, decodePng, inkBoundingBox, pixelAt } from '../helpers/png-pixels.js';
import { sampleNineBox } from './fixtures/views.fixture.js';

const LONG_UNIT = { kode: 'BKPSDM', nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Contoh Raya Sejahtera' };
const CASES: Array<[string, Lang, ReturnType<typeof sampleNineBox>]> = [
  ['a unit, Indonesian', 'id', sampleNineBox()],
  ['a unit, English', 'en', sampleNineBox()],
  ['a very long unit name', 'id', { ...sampleNineBox(), unit: LONG_UNIT }],
  ['the whole instansi with large counts', 'en', { ...sampleNineBox(), unit: null, boxes: sampleNineBox().boxes.map((b) => ({ ...b, count: b.count * 1111 })) }],
];

describe('nine-box image', () => {
  test.each(CASES)('%s: nothing is clipped and the bottom row, column labels and axis titles are drawn', (_name, lang, view) => {
    const layout = layoutNineBox(view, lang);
    const pixels = decodePng(renderNineBoxPng(view, lang));
    expect([pixels.width, pixels.height]).toEqual([layout.width, layout.height]);
    const ink = inkBoundingBox(pixels);
    const margin = layout.margin / 2;
    expect(ink).not.toBeNull();
    expect(ink!.left).toBeGreaterThanOrEqual(margin);
    expect(ink!.top).toBeGreaterThanOrEqual(margin);
    expect(ink!.right).toBeLessThanOrEqual(pixels.width - margin);
    expect(ink!.bottom).toBeLessThanOrEqual(pixels.height - margin);
    // The bottom row is painted in its own colours (boxes 1, 3, 6) and holds text.
    for (const cell of layout.regions.bottomRow) {
      const [r, g, b] = pixelAt(pixels, cell.x + cell.width - 10, cell.y + cell.height / 2);
      expect(r + g + b).toBeLessThan(3 * 245);
      expect(darkPixels(pixels, cell)).toBeGreaterThan(200);
    }
    for (const label of layout.regions.columnLabels) expect(darkPixels(pixels, label)).toBeGreaterThan(40);
    expect(darkPixels(pixels, layout.regions.potensialTitle)).toBeGreaterThan(60);
    expect(darkPixels(pixels, layout.regions.kinerjaTitle)).toBeGreaterThan(60);
    // Below the grid there is ink: the column labels are not lost under the canvas edge.
    const gridBottom = Math.max(...layout.regions.bottomRow.map((c) => c.y + c.height));
    expect(ink!.bottom).toBeGreaterThan(gridBottom + 60);
  });

  test('lays the cells out, shades the talent pool and counts it as the review\'s policy says', () => {
    const base = sampleNineBox();
    const renumbered = {
      ...base,
      grid: { ...base.grid, rows: base.grid.rows.map((row, r) => ({ ...row, boxes: [7 - 3 * r, 8 - 3 * r, 9 - 3 * r] as [number, number, number] })) },
      talentPool: { boxes: [9], count: 2 },
    };
    const svg = buildNineBoxSvg(renumbered, 'id');
    const cells = [...svg.matchAll(/<rect data-box="(\d)"[^>]*fill="([^"]+)"/g)].map((m) => [Number(m[1]), m[2]] as const);
    expect(cells.map(([box]) => box)).toEqual([7, 8, 9, 4, 5, 6, 1, 2, 3]);
    expect(cells.filter(([, colour]) => colour === '#2e7d32' || colour === '#66bb6a').map(([box]) => box)).toEqual([9]);
    expect(svg).toContain('talent pool (kotak 9): 2');
    expect(svg).toContain('Kotak 9 = talent pool');
  });

  test('the SVG has nine numbered cells, counts, axis titles and escapes unit names', () => {
    const svg = buildNineBoxSvg({ ...sampleNineBox(), unit: { kode: 'X', nama: 'Bidang <A> & B' } }, 'id');
    expect(svg.match(/data-box="\d"/g)).toHaveLength(9);
    expect(svg).toContain('>12</text>');
    expect(svg).toContain('Kinerja →');
    expect(svg).toContain('Potensial →');
    expect(svg).toContain('Bidang &lt;A&gt; &amp; B');
    expect(svg).toContain('Tinjauan talenta 1a2b3c4d per 1 Oktober 2026');
  });
});
