/**
 * Throwaway PostgreSQL and Redis servers on loopback for tests and benchmarks. Each starts only when its binaries
 * exist; otherwise the caller gets a reason to print and skips the lane.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LocalService {
  url: string;
  stop(): void;
}

export type Started = { ok: true; service: LocalService } | { ok: false; reason: string };

/** A free TCP port on loopback, picked by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function which(command: string): string | null {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function postgresBindir(): string | null {
  const pgConfig = which('pg_config');
  if (pgConfig) {
    const dir = spawnSync(pgConfig, ['--bindir'], { encoding: 'utf8' }).stdout.trim();
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

/** initdb refuses to run as root: run the server tools as the `postgres` system user then. */
function asServerUser(args: string[]): string[] {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
}

export async function startPostgres(): Promise<Started> {
  const bindir = postgresBindir();
  if (!bindir) return { ok: false, reason: 'PostgreSQL binaries not found (pg_config --bindir); install the postgresql package' };
  const dir = mkdtempSync(join(tmpdir(), 'talenta-pg-'));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isFinite(uid) || uid <= 0) return { ok: false, reason: 'running as root and no postgres system user exists' };
    chownSync(dir, uid, gid);
  }
  const port = await freePort();
  const data = join(dir, 'data');
  const run = (args: string[]) => {
    const [cmd, ...rest] = asServerUser(args);
    execFileSync(cmd as string, rest, { stdio: 'pipe' });
  };
  try {
    run([join(bindir, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
    run([
      join(bindir, 'pg_ctl'), '-D', data, '-l', join(dir, 'log'), '-w', '-o',
      `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      'start',
    ]);
  } catch (err) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').slice(-500) : '';
    return { ok: false, reason: `PostgreSQL failed to start: ${(err as Error).message.split('\n')[0]} ${log}` };
  }
  return {
    ok: true,
    service: {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop() {
        try {
          run([join(bindir, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    },
  };
}

/** @param options.port - a fixed port, so a test can stop Redis and start it again where clients reconnect */
export async function startRedis(options: { port?: number } = {}): Promise<Started> {
  const server = which('redis-server');
  if (!server) return { ok: false, reason: 'redis-server not found; install the redis-server package' };
  const dir = mkdtempSync(join(tmpdir(), 'talenta-redis-'));
  const port = options.port ?? (await freePort());
  const pidfile = join(dir, 'redis.pid');
  const started = spawnSync(server, [
    '--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no',
    '--daemonize', 'yes', '--dir', dir, '--pidfile', pidfile,
  ], { encoding: 'utf8' });
  if (started.status !== 0) return { ok: false, reason: `redis-server failed to start: ${started.stderr}` };
  // The pidfile appears once the daemon is up.
  for (let i = 0; i < 100 && !existsSync(pidfile); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    ok: true,
    service: {
      url: `redis://127.0.0.1:${port}`,
      stop() {
        try {
          const pid = Number(readFileSync(pidfile, 'utf8').trim());
          if (pid > 0) process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
        rmSync(dir, { recursive: true, force: true });
      },
    },
  };
}
