import { describe, expect, it } from 'vitest';
import { createWindowCounter } from './window-counter.js';

describe('window counter', () => {
  it('counts hits per key inside a window that starts at the first hit', () => {
    const counter = createWindowCounter({ windowMs: 1000, maxKeys: 10 });
    expect(counter.hit('a', 0).count).toBe(1);
    expect(counter.hit('a', 999)).toEqual({ count: 2, resetAt: 1000 });
    expect(counter.hit('b', 500).count).toBe(1);
    expect(counter.hit('a', 1000)).toEqual({ count: 1, resetAt: 2000 });
    expect(counter.peek('b', 1200)).toEqual({ count: 1, resetAt: 1500 });
    expect(counter.peek('b', 1500).count).toBe(0);
  });

  it('makes a flood of distinct keys share one overflow budget instead of growing without bound', () => {
    const counter = createWindowCounter({ windowMs: 1000, maxKeys: 4 });
    for (const key of ['a', 'b', 'c', 'd']) counter.hit(key, 0);
    expect(counter.hit('e', 1).count).toBe(1);
    expect(counter.hit('f', 2).count).toBe(2);
    expect(counter.hit('a', 3).count).toBe(2);
    // Once the windows expire the keys are swept and new keys get their own windows again.
    expect(counter.hit('g', 2000).count).toBe(1);
    expect(counter.hit('h', 2001).count).toBe(1);
  });
});
