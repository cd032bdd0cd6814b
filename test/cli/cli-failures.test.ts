/**
 * A failing command answers with one clear line on stderr and a non-zero exit, within 15 seconds: an unreachable
 * or silent Redis or PostgreSQL, bad arguments, invalid input. Before, a review against an unreachable Redis never
 * exited and printed raw JSON connection errors, and a validation error printed a 22-line dump.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, talenta, type CommandRun, type ServeProcess } from '../helpers/talenta-process.js';

const LIMIT_MS = 15_000;

/** One line on stderr starting with `Galat: `, nothing else, a non-zero exit, in time. */
function expectOneLineFailure(run: CommandRun, pattern: RegExp): void {
  expect(run.status, `stdout: ${run.stdout}\nstderr: ${run.stderr}`).not.toBe(0);
  expect(run.status).not.toBeNull();
  expect(run.ms).toBeLessThan(LIMIT_MS);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^Galat: /);
  expect(lines[0]).toMatch(pattern);
  expect(run.stdout).not.toMatch(/"level"|\n\s+at /);
}

/** A TCP server that accepts connections and never says a word: a hung database or Redis. */
async function silentServer(): Promise<{ port: number; close(): void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close() {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

describe('talenta fails in one clear line when it opens the database itself', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-failures-'));
  const env = { DATA_DIR: dataDir };
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeAll(async () => {
    silent = await silentServer();
    const created = talenta(['instansi', 'create', 'kab-contoh', 'Kabupaten Contoh'], env);
    expect(created.status, created.stderr).toBe(0);
  }, 60_000);
  afterAll(() => {
    silent?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('names an unreachable Redis instead of hanging', () => {
    const run = talenta(['review', 'kab-contoh'], { ...env, REDIS_URL: 'redis://127.0.0.1:1' }, 30_000);
    expectOneLineFailure(run, /Redis di 127\.0\.0\.1:1 tidak dapat dihubungi/);
  });

  it('names a Redis that accepts connections but never answers', () => {
    const run = talenta(['review', 'kab-contoh'], { ...env, REDIS_URL: `redis://127.0.0.1:${silent.port}` }, 30_000);
    expectOneLineFailure(run, new RegExp(`Redis di 127\\.0\\.0\\.1:${silent.port} tidak dapat dihubungi`));
  });

  it('names a PostgreSQL that accepts connections but never answers', () => {
    const run = talenta(['instansi', 'list'], { ...env, DATABASE_URL: `postgres://talenta@127.0.0.1:${silent.port}/talenta` }, 30_000);
    expectOneLineFailure(run, /Tidak dapat membuka database \(postgres\)/);
  });

  it('reports every invalid field of the input in one line', () => {
    const run = talenta(['instansi', 'create', 'Bad Kode', 'X'], env);
    expectOneLineFailure(run, /^Galat: kode: kode hanya huruf kecil, angka dan tanda hubung \(2–63 karakter\); nama: nama minimal 3 karakter$/);
  });

});

describe('talenta fails in one clear line when the running server refuses', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-failures-served-'));
  const env = { DATA_DIR: dataDir };
  let server: ServeProcess;

  beforeAll(async () => {
    server = await startServe(env);
    expect(talenta(['instansi', 'create', 'kab-contoh', 'Kabupaten Contoh'], env).status).toBe(0);
  }, 180_000);
  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    [['import', 'kab-contoh'], /argumen kind wajib diisi/],
    [['import', 'kab-contoh', 'gaji', 'x.csv'], /Jenis impor "gaji" tidak dikenal/],
    [['import', 'kab-contoh', 'units', 'tidak-ada.csv'], /Berkas "tidak-ada.csv" tidak dapat dibaca: ENOENT/],
    [['token', 'create', '--instansi', 'kab-contoh'], /opsi --role <role> wajib diisi/],
    [['review', 'kab-contoh', '--sebelum'], /opsi --sebelum tidak dikenal/],
    [['reveiw', 'kab-contoh'], /perintah reveiw tidak dikenal \(maksud Anda review\?\)/],
    [['demo', '--size', 'banyak'], /--size harus bilangan bulat positif/],
    [['instansi', 'create', 'kab-contoh', 'Kabupaten Kembar'], /Instansi dengan kode "kab-contoh" sudah ada/],
    [['token', 'revoke', 'satu'], /id token "satu" tidak valid/],
    [['token', 'revoke', '999'], /token "999" tidak ditemukan/],
    [['token', 'create', '--role', 'RAJA', '--instansi', 'kab-contoh'], /peran harus salah satu dari SUPERADMIN, ADMIN, KOMITE, PIMPINAN, VIEWER/],
    [['token', 'create', '--role', 'VIEWER', '--instansi', 'kab-contoh', '--expires', '31-12-2030'], /tanggal kedaluwarsa "31-12-2030" tidak valid/],
    [['token', 'create', '--role', 'PIMPINAN', '--instansi', 'kab-contoh'], /Peran PIMPINAN memerlukan unit/],
    [['review', 'kab-lain'], /instansi "kab-lain" tidak ditemukan/],
    [['review', 'kab-contoh', '--as-of', '2026-02-30'], /Tanggal acuan "2026-02-30" tidak valid/],
  ])('rejects `talenta %s` in one line', (args, pattern) => {
    expectOneLineFailure(talenta(args, env), pattern);
  });
});
