/**
 * The README's "Using it" with `talenta serve` running on the embedded database: every command acts through the
 * running server (its admin channel), takes effect there at once and survives a restart. Before, each command
 * opened the same PGlite directory itself: the server never saw its writes, and the next stop destroyed them.
 * The data is a small synthetic kabupaten generated for this run (a different seed each time).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../services/demo/generate-demo-data.js';
import { IMPORT_KINDS } from '../../services/imports/import-kinds.js';
import { startServe, talenta, type ServeProcess } from '../helpers/talenta-process.js';

const KODE = 'kab-e2e';
const SIZE = 40 + Math.floor(Math.random() * 40);
const SEED = 1 + Math.floor(Math.random() * 1_000_000);

describe('CLI commands while talenta serve runs on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-channel-'));
  const filesDir = mkdtempSync(join(tmpdir(), 'talenta-channel-files-'));
  const env = { DATA_DIR: dataDir };
  let server: ServeProcess;
  let adminToken = '';
  let adminTokenId = 0;
  let reviewId = '';
  const rows: Record<string, number> = {};

  const api = (token: string, path: string) => fetch(`${server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  /** Runs a command and expects it to succeed (stderr may carry progress lines, never an error). */
  const ok = (args: string[]) => {
    const run = talenta(args, env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('Galat');
    return run.stdout;
  };

  beforeAll(async () => {
    const data = generateDemoData({ seed: SEED, size: SIZE, asOf: '2026-01-15' });
    for (const kind of IMPORT_KINDS) {
      writeFileSync(join(filesDir, `${kind}.csv`), data[kind]);
      rows[kind] = data[kind].trim().split('\n').length - 1;
    }
    server = await startServe(env);
  }, 180_000);

  afterAll(async () => {
    await server?.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('creates an instansi and a token that the server accepts at once', async () => {
    expect(ok(['instansi', 'create', KODE, 'Kabupaten Uji Ujung ke Ujung'])).toContain(`Instansi ${KODE}`);
    const out = ok(['token', 'create', '--role', 'ADMIN', '--instansi', KODE, '--name', 'bkd-e2e', '--login-link']);
    const match = /Token #(\d+)[^\n]*\n(tlt_\S+)/.exec(out)!;
    adminTokenId = Number(match[1]);
    adminToken = match[2]!;
    const res = await api(adminToken, '/instansi');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: Array<{ kode: string }> }).items.map((i) => i.kode)).toEqual([KODE]);
    // The board link the server made for the new token signs the browser in as it.
    const link = new URL(/^http\S+\/masuk#\S+$/m.exec(out)![0]);
    const signIn = await fetch(`${server.url}/auth/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ loginLink: link.hash.slice(1) }),
    });
    expect(signIn.status).toBe(200);
    expect(((await signIn.json()) as { role: string }).role).toBe('ADMIN');
  });

  it('imports every file through the server, which reviews exactly those rows', async () => {
    for (const kind of IMPORT_KINDS) {
      const report = JSON.parse(ok(['import', KODE, kind, join(filesDir, `${kind}.csv`)])) as { rows: number; rejected: unknown[] };
      expect({ kind, rows: report.rows, rejected: report.rejected }).toEqual({ kind, rows: rows[kind], rejected: [] });
    }
    const out = ok(['review', KODE, '--as-of', '2026-01-15', '--wait']);
    reviewId = /Tinjauan (\S+) SELESAI: (\d+) pegawai/.exec(out)![1]!;
    expect(out).toContain(`SELESAI: ${rows.employees} pegawai`);

    const res = await api(adminToken, `/instansi/${KODE}/reviews/${reviewId}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: reviewId, status: 'COMPLETED', counts: { employees: rows.employees } });
  });

  it('links a chat user through the server, audited as the operator', async () => {
    expect(ok(['chat', 'link', '--instansi', KODE, '--platform', 'telegram', '--id', '7001', '--role', 'KOMITE'])).toContain('dihubungkan');
    const audit = (await (await api(adminToken, `/instansi/${KODE}/audit`)).json()) as { items: Array<{ action: string; actor: string }> };
    expect(audit.items.find((a) => a.action === 'chat.link')).toMatchObject({ actor: 'cli' });
  });

  it('keeps the token, the rows, the review and the chat user across a restart', async () => {
    await server.stop('SIGTERM');
    server = await startServe(env);
    expect((await api(adminToken, '/instansi')).status).toBe(200);
    const review = (await (await api(adminToken, `/instansi/${KODE}/reviews/${reviewId}`)).json()) as { counts: { employees: number } };
    expect(review.counts.employees).toBe(rows.employees);
    expect(ok(['chat', 'link', '--instansi', KODE, '--platform', 'telegram', '--id', '7001', '--role', 'VIEWER'])).toContain('diperbarui');
    const report = JSON.parse(ok(['import', KODE, 'employees', join(filesDir, 'employees.csv')])) as { unchanged: number };
    expect(report.unchanged).toBe(rows.employees);
  }, 180_000);

  it('revokes a token through the server: refused at once, and still after a restart', async () => {
    expect(ok(['token', 'revoke', String(adminTokenId)])).toContain(`Token #${adminTokenId} (bkd-e2e) dicabut.`);
    expect((await api(adminToken, '/instansi')).status).toBe(401);
    await server.stop('SIGTERM');
    server = await startServe(env);
    expect((await api(adminToken, '/instansi')).status).toBe(401);
    expect(ok(['token', 'list', '--json'])).toContain('"revokedAt": "20');
  }, 180_000);

  it('refuses a second talenta serve on the same DATA_DIR in one line naming the running one', () => {
    const second = talenta(['serve'], { ...env, PORT: '0' });
    expect(second.status).toBe(1);
    const lines = second.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Galat: DATA_DIR .+ sedang dipakai oleh talenta serve \\(pid ${server.child.pid}, ${server.url}, sejak `));
  });
});
