import { z } from 'zod';
import { ROLES } from '../../../db/enums.js';

export const RoleSchema = z.enum(ROLES, { message: `peran harus salah satu dari ${ROLES.join(', ')}` });

export const CreateTokenInput = z.object({
  role: RoleSchema,
  instansiKode: z.string().trim().min(1).optional(),
  unitKode: z.string().trim().min(1).optional(),
  name: z.string().trim().min(1, 'nama token wajib diisi').max(100),
  expiresAt: z.date().optional(),
});
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

export const CreatedTokenSchema = z.object({
  id: z.number().int(),
  /** The clear token; shown once. */
  token: z.string(),
});
export type CreatedToken = z.infer<typeof CreatedTokenSchema>;

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
