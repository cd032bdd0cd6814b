import type { Db } from '../../db/client.js';
import { bumpDataVersion } from '../../db/repositories/instansi.repository.js';
import type { ReadCache } from './read-cache.js';

/**
 * Marks a change to what snapshot reads of this instansi return: bumps its data version in `tx` (the write's own
 * transaction, so the bump rolls back with it) and makes this process's read cache look the version up again.
 * Every write that changes snapshot reads calls this inside its transaction.
 * @returns the new data version
 */
export async function markDataChanged(tx: Db, instansiId: number, readCache: ReadCache | undefined): Promise<number> {
  readCache?.dataChanged(instansiId);
  const version = await bumpDataVersion(tx, instansiId);
  // Again after the bump: a read that looked the version up meanwhile must not keep it.
  readCache?.dataChanged(instansiId);
  return version;
}
