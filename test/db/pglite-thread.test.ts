/**
 * The embedded database runs in a thread of its own; every other thread talks to it through messages. These are
 * the properties the rest of the system relies on: transactions commit or roll back whole, database errors keep
 * their SQLSTATE, and a user that disappears mid-transaction (a crashed review thread) cannot leave it locked.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { createPgliteTestDb } from '../helpers/test-db.js';

async function names(handle: DbHandle): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(handle.db, sql`select name from scratch order by name`);
  return rows.map((r) => r.name);
}

describe('embedded database in its own thread', () => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await createPgliteTestDb();
    await handle.db.execute(sql`create table scratch (name text primary key)`);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('commits a transaction whole and rolls a failed one back whole', async () => {
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into scratch values ('a')`);
      await tx.execute(sql`insert into scratch values ('b')`);
    });
    await expect(
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into scratch values ('c')`);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await names(handle)).toEqual(['a', 'b']);
  });

  it('keeps the SQLSTATE of a database error, and the transaction it broke is rolled back', async () => {
    const failed = handle.db.transaction(async (tx) => {
      await tx.execute(sql`insert into scratch values ('x')`);
      await tx.execute(sql`insert into scratch values ('x')`);
    });
    await expect(failed).rejects.toMatchObject({ cause: { code: '23505' } });
    expect(await names(handle)).toEqual([]);
  });

  it('rolls back the open transaction of a user that went away, and serves everyone else afterwards', async () => {
    const other = await createDb(handle.forThread());
    let insideTransaction!: () => void;
    const inside = new Promise<void>((resolve) => (insideTransaction = resolve));
    const abandoned = other.db.transaction(async (tx) => {
      await tx.execute(sql`insert into scratch values ('orphan')`);
      insideTransaction();
      await new Promise(() => {}); // never commits: its thread is about to disappear
    });
    void abandoned.catch(() => {});
    await inside;
    // A query of the owner waits behind that transaction until the user's port closes.
    const after = names(handle);
    await other.close();
    expect(await after).toEqual([]);
    await handle.db.execute(sql`insert into scratch values ('next')`);
    expect(await names(handle)).toEqual(['next']);
  });

  it('runs statements of two users one at a time, each seeing what the other committed', async () => {
    const other = await createDb(handle.forThread());
    try {
      await Promise.all([
        handle.db.transaction(async (tx) => tx.execute(sql`insert into scratch values ('owner')`)),
        other.db.transaction(async (tx) => tx.execute(sql`insert into scratch values ('thread')`)),
      ]);
      expect(await names(other)).toEqual(['owner', 'thread']);
    } finally {
      await other.close();
    }
  });
});
