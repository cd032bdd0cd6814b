/**
 * The wall clock: the one place that reads it. Contexts (`ctx.now`), transports (request time, rate-limit windows),
 * commands and process bookkeeping take their time from here, so a test or a caller that passes its own clock
 * replaces it everywhere; the lint rule that refuses `new Date()` / `Date.now()` makes this file its one exception.
 */
export type Clock = () => Date;

export const wallClock: Clock = () => new Date();
