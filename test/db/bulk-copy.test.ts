/**
 * COPY bulk writes on both databases: every value reads back exactly as a parameterised insert stores it (text
 * with tabs, line breaks, backslashes; arrays whose elements hold commas, quotes and braces; JSON with escapes;
 * doubles; NULLs), the embedded database takes more rows than one blob holds, and a COPY inside a transaction
 * that fails leaves nothing behind. Many small COPYs in a row each take a round trip, not a delayed acknowledgement.
 * Rows arriving in batches are written as each batch comes (the server has taken a batch before the next exists),
 * and a batch that fails to come abandons the COPY with that failure, leaving nothing.
 */
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { copyBatches, copyJson, copyLine, copyLines, copyNumber, copyRows, copyText, copyTextArray, type Batch, type CopyTarget } from '../../db/bulk-copy.js';
import type { DbHandle } from '../../db/client.js';
import { queryRows } from '../../db/sql.js';
import { eachDatabase } from '../helpers/test-db.js';

interface Row {
  id: number;
  label: string | null;
  score: number | null;
  tags: string[];
  doc: unknown;
}

const TARGET: CopyTarget<Row> = {
  table: 'scratch',
  columns: ['id', 'label', 'score', 'tags', 'doc'],
  line: (r) => `${r.id}\t${copyText(r.label)}\t${copyNumber(r.score)}\t${copyTextArray(r.tags)}\t${copyJson(r.doc)}`,
};

const AWKWARD: Row[] = [
  { id: 1, label: 'tab\there, line\nbreak, cr\r, back\\slash \\N', score: 0.1 + 0.2, tags: ['a,b', 'say "hi"', '{x}', 'back\\', ''], doc: { q: 'kutip "ganda"', path: 'C:\\data\n', n: null, u: 'Bekasi – ñ 漢字' } },
  { id: 2, label: null, score: null, tags: [], doc: [1.5e-7, -0, 123456789.125, 'NULL', '\\N'] },
  { id: 3, label: '\\N', score: -42, tags: ['NULL'], doc: 'teks' },
];

const READ = sql`select id, label, score, tags, doc from scratch order by id`;

eachDatabase('bulk COPY', (lane, open) => {
  let handle: DbHandle;
  beforeEach(async () => {
    handle = await open();
    await handle.db.execute(sql`create table scratch (id int primary key, label text, score float8, tags text[] not null, doc jsonb)`);
  });
  afterEach(async () => {
    await handle.close();
  });

  it('stores every value exactly as a parameterised insert does', async () => {
    await handle.db.transaction((tx) => copyRows(tx, TARGET, AWKWARD));
    const copied = await queryRows(handle.db, READ);
    await handle.db.execute(sql`truncate scratch`);
    for (const r of AWKWARD) {
      await handle.db.execute(sql`insert into scratch values (${r.id}, ${r.label}, ${r.score}, ${sql.param(r.tags)}::text[], ${JSON.stringify(r.doc)}::jsonb)`);
    }
    expect(copied).toEqual(await queryRows(handle.db, READ));
    expect(copied[0]).toMatchObject({ label: AWKWARD[0]!.label, score: 0.1 + 0.2, tags: AWKWARD[0]!.tags, doc: AWKWARD[0]!.doc });
  });

  it('writes many rows in one call, reporting progress up to the last row', async () => {
    const rows = Array.from({ length: 45_001 }, (_, i): Row => ({ id: i, label: `r${i}`, score: i / 7, tags: ['T'], doc: { i } }));
    const progress: number[] = [];
    await handle.db.transaction((tx) => copyRows(tx, TARGET, rows, (n) => progress.push(n)));
    const [stats] = await queryRows<{ n: number; ids: number; last: string }>(
      handle.db,
      sql`select count(*)::int as n, sum(id)::float8 as ids, max(label) filter (where id = 45000) as last from scratch`,
    );
    expect(stats).toEqual({ n: 45_001, ids: (45_000 * 45_001) / 2, last: 'r45000' });
    expect(progress.at(-1)).toBe(45_001);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stores lines encoded by copyLine as copyRows stores the rows, more than one blob of them at once', async () => {
    const scalar = sql`select id, label, score from scratch order by id`;
    await handle.db.execute(sql`alter table scratch alter column tags drop not null`);
    const rows = Array.from({ length: 25_000 }, (_, i) => AWKWARD[i % 3]!).map((r, i) => ({ ...r, id: i }));
    await handle.db.transaction((tx) => copyRows(tx, { table: 'scratch', columns: ['id', 'label', 'score'], line: (r) => copyLine([r.id, r.label, r.score]) }, rows));
    const viaRows = await queryRows(handle.db, scalar);
    await handle.db.execute(sql`truncate scratch`);
    await handle.db.transaction((tx) => copyLines(tx, 'scratch', ['id', 'label', 'score'], rows.map((r) => copyLine([r.id, r.label, r.score]))));
    const viaLines = await queryRows(handle.db, scalar);
    expect(viaLines).toHaveLength(25_000);
    expect(viaLines).toEqual(viaRows);
    expect(viaLines[0]).toMatchObject({ label: AWKWARD[0]!.label, score: 0.1 + 0.2 });
  });

  it('leaves nothing when the transaction around the COPY fails', async () => {
    await expect(
      handle.db.transaction(async (tx) => {
        await copyRows(tx, TARGET, AWKWARD);
        await copyRows(tx, TARGET, [AWKWARD[0]!]); // duplicate key
      }),
    ).rejects.toThrow();
    expect(await queryRows(handle.db, READ)).toEqual([]);
    await handle.db.transaction((tx) => copyRows(tx, TARGET, AWKWARD));
    expect(await queryRows(handle.db, READ)).toHaveLength(3);
  });

  it('leaves nothing when a row deep inside one COPY is refused, and the database stays usable', async () => {
    // Row 30 000 repeats a key: the refusal comes after whole pieces (and, embedded, a whole blob) were accepted.
    const rows = Array.from({ length: 40_000 }, (_, i): Row => ({ id: i === 30_000 ? 7 : i, label: null, score: i, tags: [], doc: null }));
    await expect(handle.db.transaction((tx) => copyRows(tx, TARGET, rows))).rejects.toThrow();
    expect(await queryRows(handle.db, READ)).toEqual([]);
    await handle.db.transaction((tx) => copyRows(tx, TARGET, rows.slice(0, 30_000)));
    const [stats] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from scratch`);
    expect(stats).toEqual({ n: 30_000 });
  });

  it('runs many small COPYs one after another without waiting on delayed acknowledgements', async () => {
    // With Nagle's algorithm on, the message ending each COPY waits for the server's delayed ACK: ≥ 40 ms apiece on
    // Linux, however fast the machine. Compared with plain round trips measured alongside, so a loaded machine
    // slows both alike.
    const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]!;
    const copies: number[] = [];
    const selects: number[] = [];
    await handle.db.transaction(async (tx) => {
      for (let i = 0; i < 15; i++) {
        const started = performance.now();
        await copyRows(tx, TARGET, [{ id: i, label: `r${i}`, score: i, tags: [], doc: null }]);
        copies.push(performance.now() - started);
      }
      for (let i = 0; i < 15; i++) {
        const started = performance.now();
        await tx.execute(sql`select count(*) from scratch`);
        selects.push(performance.now() - started);
      }
    });
    expect(median(copies)).toBeLessThan(median(selects) + 20);
    const [stats] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from scratch`);
    expect(stats).toEqual({ n: 15 });
  });
  /** Batches of rows `from`..`to`, as COPY lines of TARGET. */
  const batchOf = (from: number, to: number): Batch<string> => ({
    size: to - from,
    at: (k) => TARGET.line({ id: from + k, label: `b${from + k}`, score: k, tags: [], doc: null }, k),
  });

  it('abandons the COPY when a batch fails to come: the caller gets that failure, nothing stays, the database works', async () => {
    const refused = new RangeError('baris ke-3 tidak dapat dibuat');
    async function* failing() {
      yield batchOf(0, 25_000); // more than a blob: the embedded database has taken some of it already
      yield batchOf(25_000, 25_010);
      throw refused;
    }
    await expect(handle.db.transaction((tx) => copyBatches(tx, TARGET.table, TARGET.columns, failing()))).rejects.toBe(refused);
    expect(await queryRows(handle.db, READ)).toEqual([]);
    const progress: number[] = [];
    await handle.db.transaction((tx) => copyBatches(tx, TARGET.table, TARGET.columns, [batchOf(0, 3), batchOf(3, 3), batchOf(3, 8)], (n) => progress.push(n)));
    const rows = await queryRows<{ id: number; label: string }>(handle.db, sql`select id, label from scratch order by id`);
    expect(rows.map((r) => r.label)).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'b7']);
    expect(progress.at(-1)).toBe(8);
  });

  it.skipIf(lane !== 'postgres')('hands each batch to the server as it comes, before the next one exists', async () => {
    // The server's own progress of the COPY, seen from another connection of the pool.
    const taken = async () => {
      const [row] = await queryRows<{ n: number }>(handle.db, sql`select coalesce(sum(tuples_processed), 0)::int as n from pg_stat_progress_copy`);
      return row!.n;
    };
    const seen: number[] = [];
    async function* slow() {
      yield batchOf(0, 10);
      for (let waited = 0; (await taken()) < 10; waited++) {
        if (waited > 500) throw new Error('the first batch never reached the server');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      seen.push(await taken());
      yield batchOf(10, 15);
    }
    await handle.db.transaction((tx) => copyBatches(tx, TARGET.table, TARGET.columns, slow()));
    expect(seen).toEqual([10]);
    const [stats] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from scratch`);
    expect(stats).toEqual({ n: 15 });
  });
});
