/**
 * The embedded database's scheduler on a real PGlite, run in this thread with a priority switch that records what
 * it was asked (the real one changes this thread's nice value: pglite-thread.test.ts checks that): a background
 * request runs at background priority, except while a foreground request waits for a background transaction,
 * which then runs at the thread's own priority instead of keeping the foreground waiting longer.
 */
import { MessageChannel } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectPglite, type RemotePglite } from '../../db/pglite/pglite-remote.js';
import { serveDatabase } from '../../db/pglite/served-database.js';

type Level = 'background' | 'foreground';

describe('embedded database scheduler', () => {
  let pglite: PGlite;
  let levels: Level[];
  let users: RemotePglite[];
  let connect: (background: boolean) => RemotePglite;

  beforeEach(async () => {
    pglite = new PGlite();
    await pglite.waitReady;
    levels = [];
    users = [];
    const database = serveDatabase(pglite, { background: () => levels.push('background'), foreground: () => levels.push('foreground') }, () => {});
    connect = (background) => {
      const { port1, port2 } = new MessageChannel();
      database.serve(port2, { background });
      const user = connectPglite(port1);
      users.push(user);
      return user;
    };
  });
  afterEach(async () => {
    for (const user of users) user.detach();
    await pglite.close();
  });

  it('runs a background transaction at the thread\'s own priority while a foreground request waits for it', async () => {
    const served = connect(false);
    const review = connect(true);
    await review.client.query('create table scratch (name text)');
    expect(levels.at(-1)).toBe('background');

    let waiting: Promise<unknown> | undefined;
    await review.client.transaction(async (tx) => {
      await tx.query(`insert into scratch values ('review')`);
      expect(levels.at(-1)).toBe('background');
      waiting = served.client.query('select count(*) from scratch');
      await new Promise((resolve) => setTimeout(resolve, 20)); // the request reaches the scheduler and waits
      await tx.query(`insert into scratch values ('review 2')`);
      expect(levels.at(-1)).toBe('foreground');
    });
    expect(await waiting).toMatchObject({ rows: [{ count: 2 }] });

    await review.client.query('select 1');
    expect(levels.at(-1)).toBe('background');
    await served.client.query('select 1');
    expect(levels.at(-1)).toBe('foreground');
  });
});
