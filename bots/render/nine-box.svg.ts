/** The nine-box layout written as an SVG document. Pure, so it is also tested as text. */
import type { NineBox } from '../../services/talent/schemas.js';
import type { Lang } from '../language/lang.js';
import { layoutNineBox, type NineBoxLayout, type TextElement } from './nine-box.layout.js';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textSvg(el: TextElement): string {
  const rotate = el.vertical ? ` transform="rotate(-90 ${el.x} ${el.y})"` : '';
  const weight = el.bold ? ' font-weight="bold"' : '';
  return `<text x="${el.x}" y="${el.y}" font-size="${el.size}"${weight} text-anchor="${el.anchor}" fill="${el.fill}"${rotate}>${escapeXml(el.text)}</text>`;
}

function layoutToSvg(layout: NineBoxLayout, fontFamily: string): string {
  const { width, height } = layout;
  const body = layout.elements.map((el) =>
    el.kind === 'text'
      ? textSvg(el)
      : `<rect${el.box === undefined ? '' : ` data-box="${el.box}"`} x="${el.rect.x}" y="${el.rect.y}" width="${el.rect.width}" height="${el.rect.height}" fill="${el.fill}" stroke="#ffffff" stroke-width="4"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
  ].join('');
}

export function buildNineBoxSvg(view: NineBox, lang: Lang, fontFamily = 'DejaVu Sans, Arial, sans-serif'): string {
  return layoutToSvg(layoutNineBox(view, lang), fontFamily);
}
