/**
 * The small parts of a workbook needed before its rows: which sheets exist and where, which cell styles are dates,
 * and the shared strings table (bounded: count by IMPORT_MAX_CELLS, each string by IMPORT_MAX_CELL_CHARS).
 */
import { posix } from 'node:path';
import { formatCount, limitExceeded, type ImportLimits } from '../import-limits.js';
import { readXmlFully } from './xml-events.js';
import type { ZipArchive } from './zip-archive.js';

export interface SheetPart {
  name: string;
  path: string;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  /** Serial day 0 is 1904-01-01 instead of 1899-12-30 (old Mac workbooks). */
  date1904: boolean;
  sharedStringsPath: string | null;
  stylesPath: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** Resolves a relationship target against the folder of the part that declares it. */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromPart), target));
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

async function readRelationships(zip: ZipArchive, part: string, limits: ImportLimits): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  await readXmlFully(zip.textChunks(relsPathOf(part)), {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) {
        rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(part, a.Target) });
      }
    },
  }, limits.maxCellChars);
  return rels;
}

function targetOfType(rels: ReadonlyMap<string, Relationship>, suffix: string): string | null {
  for (const rel of rels.values()) if (rel.type.endsWith(suffix)) return rel.target;
  return null;
}

/** Sheets in workbook order with their part paths; the date system; where strings and styles live. */
export async function readWorkbookParts(zip: ZipArchive, limits: ImportLimits): Promise<WorkbookParts> {
  const root = await readRelationships(zip, '', limits);
  const workbookPath = targetOfType(root, '/officeDocument') ?? 'xl/workbook.xml';
  const rels = await readRelationships(zip, workbookPath, limits);
  const sheets: SheetPart[] = [];
  let date1904 = false;
  await readXmlFully(zip.textChunks(workbookPath), {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (name === 'sheet') {
        const rel = rels.get(a['r:id'] ?? a.id ?? '');
        if (rel && a.name !== undefined) sheets.push({ name: a.name, path: rel.target });
      }
    },
  }, limits.maxCellChars);
  return {
    sheets,
    date1904,
    sharedStringsPath: targetOfType(rels, '/sharedStrings'),
    stylesPath: targetOfType(rels, '/styles'),
  };
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30): 14–17, 22 and the East Asian 27–36, 50–58. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, ...range(27, 36), ...range(50, 58)]);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A custom format shows a date when, outside quoted text, escapes and `[...]` sections, it has a day or year code. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dy]/i.test(bare);
}

/** The style indexes (`s` of a cell) whose number format is a date. */
export async function readDateStyles(zip: ZipArchive, stylesPath: string | null, limits: ImportLimits): Promise<ReadonlySet<number>> {
  const dates = new Set<number>();
  if (!stylesPath) return dates;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await readXmlFully(zip.textChunks(stylesPath), {
    open(name, a) {
      if (name === 'numFmt' && isDateFormatCode(a.formatCode ?? '')) customDates.add(Number(a.numFmtId));
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        if (BUILTIN_DATE_FORMATS.has(id) || customDates.has(id)) dates.add(index);
        index++;
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  }, limits.maxCellChars);
  return dates;
}

/**
 * The shared strings table. Rich-text runs are joined; phonetic hints (`rPh`) are not cell text.
 * @throws AppError `import.limit_exceeded` past IMPORT_MAX_CELLS strings or IMPORT_MAX_CELL_CHARS characters in one
 */
export async function readSharedStrings(zip: ZipArchive, path: string | null, limits: ImportLimits): Promise<string[]> {
  const strings: string[] = [];
  if (!path) return strings;
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let phonetic = 0;
  await readXmlFully(zip.textChunks(path), {
    open(name) {
      if (name === 'si') {
        current = [];
        length = 0;
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (!inText || current === null) return;
      length += text.length;
      if (length > limits.maxCellChars) {
        throw limitExceeded('maxCellChars', limits.maxCellChars, `sebuah sel berisi lebih dari ${formatCount(limits.maxCellChars)} karakter`);
      }
      current.push(text);
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        if (strings.length >= limits.maxCells) {
          throw limitExceeded('maxCells', limits.maxCells, `jumlah teks di berkas melebihi ${formatCount(limits.maxCells)}`);
        }
        strings.push(current.join(''));
        current = null;
      }
    },
  }, limits.maxCellChars);
  return strings;
}
