/** The part of autocannon's API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    headers?: Record<string, string>;
    /** Worker threads running the connections (off the calling thread). */
    workers?: number;
  }
  interface Histogram {
    average: number;
    mean: number;
    p99: number;
    p50: number;
    max: number;
  }
  interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
  }
  /** The running instance: awaitable for its result, and stoppable before its duration ends. */
  type Instance = Promise<Result> & { stop(): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
