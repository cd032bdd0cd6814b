/**
 * Long work on the thread that serves HTTP, cut into slices: after each slice of `sliceMs` the event loop gets a turn
 * (timers, I/O, other requests) before the work goes on. An import checks 100,000 rows in seconds of synchronous
 * JavaScript (the CSV parser hands rows over as microtasks, which never let I/O in); sliced, no request waits longer
 * than about one slice for it.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Long enough that yielding costs nothing measurable, short enough to stay well under a request's latency budget. */
export const DEFAULT_SLICE_MS = 10;

/**
 * Slices of work done beside a COPY on the same thread: short enough that the COPY's next piece is handed over
 * without a pause the database would notice.
 */
export const BESIDE_COPY_SLICE_MS = 4;

export class EventLoopSlices {
  private started = performance.now();

  constructor(private readonly sliceMs = DEFAULT_SLICE_MS) {}

  /** True once the current slice has used its time: then `await` {@link EventLoopSlices.yield}. */
  due(): boolean {
    return performance.now() - this.started >= this.sliceMs;
  }

  /** Lets the event loop run everything waiting (a `setImmediate` turn), then starts a new slice. */
  async yield(): Promise<void> {
    await nextTurn();
    this.started = performance.now();
  }
}

/** What {@link runInSlices} gives back: the work's result and the time spent on it, not counting the turns between. */
export interface SlicedResult<T> {
  value: T;
  busyMs: number;
}

/**
 * Runs work written as steps (a generator that yields between bounded pieces of it) in slices of `sliceMs`, giving
 * the event loop a turn between slices. Each step must be short: a slice ends only where a step does.
 */
export async function runInSlices<T>(steps: Generator<unknown, T, void>, sliceMs = DEFAULT_SLICE_MS): Promise<SlicedResult<T>> {
  const slices = new EventLoopSlices(sliceMs);
  let busyMs = 0;
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value, busyMs: busyMs + performance.now() - sliceStarted };
    if (slices.due()) {
      busyMs += performance.now() - sliceStarted;
      await slices.yield();
      sliceStarted = performance.now();
    }
  }
}
