/**
 * Parses a verb's input with its schema. Invalid input is the caller's mistake, whichever transport it came through
 * (a route validates the same schemas first; a bot or the CLI may not): it becomes a VALIDATION error with every
 * issue, never an internal error.
 */
import type { z } from 'zod';
import { validationError } from '../lib/errors.js';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw validationError(details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; '), details);
}
