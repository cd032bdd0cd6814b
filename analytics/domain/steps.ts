/**
 * Work done in steps: a generator that yields between bounded pieces of work and returns the result. The engine
 * stays pure and knows no clock; a caller on a busy thread runs the steps in time slices (lib/event-loop-slices.ts),
 * everyone else runs them straight through with {@link runSteps}.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
