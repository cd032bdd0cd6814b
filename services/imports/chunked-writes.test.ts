import { describe, expect, it } from 'vitest';
import type { UpsertCounts } from '../../db/repositories/imports/bulk-upsert.js';
import { ChunkedWrites } from './chunked-writes.js';

type Chunk = { n: number[] };

/** A writer whose writes finish only when the test says so, recording what it was given and how many ran at once. */
function controlledWriter() {
  const written: number[][] = [];
  const pending: Array<{ finish: (counts: UpsertCounts) => void; fail: (err: Error) => void }> = [];
  let running = 0;
  let maxRunning = 0;
  const write = (chunk: Chunk) =>
    new Promise<UpsertCounts>((resolve, reject) => {
      written.push(chunk.n);
      running++;
      maxRunning = Math.max(maxRunning, running);
      const done = () => void running--;
      pending.push({
        finish: (counts) => (done(), resolve(counts)),
        fail: (err) => (done(), reject(err)),
      });
    });
  return { write, written, pending, maxRunning: () => maxRunning };
}

const push = (writes: ChunkedWrites<Chunk>, from: number, to: number) => {
  for (let i = from; i < to; i++) writes.rows.n.push(i);
};

describe('chunked writes of accepted rows', () => {
  it('writes full chunks in file order, one at a time, and the rest at the end, summing the counts', async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(() => ({ n: [] }), w.write, 3);
    push(writes, 0, 2);
    await writes.writeFull(); // not full yet: nothing written
    expect(w.written).toEqual([]);
    push(writes, 2, 4);
    await writes.writeFull(); // starts the first write without waiting for it
    expect(w.written).toEqual([[0, 1, 2, 3]]);
    push(writes, 4, 7);
    const second = writes.writeFull(); // waits for the first before starting the second
    await Promise.resolve();
    expect(w.written).toHaveLength(1);
    w.pending[0]!.finish({ inserted: 4, updated: 0 });
    await second;
    expect(w.written).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    push(writes, 7, 8);
    const finished = writes.finish();
    w.pending[1]!.finish({ inserted: 1, updated: 2 });
    await new Promise((r) => setImmediate(r));
    w.pending[2]!.finish({ inserted: 0, updated: 1 });
    expect(await finished).toEqual({ inserted: 5, updated: 3 });
    expect(w.written).toEqual([[0, 1, 2, 3], [4, 5, 6], [7]]);
    expect(w.maxRunning()).toBe(1);
  });

  it("throws a failed write's error at the next step, and abandon waits for a write in flight", async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(() => ({ n: [] }), w.write, 2);
    push(writes, 0, 2);
    await writes.writeFull();
    w.pending[0]!.fail(new Error('gagal menulis'));
    push(writes, 2, 4);
    await expect(writes.writeFull()).rejects.toThrow('gagal menulis');

    const other = controlledWriter();
    const abandoned = new ChunkedWrites<Chunk>(() => ({ n: [] }), other.write, 2);
    push(abandoned, 0, 2);
    await abandoned.writeFull();
    let settled = false;
    const waiting = abandoned.abandon().then(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    other.pending[0]!.fail(new Error('diabaikan'));
    await waiting;
    expect(settled).toBe(true);
  });
});
