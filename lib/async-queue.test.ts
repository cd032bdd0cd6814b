import { expect, it } from 'vitest';
import { AsyncQueue } from './async-queue.js';

async function drain<T>(queue: AsyncQueue<T>): Promise<T[]> {
  const taken: T[] = [];
  for await (const item of queue) taken.push(item);
  return taken;
}

it('hands items over in order, those pushed before and after the consumer asks, and ends after end()', async () => {
  const queue = new AsyncQueue<number | undefined>();
  queue.push(1);
  const taken = drain(queue);
  await Promise.resolve();
  queue.push(undefined);
  setTimeout(() => {
    queue.push(3);
    queue.end();
  }, 5);
  expect(await taken).toEqual([1, undefined, 3]);
});

it('throws what fail() was given to the consumer', async () => {
  const queue = new AsyncQueue<string>();
  const taken = drain(queue);
  queue.push('a');
  const refused = new RangeError('halaman gagal');
  setTimeout(() => queue.fail(refused), 5);
  await expect(taken).rejects.toBe(refused);
});
