import { describe, expect, it } from 'vitest';
import { EventLoopSlices, runInSlices } from './event-loop-slices.js';

describe('event-loop slices', () => {
  it('is due once its slice has run out, and a yield lets waiting I/O callbacks run before a new slice', async () => {
    // A slice long enough that a loaded machine's scheduling pause between the yield and the check cannot use it up.
    const slices = new EventLoopSlices(200);
    expect(slices.due()).toBe(false);
    const until = performance.now() + 205;
    while (performance.now() < until) {
      // synchronous work using up the slice
    }
    expect(slices.due()).toBe(true);
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    await slices.yield();
    expect(ran).toBe(true);
    expect(slices.due()).toBe(false);
  });

  it('runs steps to their result, letting other work in between slices, and counts only its own time', async () => {
    const busyFor = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // one step's synchronous work
      }
    };
    function* steps() {
      for (let k = 0; k < 10; k++) {
        busyFor(2);
        yield;
      }
      return 'done';
    }
    let turns = 0;
    const other = setInterval(() => {
      turns += 1;
      busyFor(3);
    }, 0);
    const started = performance.now();
    const { value, busyMs } = await runInSlices(steps(), 5);
    const wallMs = performance.now() - started;
    clearInterval(other);
    expect(value).toBe('done');
    expect(turns).toBeGreaterThan(0);
    expect(busyMs).toBeGreaterThanOrEqual(20);
    expect(busyMs).toBeLessThan(wallMs);
  });
});
