import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'talenta-cli-'));

/** Runs the real `talenta` command with only the given settings in its environment. */
function talenta(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['bin/talenta.js', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, ...env },
    timeout: 60_000,
  });
}

describe('talenta refuses bad configuration with one clear line per problem', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('names every bad setting, exits non-zero and prints no stack trace', () => {
    const run = talenta(['serve'], { PORT: 'tiga-ribu', DATABASE_URL: 'mysql://db/talenta' });
    expect(run.status).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      'Konfigurasi tidak valid: DATABASE_URL: harus berupa URL postgres://user:pass@host:port/db',
      'Konfigurasi tidak valid: PORT: harus berupa angka (nilai: "tiga-ribu")',
    ]);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a database that cannot be reached in one line', () => {
    const run = talenta(['migrate'], { DATABASE_URL: 'postgres://talenta@127.0.0.1:1/talenta' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('Galat: Tidak dapat membuka database (postgres): ECONNREFUSED');
  });

  it('refuses a port out of range', () => {
    const run = talenta(['serve'], { PORT: '70000' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('Konfigurasi tidak valid: PORT: harus antara 0 dan 65535 (nilai: "70000")');
  });
});
