/**
 * Opaque keyset cursors: base64url of the JSON of the last row's sort key. Clients pass them back untouched;
 * a tampered or foreign cursor is a 400, never a silent restart from the first page.
 */
import type { z } from 'zod';
import { validationError } from '../../lib/errors.js';

export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor<S extends z.ZodType>(schema: S, cursor: string): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw validationError('Kursor halaman tidak valid');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError('Kursor halaman tidak valid');
  return parsed.data;
}
