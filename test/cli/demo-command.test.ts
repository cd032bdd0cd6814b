/**
 * `talenta demo` on the embedded database with no server running: it creates the demo instansi and runs its first
 * review as of the demo's date, so the grid, the slates and the bots answer as soon as a server starts on the data.
 * `--no-review` seeds the data only; running it again on an existing demo asks for no second review.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServe, talenta } from '../helpers/talenta-process.js';

const SIZE = 50 + Math.floor(Math.random() * 50);

describe('talenta demo', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'talenta-demo-'));
  const env = { DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const ok = (args: string[]) => {
    const run = talenta(args, env, 120_000);
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  };

  it('creates the demo and runs its first review as of the demo date', () => {
    const out = ok(['demo', '--instansi', 'kab-demo', '--size', String(SIZE), '--as-of', '2026-03-31']);
    expect(out).toContain('Instansi kab-demo dibuat');
    expect(out).toMatch(/Tinjauan \S+ \(per 2026-03-31\) diminta untuk kab-demo\./);
    expect(out).toContain(`SELESAI: ${SIZE} pegawai`);
  }, 150_000);

  it('asks for no second review when the demo exists, and none at all with --no-review', () => {
    const again = ok(['demo', '--instansi', 'kab-demo', '--size', String(SIZE), '--as-of', '2026-03-31']);
    expect(again).toContain('Instansi kab-demo sudah ada');
    expect(again).not.toContain('Tinjauan');
    const dataOnly = ok(['demo', '--instansi', 'kab-data', '--size', '30', '--as-of', '2026-03-31', '--no-review']);
    expect(dataOnly).toContain('Instansi kab-data dibuat');
    expect(dataOnly).not.toContain('Tinjauan');
  }, 150_000);

  it('leaves a completed review the server serves at once, and only the one', async () => {
    const server = await startServe(env);
    try {
      const token = /\n(tlt_\S+)/.exec(ok(['token', 'create', '--instansi', 'kab-demo', '--role', 'ADMIN']))![1]!;
      const get = async (path: string) =>
        (await fetch(`${server.url}/api/v1/instansi/${path}`, { headers: { authorization: `Bearer ${token}` } })).json() as Promise<{
          items: Array<{ status: string; asOf: string }>;
        }>;
      const reviews = await get('kab-demo/reviews');
      expect(reviews.items.map((r) => [r.status, r.asOf])).toEqual([['COMPLETED', '2026-03-31']]);
      const nineBox = (await get('kab-demo/reviews/latest/nine-box')) as unknown as { review: { asOf: string }; boxes: unknown[] };
      expect(nineBox.review.asOf).toBe('2026-03-31');
      expect(nineBox.boxes).toHaveLength(9);
    } finally {
      await server.stop('SIGTERM');
    }
  }, 150_000);
});
