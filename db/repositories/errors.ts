/** Recognises the driver errors repositories translate; everything else bubbles up unchanged. */
import { sqlStateOf } from '../../lib/database-error.js';

export function isUniqueViolation(err: unknown): boolean {
  return sqlStateOf(err) === '23505';
}

export function isForeignKeyViolation(err: unknown): boolean {
  return sqlStateOf(err) === '23503';
}
