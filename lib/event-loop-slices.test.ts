import { describe, expect, it } from 'vitest';
import { EventLoopSlices } from './event-loop-slices.js';

describe('event-loop slices', () => {
  it('is due once its slice has run out, and a yield lets waiting I/O callbacks run before a new slice', async () => {
    const slices = new EventLoopSlices(5);
    expect(slices.due()).toBe(false);
    const until = performance.now() + 6;
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
});
