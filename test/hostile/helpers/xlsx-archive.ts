/**
 * Writes XLSX archives byte by byte for the hostile-file tests: parts may be huge (deflated while streamed, never held
 * inflated in memory) and an entry may declare a size other than its real one, as zip bombs do.
 */
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ArchiveEntry {
  name: string;
  /** The part's content, produced in chunks so a bomb of hundreds of MB costs little memory to build. */
  chunks: () => Iterable<Buffer | string>;
  /** Uncompressed size written in the headers instead of the real one. */
  declaredSize?: number;
}

interface Packed {
  name: Buffer;
  data: Buffer;
  crc: number;
  size: number;
}

async function pack(entry: ArchiveEntry): Promise<Packed> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of entry.chunks()) {
    const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    crc = crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await finished;
  return { name: Buffer.from(entry.name, 'utf8'), data: Buffer.concat(out), crc, size: entry.declaredSize ?? size };
}

function header(fields: Array<[number, 2 | 4]>): Buffer {
  const buffer = Buffer.alloc(fields.reduce((n, [, w]) => n + w, 0));
  let offset = 0;
  for (const [value, width] of fields) {
    if (width === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += width;
  }
  return buffer;
}

/** A zip archive (deflate, no zip64) of the entries. */
export async function writeArchive(entries: readonly ArchiveEntry[]): Promise<Buffer> {
  const packed = await Promise.all(entries.map(pack));
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of packed) {
    const common: Array<[number, 2 | 4]> = [[20, 2], [0, 2], [8, 2], [0, 2], [0x21, 2], [p.crc, 4], [p.data.length, 4], [p.size, 4], [p.name.length, 2], [0, 2]];
    const local = Buffer.concat([header([[0x04034b50, 4], ...common]), p.name, p.data]);
    centrals.push(
      Buffer.concat([
        header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        p.name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = header([[0x06054b50, 4], [0, 2], [0, 2], [packed.length, 2], [packed.length, 2], [central.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, central, end]);
}

const once = (text: string) => () => [text];

/**
 * The parts of a minimal workbook with one sheet named `Data`.
 * @param sheet - the worksheet XML, in chunks
 */
export function workbookEntries(options: {
  sheet: () => Iterable<Buffer | string>;
  sheetDeclaredSize?: number;
  sharedStrings?: () => Iterable<Buffer | string>;
}): ArchiveEntry[] {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const entries: ArchiveEntry[] = [
    {
      name: '[Content_Types].xml',
      chunks: once('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    },
    {
      name: '_rels/.rels',
      chunks: once(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    },
    {
      name: 'xl/workbook.xml',
      chunks: once(`<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: once(
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', chunks: options.sheet, ...(options.sheetDeclaredSize === undefined ? {} : { declaredSize: options.sheetDeclaredSize }) },
  ];
  if (options.sharedStrings) entries.push({ name: 'xl/sharedStrings.xml', chunks: options.sharedStrings });
  return entries;
}

export const SHEET_OPEN = '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Inline-string cells of one row. */
export function rowXml(row: number, cells: Record<string, string>): string {
  const xml = Object.entries(cells)
    .map(([col, text]) => `<c r="${col}${row}" t="inlineStr"><is><t>${text}</t></is></c>`)
    .join('');
  return `<row r="${row}">${xml}</row>`;
}

/** `count` MB of the same bytes: what a zip bomb inflates to. */
export function* megabytesOf(count: number, text: string): Generator<Buffer> {
  const unit = Buffer.from(text.repeat(Math.ceil((1024 * 1024) / text.length)).slice(0, 1024 * 1024));
  for (let i = 0; i < count; i++) yield unit;
}
