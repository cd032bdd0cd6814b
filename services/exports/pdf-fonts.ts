/**
 * The typefaces of the committee pack PDF: DejaVu Sans regular and bold, embedded (pdfkit keeps only the glyphs a
 * document uses), so a name in any Latin, Greek or Cyrillic spelling is drawn as it is written. The files live in
 * `services/exports/fonts/` beside their licence and are found from the project root, from sources and `dist/` alike.
 */
import { readFileSync } from 'node:fs';
import type PDFDocument from 'pdfkit';
import { projectPath } from '../../lib/project-root.js';

type Doc = InstanceType<typeof PDFDocument>;

export const SANS = 'DejaVuSans';
export const SANS_BOLD = 'DejaVuSans-Bold';

const FILES = { [SANS]: 'DejaVuSans.ttf', [SANS_BOLD]: 'DejaVuSans-Bold.ttf' } as const;

/** Shown for a character neither face can draw, so the reader sees that something is there. */
const REPLACEMENT = '\uFFFD';

/** The font files, read once per process. */
let files: Map<string, Buffer> | undefined;

function fontFiles(): Map<string, Buffer> {
  files ??= new Map(Object.entries(FILES).map(([name, file]) => [name, readFileSync(projectPath('services', 'exports', 'fonts', file))]));
  return files;
}

interface Face {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** The face of the document's current font. pdfkit has no public accessor; its embedded font keeps the fontkit face. */
function currentFace(doc: Doc): Face {
  return (doc as unknown as { _font: { font: Face } })._font.font;
}

/** Turns any value into text both faces can draw. */
export type PdfText = (value: string | number | null | undefined) => string;

/**
 * Registers the faces as {@link SANS} and {@link SANS_BOLD}, selects {@link SANS}, and returns the text function for
 * this document: a character the faces lack is drawn as its letter without marks when they have that, else as `�`
 * (never as an empty box).
 */
export function usePackFonts(doc: Doc): PdfText {
  const faces: Face[] = [];
  for (const [name, data] of fontFiles()) {
    doc.registerFont(name, data);
    faces.push(currentFace(doc.font(name)));
  }
  doc.font(SANS);
  const has = (ch: string) => faces.every((face) => face.hasGlyphForCodePoint(ch.codePointAt(0)!));
  const drawn = new Map<string, string>();
  const drawable = (ch: string): string => {
    let out = drawn.get(ch);
    if (out === undefined) {
      const plain = ch.normalize('NFD').replace(/\p{M}/gu, '');
      // Line breaks are pdfkit's to lay out; other white space (a tab in an imported name) is a space.
      out = ch === '\n' || has(ch) ? ch : /\s/.test(ch) ? ' ' : plain !== '' && [...plain].every(has) ? plain : REPLACEMENT;
      drawn.set(ch, out);
    }
    return out;
  };
  // NFC first: a name imported in decomposed form (e + combining marks) is drawn with the font's composed letters.
  return (value) => (value === null || value === undefined ? '' : [...String(value).normalize('NFC')].map(drawable).join(''));
}
