import type { TokenListRow } from '../../../db/repositories/api-tokens.repository.js';
import type { TokenSummary } from './schemas.js';

/** A token as listings show it: who it is for and its state, never its secret. */
export function toTokenSummary(row: TokenListRow): TokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    instansi: row.instansiKode,
    unit: row.unitKode,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
