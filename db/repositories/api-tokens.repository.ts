import { and, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../client.js';
import type { Role } from '../enums.js';
import { apiTokens, instansi, units, users } from '../schema/index.js';

export interface TokenOwnerRow {
  tokenId: number;
  userId: number;
  name: string;
  role: Role;
  instansiId: number | null;
  unitId: number | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The columns of a token joined with its owner that a request acts as (a bearer token, or a board session's token). */
export const TOKEN_OWNER_COLUMNS = {
  tokenId: apiTokens.id,
  userId: users.id,
  name: users.name,
  role: users.role,
  instansiId: users.instansiId,
  unitId: users.unitId,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

export interface TokenListRow {
  id: number;
  name: string;
  prefix: string;
  role: Role;
  instansiKode: string | null;
  unitKode: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

/** Users and their bearer tokens. Only hashes are stored; the clear token never reaches this layer. */
export function createApiTokensRepository({ db }: { db: Db }) {
  return {
    async insertUser(input: { name: string; role: Role; instansiId: number | null; unitId: number | null }): Promise<number> {
      const [row] = await db.insert(users).values(input).returning({ id: users.id });
      return row!.id;
    },
    async insertToken(input: {
      userId: number;
      tokenHash: string;
      prefix: string;
      label: string;
      expiresAt: Date | null;
    }): Promise<number> {
      const [row] = await db.insert(apiTokens).values(input).returning({ id: apiTokens.id });
      return row!.id;
    },
    async findByHash(tokenHash: string): Promise<TokenOwnerRow | null> {
      const [row] = await db
        .select(TOKEN_OWNER_COLUMNS)
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.tokenHash, tokenHash))
        .limit(1);
      return row ?? null;
    },
    async findById(id: number): Promise<{ id: number; role: Role; instansiId: number | null; revokedAt: Date | null } | null> {
      const [row] = await db
        .select({ id: apiTokens.id, role: users.role, instansiId: users.instansiId, revokedAt: apiTokens.revokedAt })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .where(eq(apiTokens.id, id))
        .limit(1);
      return row ?? null;
    },
    async revoke(id: number, at: Date): Promise<void> {
      await db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
    },
    /** Stamps last use only when the stored stamp is older than `staleBefore`, so a busy token writes rarely. */
    async touch(id: number, at: Date, staleBefore: Date): Promise<void> {
      await db
        .update(apiTokens)
        .set({ lastUsedAt: at })
        .where(and(eq(apiTokens.id, id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, staleBefore))));
    },
    /** Revokes every live token of the users with this name, role and instansi (demo token rotation). */
    async revokeByOwner(input: { name: string; role: Role; instansiId: number }, at: Date): Promise<void> {
      const owners = db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.name, input.name), eq(users.role, input.role), eq(users.instansiId, input.instansiId)));
      await db
        .update(apiTokens)
        .set({ revokedAt: at })
        .where(and(isNull(apiTokens.revokedAt), inArray(apiTokens.userId, owners)));
    },
    /** Newest first; `id` picks one token. */
    async list(filter: { instansiId?: number; id?: number } = {}): Promise<TokenListRow[]> {
      const query = db
        .select({
          id: apiTokens.id,
          name: apiTokens.label,
          prefix: apiTokens.prefix,
          role: users.role,
          instansiKode: instansi.kode,
          unitKode: units.kode,
          expiresAt: apiTokens.expiresAt,
          revokedAt: apiTokens.revokedAt,
          lastUsedAt: apiTokens.lastUsedAt,
          createdAt: apiTokens.createdAt,
        })
        .from(apiTokens)
        .innerJoin(users, eq(users.id, apiTokens.userId))
        .leftJoin(instansi, eq(instansi.id, users.instansiId))
        .leftJoin(units, eq(units.id, users.unitId));
      const conditions = [
        ...(filter.instansiId === undefined ? [] : [eq(users.instansiId, filter.instansiId)]),
        ...(filter.id === undefined ? [] : [eq(apiTokens.id, filter.id)]),
      ];
      const rows = await query.where(and(...conditions)).orderBy(desc(apiTokens.id));
      return rows.map((r) => ({ ...r, name: r.name ?? '' }));
    },
  };
}

export type ApiTokensRepository = ReturnType<typeof createApiTokensRepository>;
