/**
 * Opaque keyset cursors: base64url of the JSON of a small key. Clients pass them back untouched; a tampered or
 * foreign cursor is a 400, never a silent restart from the first page. A key names rows by internal ids or times,
 * never by personal data (NIP, name, score): anyone holding the link can decode it.
 */
import type { z } from 'zod';
import { validationError } from '../../lib/errors.js';

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function invalidCursorError() {
  return validationError('Kursor halaman tidak valid');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursorError();
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidCursorError();
  return parsed.data;
}
