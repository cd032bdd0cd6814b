/**
 * Typed application errors with stable codes. Services throw them; each transport maps `kind` to its own
 * representation (HTTP status, bot text, job failure) in one place. Messages are for end users, in Bahasa Indonesia.
 */

export const ERROR_KINDS = [
  'VALIDATION',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'PRECONDITION_FAILED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export class AppError extends Error {
  readonly kind: ErrorKind;
  /** Stable machine code, e.g. `review.not_found`. */
  readonly code: string;
  readonly details: unknown;

  constructor(args: { kind: ErrorKind; code: string; message: string; details?: unknown; cause?: unknown }) {
    super(args.message, args.cause === undefined ? undefined : { cause: args.cause });
    this.name = 'AppError';
    this.kind = args.kind;
    this.code = args.code;
    this.details = args.details;
  }
}

/** Creates a factory for one stable error, so the code and kind are written once. */
export function defineError(kind: ErrorKind, code: string) {
  return (message: string, details?: unknown, cause?: unknown) =>
    new AppError({ kind, code, message, details, cause });
}

export const validationError = defineError('VALIDATION', 'validation');
export const unauthorizedError = defineError('UNAUTHORIZED', 'auth.unauthorized');
export const forbiddenError = defineError('FORBIDDEN', 'auth.forbidden');
export const notFoundError = (what: string, id: string) =>
  new AppError({ kind: 'NOT_FOUND', code: `${what}.not_found`, message: `${what} "${id}" tidak ditemukan` });
export const conflictError = defineError('CONFLICT', 'conflict');
export const unprocessableError = defineError('UNPROCESSABLE', 'unprocessable');
export const preconditionError = defineError('PRECONDITION_FAILED', 'precondition_failed');

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

/** Log fields for a failure: its message and code, never the data it carried (it may name people or files). */
export function failureFields(err: unknown): { err: { message: string; code?: string } } {
  const e = err as { message?: string; code?: unknown };
  return { err: { message: String(e.message ?? err), ...(typeof e.code === 'string' ? { code: e.code } : {}) } };
}
