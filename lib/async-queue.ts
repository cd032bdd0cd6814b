/**
 * Items handed from one piece of work to another as they are made: they wait here until the one consumer asks for
 * them (`for await`), which ends after `end()` once all are taken, or throws what `fail()` was given.
 */
export class AsyncQueue<T> implements AsyncIterable<T> {
  private readonly ready: T[] = [];
  private ended = false;
  private failed: { err: unknown } | null = null;
  private wake: (() => void) | null = null;

  push(item: T): void {
    this.ready.push(item);
    this.wake?.();
  }

  end(): void {
    this.ended = true;
    this.wake?.();
  }

  fail(err: unknown): void {
    this.failed = { err };
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (;;) {
      if (this.failed) throw this.failed.err;
      if (this.ready.length > 0) {
        yield this.ready.shift()!;
        continue;
      }
      if (this.ended) return;
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
    }
  }
}
