import { afterEach, beforeEach, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../../db/client.js';
import { copyOut, sqlInteger, type CopyField } from '../../db/copy-out.js';
import { queryRows } from '../../db/sql.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('COPY reads', (_lane, open) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
  });
  afterEach(async () => {
    await handle.close();
  });

  it('gives every field back as stored: NULL as null, escapes undone, the text \\N as text', async () => {
    const rows: CopyField[][] = [];
    await copyOut(
      handle.db,
      `select * from (values (1, E'a\\tb', null::text, E'\\\\N', ''), (2, E'line\\nbreak\\r', 'ä 😀', E'back\\\\slash', chr(8) || chr(12) || chr(11))) v order by 1`,
      (f) => rows.push(f),
    );
    expect(rows).toEqual([
      ['1', 'a\tb', null, '\\N', ''],
      ['2', 'line\nbreak\r', 'ä 😀', 'back\\slash', '\b\f\v'],
    ]);
  });

  it('reads big results one after another on the same connections, and the connections still answer after', async () => {
    for (let round = 0; round < 12; round++) {
      let count = 0;
      let sum = 0;
      await copyOut(handle.db, `select g, repeat('x', 40) from generate_series(1, ${sqlInteger(20_000 + round)}) g`, (f) => {
        count++;
        sum += Number(f[0]);
      });
      expect(count).toBe(20_000 + round);
      expect(sum).toBe(((20_000 + round) * (20_001 + round)) / 2);
      const [row] = await queryRows<{ n: number }>(handle.db, sql`select ${round}::int as n`);
      expect(row?.n).toBe(round);
    }
  }, 60_000);

  it('reads big results at once, on the pool and on the one connection of a transaction', async () => {
    const sizes = [30_000, 20_000, 25_000, 10_000];
    const readAll = (db: DbHandle['db']) =>
      Promise.all(sizes.map(async (n) => {
        let count = 0;
        await copyOut(db, `select g, repeat('y', 60) from generate_series(1, ${sqlInteger(n)}) g`, () => count++);
        return count;
      }));
    expect(await readAll(handle.db)).toEqual(sizes);
    expect(await handle.db.transaction(async (tx) => {
      const counts = await readAll(tx);
      const [row] = await queryRows<{ n: number }>(tx, sql`select 7 as n`);
      return [...counts, row?.n];
    })).toEqual([...sizes, 7]);
  }, 60_000);

  it('fails the read when a row is refused, and the connections still answer after', async () => {
    let seen = 0;
    const read = copyOut(handle.db, `select g from generate_series(1, 50000) g`, (f) => {
      seen++;
      if (f[0] === '30000') throw new Error('baris ditolak');
    });
    await expect(read).rejects.toThrow('baris ditolak');
    expect(seen).toBe(30_000);
    for (let round = 0; round < 4; round++) {
      const [row] = await queryRows<{ n: number }>(handle.db, sql`select ${round}::int as n`);
      expect(row?.n).toBe(round);
    }
  });

  it('refuses anything but an integer in statement text', () => {
    expect(() => sqlInteger(1.5)).toThrow();
    expect(() => sqlInteger(Number.NaN)).toThrow();
    expect(sqlInteger(-42)).toBe('-42');
  });
});
