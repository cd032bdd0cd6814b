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
  return { writer: { empty: (): Chunk => ({ n: [] }), write }, written, pending, maxRunning: () => maxRunning };
}

const push = (writes: ChunkedWrites<Chunk>, from: number, to: number) => {
  for (let i = from; i < to; i++) writes.rows.n.push(i);
};

/** Lets every promise callback already due run (a write starting after the previous one settled). */
const settle = () => new Promise((r) => setImmediate(r));

describe('chunked writes of accepted rows', () => {
  it('writes full chunks in file order, one at a time, each starting as soon as the previous ended, and sums the counts', async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(w.writer, 3);
    push(writes, 0, 2);
    await writes.writeFull(); // not full yet: nothing written
    expect(w.written).toEqual([]);
    push(writes, 2, 4);
    await writes.writeFull(); // starts the first write without waiting for it
    expect(w.written).toEqual([[0, 1, 2, 3]]);
    push(writes, 4, 7);
    await writes.writeFull(); // handed over without waiting: it waits for the first write, not the reader
    await settle();
    expect(w.written).toHaveLength(1);
    w.pending[0]!.finish({ inserted: 4, updated: 0 });
    await settle();
    expect(w.written).toEqual([[0, 1, 2, 3], [4, 5, 6]]); // started by the first write's end, no reader call needed
    push(writes, 7, 8);
    const finished = writes.finish();
    w.pending[1]!.finish({ inserted: 1, updated: 2 });
    await settle();
    w.pending[2]!.finish({ inserted: 0, updated: 1 });
    expect(await finished).toEqual({ inserted: 5, updated: 3 });
    expect(w.written).toEqual([[0, 1, 2, 3], [4, 5, 6], [7]]);
    expect(w.maxRunning()).toBe(1);
  });

  it('makes the reader wait while one chunk is written and another waits, so memory holds a few chunks', async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(w.writer, 2);
    push(writes, 0, 2);
    await writes.writeFull();
    push(writes, 2, 4);
    await writes.writeFull(); // the second waits its turn; the reader goes on
    push(writes, 4, 6);
    let third = false;
    const waiting = writes.writeFull().then(() => (third = true));
    await settle();
    expect(third).toBe(false);
    w.pending[0]!.finish({ inserted: 2, updated: 0 });
    await waiting;
    expect(third).toBe(true);
    await settle();
    expect(w.written).toEqual([[0, 1], [2, 3]]);
  });

  it("throws a failed write's error at the next step and writes no chunk after it", async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(w.writer, 2);
    push(writes, 0, 2);
    await writes.writeFull();
    push(writes, 2, 4);
    await writes.writeFull();
    w.pending[0]!.fail(new Error('gagal menulis'));
    await settle();
    push(writes, 4, 6);
    await expect(writes.writeFull()).rejects.toThrow('gagal menulis');
    await expect(writes.finish()).rejects.toThrow('gagal menulis');
    expect(w.written).toEqual([[0, 1]]);
  });

  it('abandon drops chunks not started and waits for the write in flight', async () => {
    const w = controlledWriter();
    const writes = new ChunkedWrites<Chunk>(w.writer, 2);
    push(writes, 0, 2);
    await writes.writeFull();
    push(writes, 2, 4);
    await writes.writeFull();
    let settled = false;
    const waiting = writes.abandon().then(() => (settled = true));
    await settle();
    expect(settled).toBe(false);
    w.pending[0]!.fail(new Error('diabaikan'));
    await waiting;
    expect(settled).toBe(true);
    expect(w.written).toEqual([[0, 1]]);
  });
});
