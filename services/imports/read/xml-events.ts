/**
 * A thin streaming XML reader over saxes for the parts of an XLSX: element names without their namespace prefix,
 * attributes as plain strings, and malformed XML reported as an invalid workbook.
 */
import { SaxesParser } from 'saxes';
import { unprocessableError } from '../../../lib/errors.js';
import { formatCount, limitExceeded } from '../import-limits.js';

export interface XmlHandlers {
  open?: (name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean) => void;
  text?: (text: string) => void;
  close?: (name: string) => void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Characters between two markup delimiters (`<`, `>`) allowed before the text is refused: a cell of `maxCellChars`
 * characters, each escaped (`&amp;` is five), with room to spare. The parser buffers a text node whole before
 * handing it over, so a longer run is stopped here, while it streams, instead of after it filled memory.
 */
function maxRunOf(maxCellChars: number): number {
  return maxCellChars * 6 + 1024;
}

/** Tracks the run of characters since the last markup delimiter across chunks. */
function runGuard(maxCellChars: number): (chunk: string) => void {
  const maxRun = maxRunOf(maxCellChars);
  let run = 0;
  return (chunk) => {
    const first = Math.min(...[chunk.indexOf('<'), chunk.indexOf('>')].map((i) => (i === -1 ? Infinity : i)));
    if (first === Infinity) run += chunk.length;
    else {
      if (run + first > maxRun) run += first;
      else run = chunk.length - 1 - Math.max(chunk.lastIndexOf('<'), chunk.lastIndexOf('>'));
    }
    if (run > maxRun) {
      throw limitExceeded('maxCellChars', maxCellChars, `sebuah sel berisi lebih dari ${formatCount(maxCellChars)} karakter`);
    }
  };
}

/**
 * Feeds the chunks of one part through the handlers, yielding after each chunk so a consumer can take what the
 * handlers collected. Handlers may throw (a limit reached) to stop reading. A missing part reads as empty.
 */
export async function* readXml(chunks: AsyncIterable<string>, handlers: XmlHandlers, maxCellChars: number): AsyncGenerator<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (err) => {
    throw unprocessableError('Berkas bukan XLSX yang valid: isi XML rusak', undefined, err);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  const guard = runGuard(maxCellChars);
  let empty = true;
  for await (const chunk of chunks) {
    guard(chunk);
    parser.write(chunk);
    empty = false;
    yield;
  }
  if (empty) return;
  parser.close();
  yield;
}

/** Runs {@link readXml} to the end (for small parts read whole). */
export async function readXmlFully(chunks: AsyncIterable<string>, handlers: XmlHandlers, maxCellChars: number): Promise<void> {
  for await (const _ of readXml(chunks, handlers, maxCellChars)) {
    // every event was handled synchronously
  }
}
