/**
 * Background work (a review, and the database statements it asks for) yields the CPU to the thread that answers
 * requests. On Linux a thread's nice value is its own: `setPriority` with pid 0 changes only the calling thread, so a
 * thread can step aside without slowing the rest of the process. Elsewhere pid 0 means the whole process, which must
 * keep its priority, so there nothing changes.
 *
 * Any thread may lower its own priority; raising it back needs CAP_SYS_NICE or a RLIMIT_NICE that allows the old
 * value (`ulimit -e`, systemd `LimitNICE=`). A thread that serves both kinds of work (the embedded database's)
 * switches only when it may switch back.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * The nice value of background work: the lowest priority, so a review takes a core only when the threads that
 * answer requests (and other programs on the machine) leave it free (docs/benchmarks.md, responsiveness).
 */
export const BACKGROUND_NICE = 19;
/** Linux capability that lets a thread raise its priority (capabilities(7)). */
const CAP_SYS_NICE = 23n;

const perThread = process.platform === 'linux';

/** Lowers the calling thread's priority for good (a thread that only does background work). */
export function lowerThisThread(): void {
  if (perThread && getPriority() < BACKGROUND_NICE) setPriority(BACKGROUND_NICE);
}

/**
 * Lowers every other thread of the process that exists now to background priority, for good: V8's platform workers
 * (the garbage collection helpers and the optimising compiler, which every isolate of the process shares) and libuv's
 * pool. Called by the thread that answers requests before it starts any thread of its own (which inherit its
 * priority: the embedded database's thread must keep it).
 *
 * Why: a review runs at background priority in its own thread, but its garbage collection ran on V8's workers at
 * normal priority, 0.3–0.4 of a core beside the thread that answers (docs/benchmarks.md, responsiveness). What else
 * runs on those threads — this thread's own collection helpers, file reads — still gets a core whenever no request
 * does, and waits only behind other background work. Does nothing where threads have no priority of their own.
 */
export function lowerHelperThreads(): void {
  if (!perThread) return;
  const self = readlinkSync('/proc/thread-self').split('/').at(-1);
  for (const tid of readdirSync('/proc/self/task')) {
    if (tid === self) continue;
    try {
      if (getPriority(Number(tid)) < BACKGROUND_NICE) setPriority(Number(tid), BACKGROUND_NICE);
    } catch {
      // The thread ended between the listing and the change.
    }
  }
}

/** Whether a thread of this process that went nicer may set its nice value back down to `nice` (Linux; `/proc/self`). */
export function mayRestoreNice(nice: number): boolean {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const effective = /^CapEff:\s*([0-9a-f]+)$/m.exec(status)?.[1];
    if (effective && (BigInt(`0x${effective}`) >> CAP_SYS_NICE) & 1n) return true;
    // RLIMIT_NICE's soft limit r allows nice values down to 20 - r.
    const limit = /^Max nice priority\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    return limit === 'unlimited' || (limit !== undefined && 20 - Number(limit) <= nice);
  } catch {
    return false;
  }
}

export interface PrioritySwitch {
  /** Runs what follows on this thread at background priority. */
  background(): void;
  /** Back to the thread's own priority. */
  foreground(): void;
}

/** For a thread that serves both kinds of work; does nothing where it could not switch back. */
export function createPrioritySwitch(): PrioritySwitch {
  const base = getPriority();
  const low = BACKGROUND_NICE;
  if (!perThread || low <= base || !mayRestoreNice(base)) return { background() {}, foreground() {} };
  let current = base;
  let switching = true;
  const to = (nice: number) => {
    if (!switching || current === nice) return;
    try {
      setPriority(nice);
      current = nice;
    } catch {
      // Refused after all (the limits changed): stay where the thread is rather than fail the work.
      switching = false;
    }
  };
  return { background: () => to(low), foreground: () => to(base) };
}
