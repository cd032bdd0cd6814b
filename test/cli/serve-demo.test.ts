import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKGROUND_NICE } from '../../lib/thread-priority.js';
import { startServe, type ServeProcess } from '../helpers/talenta-process.js';

/**
 * What `npm start` does on a fresh machine: `talenta serve --demo` on an empty embedded database seeds the demo
 * instansi, computes its first review and prints the URL, a demo token and a one-time board link that work.
 */
function readIfThere(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

describe('npm start on an empty embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-start-'));
  let serve: ServeProcess | undefined;
  let output = '';
  let url = '';
  let token = '';
  let boardLink = '';

  beforeAll(async () => {
    serve = await startServe({ DATA_DIR: dataDir }, ['--demo'], 240_000);
    output = serve.output();
    url = serve.url;
    token = /\s(tlt_[\w-]+)/.exec(output)![1]!;
    boardLink = /(http:\/\/\S+\/masuk#\S+)/.exec(output)![1]!;
  }, 300_000);

  afterAll(async () => {
    await serve?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints that the demo was created and its first review completed', () => {
    expect(output).toContain('Instansi kab-contoh dibuat');
    expect(output).toMatch(/Tinjauan talenta pertama selesai/);
  });

  it.runIf(process.platform === 'linux')('gives way to requests: helper threads in the background, the serving and database threads in front', () => {
    const pid = serve!.child.pid!;
    // Nice value of each thread: field 19 of /proc/<pid>/task/<tid>/stat (after the parenthesised name).
    // A thread may end between the listing and the read (a worker finishing its job): it is left out.
    const nice = new Map(
      readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
        const stat = readIfThere(`/proc/${pid}/task/${tid}/stat`);
        return stat === null ? [] : [[Number(tid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16])] as const];
      }),
    );
    const own = nice.get(pid)!;
    if (own >= BACKGROUND_NICE) return; // started at the lowest priority already: nothing can be told apart
    const others = [...nice].filter(([tid]) => tid !== pid).map(([, n]) => n);
    // V8's workers and libuv's pool (four each by default) were lowered…
    expect(others.filter((n) => n === BACKGROUND_NICE).length).toBeGreaterThanOrEqual(4);
    // …the database thread, started afterwards, was not (idle now, so at its own priority).
    expect(others).toContain(own);
  });

  it('serves /health and /docs', async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/docs`)).status).toBe(200);
  });

  it('answers the nine-box of the first review with the printed demo token', async () => {
    const res = await fetch(`${url}/api/v1/instansi/kab-contoh/reviews/latest/nine-box`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { boxes: Array<{ count: number }> };
    expect(body.boxes).toHaveLength(9);
    expect(body.boxes.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(0);
  });

  it('shows the demo ABK: health short of staff, administration over, people who could move', async () => {
    const get = async <T>(path: string) => {
      const res = await fetch(`${url}/api/v1/instansi/kab-contoh${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      return (await res.json()) as T;
    };
    const dinkes = await get<{ tahun: number | null; units: Array<{ kode: string; kurang: number }> }>('/abk/units?unit=DINKES');
    expect(dinkes.tahun).not.toBeNull();
    expect(dinkes.units.find((u) => u.kode === 'DINKES')?.kurang).toBeGreaterThan(0);
    const moves = await get<{ jabatan: Array<{ nama: string; moves: Array<{ candidates: unknown[] }> }> }>('/abk/redistribution');
    const admin = moves.jabatan.find((j) => j.nama === 'Pengadministrasi Perkantoran');
    expect(admin?.moves.some((m) => m.candidates.length > 0)).toBe(true);
  });

  it('prints a one-time link that opens the board signed in as the demo administrator', async () => {
    const link = new URL(boardLink);
    expect(link.origin).toBe(new URL(url).origin);
    const page = await fetch(`${link.origin}${link.pathname}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Papan Komite Talenta</title>');
    const signIn = () =>
      fetch(`${url}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ loginLink: link.hash.slice(1) }),
      });
    const first = await signIn();
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ role: 'ADMIN', instansi: { kode: 'kab-contoh' } });
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const board = await fetch(`${url}/api/v1/instansi/kab-contoh/reviews/latest/board`, { headers: { cookie } });
    expect(board.status).toBe(200);
    expect(((await board.json()) as { boxes: unknown[] }).boxes).toHaveLength(9);
    expect((await signIn()).status).toBe(401);
  });
});
