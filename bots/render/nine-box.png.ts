/**
 * Rasterises the nine-box SVG with resvg. System fonts are loaded when present; without any, resvg still renders
 * the cells and drops the glyphs rather than failing, so a minimal container never loses the image.
 */
import { Resvg } from '@resvg/resvg-js';
import type { NineBox } from '../../services/talent/schemas.js';
import type { Lang } from '../language/lang.js';
import { buildNineBoxSvg } from './nine-box.svg.js';

const FONT_FAMILY = 'DejaVu Sans';

export function renderNineBoxPng(view: NineBox, lang: Lang): Buffer {
  const svg = buildNineBoxSvg(view, lang, `${FONT_FAMILY}, Arial, sans-serif`);
  const resvg = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY }, background: '#ffffff' });
  return resvg.render().asPng();
}
