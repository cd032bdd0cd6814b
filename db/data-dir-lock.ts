/**
 * One owner per embedded database. The process that opens PGlite in `DATA_DIR` first creates `talenta.lock` there
 * (exclusively, mode 0600) with who it is; a second process finds it and refuses instead of opening the same files
 * (two PGlite instances on one directory destroy it). A lock whose process is gone (killed, crashed, the machine
 * rebooted) is stale and taken over: the holder is alive only if its pid exists *and* started when the lock says,
 * so a recycled pid does not keep a dead owner's lock.
 *
 * The owner also announces here how to reach it: a running `talenta serve` adds its admin socket and URL, which
 * is how the command line finds it (cli/admin-channel).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { wallClock } from '../lib/clock.js';

export const LOCK_FILE = 'talenta.lock';

export interface DataDirOwner {
  pid: number;
  host: string;
  /** What holds the database, e.g. `talenta serve` or `talenta import`. */
  command: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Kernel start time of the process (Linux), to tell it from a later process that got the same pid. */
  processStart: string | null;
  /** Unix socket of the admin channel (`talenta serve` only, once it listens). */
  adminSocket?: string;
  /** The HTTP URL (`talenta serve` only, once it listens). */
  url?: string;
}

/** The database is held by another live process. */
export class DataDirBusyError extends Error {
  readonly owner: DataDirOwner;
  constructor(dataDir: string, owner: DataDirOwner) {
    super(`DATA_DIR ${dataDir} sedang dipakai oleh ${describeOwner(owner)}`);
    this.name = 'DataDirBusyError';
    this.owner = owner;
  }
}

/** `talenta serve (pid 4242, http://127.0.0.1:3000, sejak 2026-11-30T05:00:00Z)` */
export function describeOwner(owner: DataDirOwner): string {
  const where = owner.host === hostname() ? `pid ${owner.pid}` : `pid ${owner.pid} di ${owner.host}`;
  return `${owner.command} (${[where, owner.url, `sejak ${owner.since}`].filter(Boolean).join(', ')})`;
}

export interface DataDirLock {
  readonly dataDir: string;
  /** Adds what others need to reach this owner (admin socket, URL). */
  announce(details: Pick<DataDirOwner, 'adminSocket' | 'url'>): void;
  /** Removes the lock if it is still this process's. Safe to call twice. */
  release(): void;
}

/** A lock file that is still being written by its creator is given this long before it counts as abandoned. */
const UNFINISHED_GRACE_MS = 5_000;
const ATTEMPTS = 100;

/** Fields of /proc/<pid>/stat after the parenthesised command name (which may contain spaces); null off Linux. */
function procStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Kernel start time of a process (field 22), to tell it from a later process that got the same pid. */
function processStartOf(pid: number): string | null {
  return procStat(pid)?.[19] ?? null;
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process named in a lock still runs. A lock from another host cannot be checked and counts as live. */
export function isAlive(owner: DataDirOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (!pidExists(owner.pid)) return false;
  const stat = procStat(owner.pid);
  if (!stat) return true;
  // A killed process whose parent has not reaped it yet is a zombie: gone as far as the data is concerned.
  if (stat[0] === 'Z' || stat[0] === 'X') return false;
  return owner.processStart === null || stat[19] === owner.processStart;
}

type LockState = { kind: 'absent' } | { kind: 'unfinished' } | { kind: 'owned'; owner: DataDirOwner; raw: string };

function readLock(path: string): LockState {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw err;
  }
  try {
    return { kind: 'owned', owner: JSON.parse(raw) as DataDirOwner, raw };
  } catch {
    // Created but not yet written, or written by a process that died in between.
    return { kind: 'unfinished' };
  }
}

/** The live owner of `dataDir`, or null when none holds it. Reads one small file: cheap enough for every command. */
export function readLiveOwner(dataDir: string): DataDirOwner | null {
  const state = readLock(join(dataDir, LOCK_FILE));
  return state.kind === 'owned' && isAlive(state.owner) ? state.owner : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds since `path` was last written; 0 when it is gone (nothing to take over). */
function ageMs(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat ? wallClock().getTime() - stat.mtimeMs : 0;
}

function writeNew(path: string, owner: DataDirOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock, but only the one that was judged stale: two processes that both found it stale must not
 * remove the fresh lock the first of them created meanwhile. The check and the removal happen under a short-lived
 * takeover file, itself abandoned after a few seconds if its creator died.
 */
async function removeStale(path: string, staleRaw: string | null): Promise<void> {
  const guard = `${path}.takeover`;
  for (;;) {
    try {
      closeSync(openSync(guard, 'wx', 0o600));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (ageMs(guard) > UNFINISHED_GRACE_MS) unlinkSync(guard);
      else await sleep(20);
    }
  }
  try {
    const current = readLock(path);
    const same = current.kind === 'owned' ? current.raw === staleRaw : current.kind === 'unfinished' && staleRaw === null;
    if (same) unlinkSync(path);
  } finally {
    unlinkSync(guard);
  }
}

/**
 * Takes the lock of `dataDir` for this process (creating the folder, private to its user, when missing).
 * @throws DataDirBusyError when another live process holds it
 */
export async function acquireDataDirLock(dataDir: string, command: string): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, LOCK_FILE);
  const mine: DataDirOwner = {
    pid: process.pid,
    host: hostname(),
    command,
    since: wallClock().toISOString(),
    processStart: processStartOf(process.pid),
  };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (writeNew(path, mine)) return heldLock(dataDir, path, mine);
    const state = readLock(path);
    if (state.kind === 'owned') {
      if (isAlive(state.owner)) throw new DataDirBusyError(dataDir, state.owner);
      await removeStale(path, state.raw);
    } else if (state.kind === 'unfinished') {
      if (ageMs(path) > UNFINISHED_GRACE_MS) await removeStale(path, null);
      else await sleep(100);
    }
  }
  throw new Error(`lock ${path} could not be taken`);
}

function heldLock(dataDir: string, path: string, owner: DataDirOwner): DataDirLock {
  let current = owner;
  let released = false;
  const isMine = () => {
    const state = readLock(path);
    return state.kind === 'owned' && state.owner.pid === owner.pid && state.owner.since === owner.since;
  };
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    if (isMine()) unlinkSync(path);
  };
  // A process that ends without closing (an uncaught error, process.exit) still gives the lock back.
  process.on('exit', release);
  return {
    dataDir,
    announce(details) {
      current = { ...current, ...details };
      // Replace atomically: readers never see a half-written lock.
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(current), { mode: 0o600 });
      renameSync(temp, path);
    },
    release,
  };
}
