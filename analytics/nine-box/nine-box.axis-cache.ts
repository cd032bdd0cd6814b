/**
 * Under one policy an axis level is a function of its (2-decimal) score, so `{ score, level }` has at most 10 001
 * distinct values on the 0–100 scale. Placements share one frozen object per value instead of allocating one each:
 * a review of a million employees then creates a million fewer objects per axis for the garbage collector to trace.
 */
import type { AxisResult } from './nine-box.types.js';

/** Hundredths covered by the array; scores outside 0–100 (possible only with unusual inputs) fall back to a Map. */
const SLOTS = 10_001;

export class AxisCache<L extends string> {
  private readonly slots: Array<AxisResult<L> | undefined> = new Array<AxisResult<L> | undefined>(SLOTS);
  private readonly overflow = new Map<number, AxisResult<L>>();
  private readonly unrated: AxisResult<L> = Object.freeze({ score: null, level: null });

  constructor(private readonly levelAt: (index: number) => L) {}

  /**
   * @param score - a rounded score, or NaN when the axis is unrated
   * @param levelIndex - the level of `score` under the review's policy
   */
  get(score: number, levelIndex: number): AxisResult<L> {
    if (Number.isNaN(score)) return this.unrated;
    const key = Math.round(score * 100);
    const inRange = key >= 0 && key < SLOTS;
    const hit = inRange ? this.slots[key] : this.overflow.get(key);
    if (hit !== undefined) return hit;
    const made: AxisResult<L> = Object.freeze({ score, level: this.levelAt(levelIndex) });
    if (inRange) this.slots[key] = made;
    else this.overflow.set(key, made);
    return made;
  }
}

/**
 * Interns 2-decimal scores: a computed double stored in an object is boxed, one heap allocation per placement.
 * Returning the same boxed number for the same value keeps a million `nilaiTalenta` fields down to a few
 * thousand boxes. The slots hold `null` too, so the array stays a tagged (boxed-pointer) array and reads copy
 * pointers rather than allocating.
 */
export class ScoreInterner {
  private readonly slots: Array<number | null> = new Array<number | null>(SLOTS).fill(null);

  /** @param score - a rounded score, or NaN for none */
  get(score: number): number | null {
    if (Number.isNaN(score)) return null;
    const key = Math.round(score * 100);
    if (key < 0 || key >= SLOTS) return score;
    const hit = this.slots[key];
    if (hit !== null && hit !== undefined) return hit;
    this.slots[key] = score;
    return score;
  }
}
