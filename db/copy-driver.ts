/**
 * The driver connection under a drizzle database or transaction, for the COPY protocol (db/bulk-copy.ts writes
 * with it, db/copy-out.ts reads with it): COPY is a protocol of its own that drizzle's query builder does not speak.
 */
import type { Sql } from 'postgres';
import type { Db } from './client.js';
import type { CopyingClient } from './pglite/pglite-remote.js';

export type CopyDriver = { kind: 'postgres'; sql: Sql } | { kind: 'pglite'; client: CopyingClient };

/** The connection drizzle runs `db` on (in a transaction: the transaction's own). */
export function copyDriverOf(db: Db): CopyDriver {
  // drizzle keeps the driver's connection on its session.
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  if (typeof (client as Partial<CopyingClient> | undefined)?.copyFrom === 'function') {
    return { kind: 'pglite', client: client as CopyingClient };
  }
  if (typeof client === 'function' && typeof (client as Partial<Sql>).unsafe === 'function') {
    return { kind: 'postgres', sql: client as Sql };
  }
  throw new Error('COPY needs a PostgreSQL or embedded database connection');
}
