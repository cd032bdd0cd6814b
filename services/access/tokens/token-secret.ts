/** Bearer token material: generated here, stored only as a SHA-256 hash. */
import { createHash, randomBytes } from 'node:crypto';

/** Marks Talenta tokens so secret scanners and operators recognise them. */
export const TOKEN_PREFIX = 'tlt_';

/** A new clear token: `tlt_` + 32 random bytes, base64url. Shown once and never stored. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** The lookup key stored in `api_tokens.token_hash`. A fast hash suffices: the token has 256 bits of entropy. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The first characters, kept to recognise a token in listings without revealing it. */
export function displayPrefix(token: string): string {
  return token.slice(0, TOKEN_PREFIX.length + 6);
}
