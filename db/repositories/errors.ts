/** Recognises the driver errors repositories translate; everything else bubbles up unchanged. */

function pgCode(err: unknown): string | undefined {
  // drizzle wraps driver errors; the PostgreSQL SQLSTATE sits on the error or its cause.
  let current: unknown = err;
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  return pgCode(err) === '23505';
}

export function isForeignKeyViolation(err: unknown): boolean {
  return pgCode(err) === '23503';
}
