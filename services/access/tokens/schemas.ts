import { z } from 'zod';
import { ROLES } from '../../../db/enums.js';
import { LoginLinkSchema } from '../sessions/schemas.js';
import { parseExpiry } from './token-expiry.js';

export const RoleSchema = z.enum(ROLES, { message: `peran harus salah satu dari ${ROLES.join(', ')}` });

/** A Date, or the text an operator writes (see {@link parseExpiry}). */
export const TokenExpiry = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date = value instanceof Date ? value : parseExpiry(value);
  if (date) return date;
  ctx.addIssue({ code: 'custom', message: `tanggal kedaluwarsa "${String(value)}" tidak valid (format YYYY-MM-DD)` });
  return z.NEVER;
});

export const CreateTokenInput = z.object({
  role: RoleSchema,
  instansiKode: z.string().trim().min(1).optional(),
  unitKode: z.string().trim().min(1).optional(),
  name: z.string().trim().min(1, 'nama token wajib diisi').max(100),
  expiresAt: TokenExpiry.optional(),
  /** Also issue a one-time sign-in link to the committee board that acts as the new token. */
  loginLink: z.boolean().optional(),
  /** Where the board is reached, for that link; absent: `PUBLIC_URL`, else the listen address. */
  boardUrl: z.url().optional(),
});
/** What callers pass: the expiry as a Date or as text. */
export type CreateTokenInput = z.input<typeof CreateTokenInput>;

export const TokenSummarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  role: RoleSchema,
  instansi: z.string().nullable(),
  unit: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type TokenSummary = z.infer<typeof TokenSummarySchema>;

/** A new token: its summary and, this once, the clear token. */
export const CreatedTokenSchema = TokenSummarySchema.extend({
  /** The clear token; shown once, never stored. */
  token: z.string(),
  /** The board sign-in link, when asked for: one-time, short-lived, acts as this token. */
  loginLink: LoginLinkSchema.optional(),
});
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;

export const ListTokensInput = z.object({ instansiKode: z.string().trim().min(1).optional() });
export type ListTokensInput = z.infer<typeof ListTokensInput>;

export const RevokeTokenInput = z.object({ id: z.coerce.number().int().positive() });
export type RevokeTokenInput = z.input<typeof RevokeTokenInput>;
