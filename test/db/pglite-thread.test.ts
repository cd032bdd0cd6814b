/**
 * The embedded database runs in a thread of its own; every other thread talks to it through messages. These are
 * the properties the rest of the system relies on: transactions commit or roll back whole, database errors keep
 * their SQLSTATE, a user that disappears mid-transaction (a crashed review thread) cannot leave it locked, and a
 * background user (a review thread) neither gets ahead of the foreground's statements nor takes its priority.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getPriority } from 'node:os';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { BACKGROUND_NICE, mayRestoreNice } from '../../lib/thread-priority.js';
import { createPgliteTestDb } from '../helpers/test-db.js';

/** A statement that keeps the database busy for a while (a few hundred ms). */
/** Long enough to still be running 20 ms after it is sent (~0.5–1 s on a quiet machine). */
const busyStatement = sql`select count(*) from generate_series(1, 1500000)`;

/** Nice values of this process's threads (Linux). */
function threadNices(): number[] {
  return readdirSync('/proc/self/task').flatMap((tid) => {
    try {
      // Field 19 of stat; the fields after the command name (in parentheses) start at field 3.
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return [Number(fields[16])];
    } catch {
      return []; // the thread ended meanwhile
    }
  });
}

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

  it('answers a foreground statement ahead of background statements sent before it', async () => {
    const review = await createDb(handle.forThread({ background: true }));
    try {
      await review.db.execute(sql`select 1`); // the port is served
      const order: string[] = [];
      const queued = [1, 2, 3].map((n) => review.db.execute(busyStatement).then(() => order.push(`background ${n}`)));
      await new Promise((resolve) => setTimeout(resolve, 20)); // the first is running, the others wait
      await handle.db.execute(sql`select 1`).then(() => order.push('foreground'));
      await Promise.all(queued);
      expect(order.indexOf('foreground')).toBeLessThan(order.indexOf('background 2'));
      expect(order.filter((o) => o.startsWith('background'))).toEqual(['background 1', 'background 2', 'background 3']);
    } finally {
      await review.close();
    }
    // Three statements at background priority yield to everything else on the machine, as they should: on a loaded
    // 2-core machine (the rest of the suite running beside them) they took over a minute once. Order is what is tested.
  }, 180_000);

  it('lets a background transaction finish while a foreground statement waits for it', async () => {
    const review = await createDb(handle.forThread({ background: true }));
    try {
      let foreground: Promise<unknown> | undefined;
      await review.db.transaction(async (tx) => {
        await tx.execute(sql`insert into scratch values ('review 1')`);
        foreground = handle.db.execute(sql`insert into scratch values ('served')`).then(() => undefined); // sent now
        await new Promise((resolve) => setTimeout(resolve, 20)); // it is waiting in the database thread by now
        await tx.execute(sql`insert into scratch values ('review 2')`);
      });
      await foreground;
      expect(await names(handle)).toEqual(['review 1', 'review 2', 'served']);
    } finally {
      await review.close();
    }
  });

  const mayRestore = process.platform === 'linux' && getPriority() < BACKGROUND_NICE && mayRestoreNice(getPriority());
  it.runIf(mayRestore)('runs a background statement at background priority, a foreground one at the thread\'s own', async () => {
    const atLow = () => threadNices().filter((nice) => nice === BACKGROUND_NICE).length;
    const review = await createDb(handle.forThread({ background: true }));
    try {
      const before = atLow();
      let seen = before;
      const running = review.db.execute(busyStatement);
      let finished = false;
      void running.finally(() => (finished = true));
      while (!finished) {
        seen = Math.max(seen, atLow());
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await running;
      expect(seen).toBe(before + 1);
      await handle.db.execute(sql`select 1`);
      expect(atLow()).toBe(before);
    } finally {
      await review.close();
    }
  });
});
