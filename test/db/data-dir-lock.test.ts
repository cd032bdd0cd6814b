/**
 * The embedded database's one-owner lock with real processes: a live owner keeps it, a dead one (killed, a zombie
 * not yet reaped, a recycled pid) does not, and of several processes racing for it exactly one wins.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirBusyError, LOCK_FILE, readLiveOwner, type DataDirOwner } from '../../db/data-dir-lock.js';
import { REPO_ROOT } from '../helpers/talenta-process.js';
import { waitFor } from '../helpers/wait-for.js';

/** A pid that certainly belonged to a process that has exited (and been reaped). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function writeLock(dir: string, owner: Partial<DataDirOwner>): void {
  const full: DataDirOwner = { pid: process.pid, host: hostname(), command: 'talenta serve', since: new Date().toISOString(), processStart: null, ...owner };
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(full), { mode: 0o600 });
}

describe('the data directory lock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'talenta-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second owner while the first holds it, naming the first, and frees it on release', async () => {
    const lock = await acquireDataDirLock(dir, 'talenta serve');
    lock.announce({ url: 'http://127.0.0.1:3000', adminSocket: join(dir, 'admin', 'talenta.sock') });
    const refused = await acquireDataDirLock(dir, 'talenta import').catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(DataDirBusyError);
    expect((refused as Error).message).toBe(
      `DATA_DIR ${dir} sedang dipakai oleh talenta serve (pid ${process.pid}, http://127.0.0.1:3000, sejak ${readLiveOwner(dir)!.since})`,
    );
    expect(readLiveOwner(dir)).toMatchObject({ command: 'talenta serve', adminSocket: join(dir, 'admin', 'talenta.sock') });
    lock.release();
    expect(readLiveOwner(dir)).toBeNull();
    (await acquireDataDirLock(dir, 'talenta import')).release();
  });

  it('takes over the lock of a process that is gone', async () => {
    writeLock(dir, { pid: deadPid() });
    expect(readLiveOwner(dir)).toBeNull();
    const lock = await acquireDataDirLock(dir, 'talenta serve');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, command: 'talenta serve' });
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another process', async () => {
    writeLock(dir, { pid: process.pid, processStart: '1' });
    expect(readLiveOwner(dir)).toBeNull();
    (await acquireDataDirLock(dir, 'talenta serve')).release();
  });

  it('takes over a lock its creator never finished writing, once it is old', async () => {
    writeFileSync(join(dir, LOCK_FILE), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    (await acquireDataDirLock(dir, 'talenta serve')).release();
  });

  it.skipIf(process.platform !== 'linux')('does not count a killed process that is not reaped yet (a zombie) as the owner', async () => {
    // The parent shell stops reaping for a while; its child exits and stays a zombie meanwhile.
    const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; kill -STOP $$'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
    try {
      await waitFor(() => /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8')), 'the child to exit unreaped (a zombie)', 10_000, 25);
      writeLock(dir, { pid });
      expect(readLiveOwner(dir)).toBeNull();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('lets exactly one of several processes racing for a stale lock win', async () => {
    writeLock(dir, { pid: deadPid() });
    const moduleUrl = new URL('db/data-dir-lock.ts', `file://${REPO_ROOT}`).href;
    // The winner holds the lock until the test closes its stdin, which it does once every other racer has answered.
    const script = `
      const { acquireDataDirLock } = await import(${JSON.stringify(moduleUrl)});
      try {
        const lock = await acquireDataDirLock(process.argv[1], 'racer');
        process.stdout.write('won');
        process.stdin.once('end', () => lock.release()).resume();
      } catch (err) {
        process.stdout.write(err.name === 'DataDirBusyError' ? 'busy' : 'error ' + err.message);
      }`;
    const racers = Array.from({ length: 6 }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
      const racer = { child, out: '', exited: false, done: Promise.resolve() };
      child.stdout.on('data', (d: Buffer) => (racer.out += d.toString()));
      racer.done = new Promise<void>((resolve) => child.once('close', () => resolve())).then(() => void (racer.exited = true));
      return racer;
    });
    await waitFor(() => racers.every((r) => r.exited || r.out === 'won'), 'every racer to win or be refused', 30_000, 25);
    for (const racer of racers) racer.child.stdin.end();
    await Promise.all(racers.map((r) => r.done));
    const outcomes = racers.map((r) => r.out);
    expect(outcomes.filter((o) => o === 'won')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'busy')).toHaveLength(5);
  });
});
