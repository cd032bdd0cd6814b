/**
 * Opaque keyset cursors: base64url of the JSON of a small key. Clients pass them back untouched; a tampered or
 * foreign cursor is a 400, never a silent restart from the first page. A key names rows by internal ids or times,
 * never by personal data (NIP, name, score): anyone holding the link can decode it.
 */
import { z } from 'zod';
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

/**
 * The cursor of a list of one review's employees: the review it pages and the internal id of the last employee shown.
 * Each list checks that the review is its own and looks its keyset position up again from that employee.
 */
export const ReviewEmployeeCursorSchema = z.object({ review: z.uuid(), after: z.int().positive() });

export function encodeReviewEmployeeCursor(reviewId: string, employeeId: number): string {
  return encodeCursor({ review: reviewId, after: employeeId } satisfies z.infer<typeof ReviewEmployeeCursorSchema>);
}
