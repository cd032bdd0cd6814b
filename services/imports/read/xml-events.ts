/**
 * A thin streaming XML reader over saxes for the parts of an XLSX: element names without their namespace prefix,
 * attributes as plain strings, and malformed XML reported as an invalid workbook.
 */
import { SaxesParser } from 'saxes';
import { unprocessableError } from '../../../lib/errors.js';

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * Feeds the chunks of one part through the handlers, yielding after each chunk so a consumer can take what the
 * handlers collected. Handlers may throw (a limit reached) to stop reading.
 */
export async function* readXml(chunks: AsyncIterable<string>, handlers: XmlHandlers): AsyncGenerator<void> {
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
  for await (const chunk of chunks) {
    parser.write(chunk);
    yield;
  }
  parser.close();
  yield;
}

/** Runs {@link readXml} to the end (for small parts read whole). */
export async function readXmlFully(chunks: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  for await (const _ of readXml(chunks, handlers)) {
    // every event was handled synchronously
  }
}
