/**
 * The committee board in a real browser (see browser-harness.ts): sign-in, grid counts against the API, the reason
 * dialog gating every move, calibration and its audit, role limits, finalisation, fairness suppression, keyboard-
 * only calibration, a review's progress as it is computed, and an axe check. Screenshots of the board, the side panel
 * and the dialog are saved.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, SCENARIO, SCREENSHOT_DIR, startBoardWorld, type BoardWorld } from './browser-harness.js';

const skip = browserSkipReason();
const API = `/api/v1/instansi/${SCENARIO.instansi}`;
const REASON = 'Penilaian atasan langsung menunjukkan kinerja konsisten di atas target.';

interface NineBox {
  boxes: Array<{ box: number; count: number }>;
  belumTerpetakan: number;
}

async function gridCounts(page: Page): Promise<number[]> {
  const counts: number[] = [];
  for (let box = 1; box <= 9; box++) counts.push(Number(await page.getByTestId(`count-${box}`).innerText()));
  return counts;
}

async function seriousViolations(page: Page): Promise<string[]> {
  const axeSource = readFileSync(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  // Runs in the page: a string, so the test code needs no DOM types.
  const result = await page.evaluate<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }>('axe.run(document)');
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

/** Drags with the mouse in small steps, as a person does (the drag starts after a few pixels of movement). */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
  // dnd-kit swallows every click for 50 ms after a drop (a page timer removes its capture listener); a test clicks
  // faster than a person, so it lets a later page timer run first: timers of longer delay set later fire later.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 60)));
}

/** Opens a box's people list and returns the first row that can be moved. */
async function firstMovableRow(page: Page, box: number) {
  await page.locator(`[data-box="${box}"]`).click();
  const row = page.getByTestId('person-row').filter({ has: page.getByRole('button', { name: /^Pindahkan / }) }).first();
  await row.waitFor();
  return row;
}

describe.skipIf(skip !== null)('committee board in Chromium', () => {
  let world: BoardWorld;
  const calibrations = () => world.count(`select count(*)::int as n from calibrations where review_id = '${world.reviewId}'`);
  const calibrationAudits = () => world.count(`select count(*)::int as n from audit_log where action = 'calibration.write'`);

  beforeAll(async () => {
    world = await startBoardWorld();
  }, 240_000);
  afterAll(async () => world?.close());

  it('signs in with a one-time link; the grid equals the nine-box API for the whole instansi and for a unit', async () => {
    const { context, page, url } = await world.openLoginLink('KOMITE');
    await page.locator('[data-box="9"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toContain(new URL(url).hash);
    const whole = await world.apiGet<NineBox>('KOMITE', `${API}/reviews/${world.reviewId}/nine-box`);
    expect(await gridCounts(page)).toEqual(whole.boxes.map((b) => b.count));
    await expect(page.getByTestId('unplaced').innerText()).resolves.toContain(`Belum terpetakan: ${whole.belumTerpetakan}`);

    await page.getByLabel('Unit').selectOption('DINKES');
    const dinkes = await world.apiGet<NineBox>('KOMITE', `${API}/reviews/${world.reviewId}/nine-box?unit=DINKES`);
    await expect.poll(() => gridCounts(page)).toEqual(dinkes.boxes.map((b) => b.count));
    expect(dinkes.boxes.reduce((n, b) => n + b.count, 0)).toBeLessThan(whole.boxes.reduce((n, b) => n + b.count, 0));

    // The link was used: opening it again gives the sign-in form with the refusal.
    const again = await world.browser.newContext();
    const second = await again.newPage();
    await second.goto(url);
    await second.getByText('Tautan masuk tidak berlaku').waitFor();
    await again.close();
    await context.close();
  });

  it('sends nothing for a drag without a reason; with one it writes one calibration and one audit row and updates the counts', async () => {
    const { context, page } = await world.signIn('KOMITE');
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().includes('/calibrations') && posts.push(r.url()));
    const [beforeCalibrations, beforeAudits] = [await calibrations(), await calibrationAudits()];
    const before = await gridCounts(page);
    const from = before[4]! > 0 ? 5 : 2;
    const to = 8;
    const row = await firstMovableRow(page, from);
    const name = await row.getByRole('button').first().innerText();

    await drag(page, row.getByRole('button', { name: `Seret ${name} ke kotak lain` }), page.locator(`[data-box="${to}"]`));
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Kirim kalibrasi' });
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByLabel('Alasan').fill('terlalu pendek');
    await dialog.getByLabel('Penyesuaian kalibrasi').check();
    expect(await submit.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(posts).toEqual([]);
    expect(await calibrations()).toBe(beforeCalibrations);

    await drag(page, row.getByRole('button', { name: `Seret ${name} ke kotak lain` }), page.locator(`[data-box="${to}"]`));
    await dialog.waitFor();
    await dialog.getByLabel('Bukti kinerja baru').check();
    await dialog.getByLabel('Alasan').fill(REASON);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-dialog-alasan.png') });
    await submit.click();
    await dialog.waitFor({ state: 'detached' });
    const expected = [...before];
    expected[from - 1]! -= 1;
    expected[to - 1]! += 1;
    await expect.poll(() => gridCounts(page)).toEqual(expected);
    expect(posts).toHaveLength(1);
    expect(await calibrations()).toBe(beforeCalibrations + 1);
    expect(await calibrationAudits()).toBe(beforeAudits + 1);
    const stored = await world.count(`select count(*)::int as n from calibrations where alasan = 'Bukti kinerja baru: ${REASON}'`);
    expect(stored).toBe(1);

    await page.locator(`[data-box="${to}"]`).click();
    const moved = page.getByTestId('person-row').filter({ hasText: name });
    // The box's people arrive with their own request after the click.
    await moved.getByText(`Dipindah dari kotak ${from}`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-9-kotak.png'), fullPage: true });

    await moved.getByRole('button', { name, exact: true }).click();
    const panel = page.getByRole('complementary', { name });
    await panel.getByText('Log kalibrasi tinjauan ini').waitFor();
    await panel.getByText(REASON, { exact: false }).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-panel-pegawai.png') });
    expect(await seriousViolations(page)).toEqual([]);

    // Undo: a calibration back to the computed box, again with a reason; the counts return to where they were.
    await panel.getByRole('button', { name: `Kembalikan ke kotak hasil hitung (${from})` }).click();
    await dialog.waitFor();
    await dialog.getByLabel('Koreksi data').check();
    await dialog.getByLabel('Alasan').fill('Kalibrasi sebelumnya keliru, kembali ke hasil hitung.');
    await dialog.getByRole('button', { name: 'Kirim kalibrasi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => gridCounts(page)).toEqual(before);
    expect(await calibrations()).toBe(beforeCalibrations + 2);
    await context.close();
  });

  it('pages a long list: the first page shows at once, scrolling to the end fetches the rest without gaps', async () => {
    const { context, page } = await world.signIn('KOMITE');
    const asked: URL[] = [];
    page.on('request', (r) => r.url().includes('box=unplaced') && asked.push(new URL(r.url())));
    const whole = await world.apiGet<{ people: Array<{ nama: string }> }>('KOMITE', `${API}/reviews/${world.reviewId}/board?box=unplaced`);
    // The scenario's unplaced area is longer than one page of the board.
    expect(whole.people.length).toBeGreaterThan(200);
    await page.getByTestId('unplaced').click();
    const list = page.getByRole('list', { name: 'Belum terpetakan' });
    await list.getByTestId('person-row').first().waitFor();
    await expect(page.locator('#people-title + span').innerText()).resolves.toBe(`${whole.people.length} pegawai`);
    expect(asked.map((u) => [u.searchParams.get('limit'), u.searchParams.has('cursor')])).toEqual([['200', false]]);

    const lastRow = () => list.getByTestId('person-row').last();
    await expect
      .poll(async () => {
        // Typed by hand: the test code has no DOM types.
        await list.evaluate((el: { scrollHeight: number; scrollTo(x: number, y: number): void }) => el.scrollTo(0, el.scrollHeight));
        return lastRow().getAttribute('aria-posinset');
      }, { timeout: 20_000 })
      .toBe(String(whole.people.length));
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.slice(1).every((u) => u.searchParams.has('cursor'))).toBe(true);
    // The end of the scrolled list is the end of the whole list: nobody skipped or repeated on the way.
    await expect(lastRow().getByRole('button').first().innerText()).resolves.toBe(whole.people.at(-1)!.nama);
    await context.close();
  });

  it('calibrates with the keyboard only', async () => {
    const { context, page } = await world.signIn('KOMITE');
    const before = await calibrations();
    const tabTo = async (predicate: string, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(predicate)) return;
      }
      throw new Error(`focus never reached: ${predicate}`);
    };
    await tabTo(`document.activeElement?.getAttribute('data-box') === '5'`);
    await page.keyboard.press('Enter');
    await tabTo(`/^Pindahkan /.test(document.activeElement?.getAttribute('aria-label') ?? '')`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(`document.activeElement?.tagName`)).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(`document.activeElement?.id === 'alasan'`, 10);
    await page.keyboard.type(REASON);
    await tabTo(`document.activeElement?.textContent === 'Kirim kalibrasi'`, 5);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => calibrations()).toBe(before + 1);
    await context.close();
  });

  it('shows PIMPINAN masked NIPs of its subtree and no move controls', async () => {
    const { context, page } = await world.signIn('PIMPINAN');
    await page.locator('[data-box="5"]').click();
    await page.getByTestId('person-row').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-pimpinan.png'), fullPage: true });
    const nips = await page.getByTestId('nip').allInnerTexts();
    expect(nips.length).toBeGreaterThan(0);
    for (const nip of nips) expect(nip).toMatch(/^\d{4}\*{4}\d{4}$/);
    expect(await page.getByRole('button', { name: /^Pindahkan |^Seret / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tetapkan tinjauan' }).count()).toBe(0);
    const scoped = await world.apiGet<NineBox>('PIMPINAN', `${API}/reviews/${world.reviewId}/nine-box`);
    expect(await gridCounts(page)).toEqual(scoped.boxes.map((b) => b.count));
    await context.close();
  });

  it('shows VIEWER the counts and no names', async () => {
    const { context, page } = await world.signIn('VIEWER');
    await page.locator('[data-box="5"]').click();
    await page.getByText('hanya melihat angka agregat').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-peninjau.png'), fullPage: true });
    expect(await page.getByTestId('person-row').count()).toBe(0);
    const names = await world.apiGet<{ items: Array<{ nama: string }> }>('ADMIN', `${API}/reviews/${world.reviewId}/placements?limit=20`);
    const text = await page.locator('body').innerText();
    for (const { nama } of names.items) expect(text).not.toContain(nama);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('suppresses fairness groups below the policy minimum', async () => {
    const { context, page } = await world.signIn('KOMITE');
    await page.getByRole('tab', { name: 'Keadilan kalibrasi' }).click();
    const fairness = await world.apiGet<{ minGroupSize: number; tables: Array<{ dimension: string; groups: Array<{ key: string; suppressed: boolean; population: number | null }> }> }>(
      'KOMITE',
      `${API}/reviews/${world.reviewId}/board/fairness`,
    );
    const units = fairness.tables.find((t) => t.dimension === 'unit')!;
    expect(units.groups.some((g) => g.suppressed)).toBe(true);
    expect(units.groups.some((g) => !g.suppressed)).toBe(true);
    const table = page.getByTestId('fairness-unit');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(units.groups.length);
    for (let i = 0; i < units.groups.length; i++) {
      const group = units.groups[i]!;
      const row = rows.nth(i);
      expect(await row.getAttribute('data-suppressed')).toBe(String(group.suppressed));
      const text = await row.innerText();
      if (group.suppressed) expect(text).toContain('disembunyikan');
      else expect(text).toContain(String(group.population));
    }
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('after finalising renders no move control and the API refuses calibrations', async () => {
    const { context, page } = await world.signIn('KOMITE');
    await page.getByRole('button', { name: 'Tetapkan tinjauan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tetapkan' }).click();
    // The banner of the reloaded board (the confirmation dialog says the same words while the request is on its way).
    await page.getByRole('status').filter({ hasText: 'papan hanya dapat dibaca' }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.locator('[data-box="5"]').click();
    await page.getByTestId('person-row').first().waitFor();
    expect(await page.getByRole('button', { name: /^Pindahkan |^Seret |^Kembalikan / }).count()).toBe(0);
    const nip = (await page.getByTestId('nip').first().innerText()).trim();
    const res = await fetch(`${world.baseUrl}${API}/reviews/${world.reviewId}/calibrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.KOMITE}`, 'content-type': 'application/json' },
      body: JSON.stringify({ nip, box: 9, alasan: REASON }),
    });
    expect(res.status).toBe(409);
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Token API').waitFor();
    await context.close();
  });

  it('shows a review requested meanwhile while it waits, and opens it once computed', async () => {
    const { context, page } = await world.signIn('KOMITE');
    const asOf = '2026-04-15';
    const res = await fetch(`${world.baseUrl}${API}/reviews`, {
      method: 'POST',
      headers: { authorization: `Bearer ${world.tokens.ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ asOf }),
    });
    expect(res.status).toBe(202);
    const { reviewId } = (await res.json()) as { reviewId: string };
    // Requested elsewhere: the screen lists reviews again when the committee comes back to it.
    await page.evaluate(`window.dispatchEvent(new Event('focus'))`);
    await page.getByTestId('review-progress').getByText(`Tinjauan per ${asOf} menunggu giliran dihitung.`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-tinjauan-menunggu.png') });
    // As another process's run would leave it part way, then back in the queue for this world to run.
    const setState = (status: string, progress: number) =>
      world.count(`with s as (update reviews set status = '${status}', progress = ${progress} where id = '${reviewId}' returning 1) select count(*)::int as n from s`);
    expect(await setState('RUNNING', 60)).toBe(1);
    await page.getByRole('progressbar', { name: `Kemajuan tinjauan per ${asOf}` }).waitFor();
    await page.getByTestId('review-progress').getByText(`Tinjauan per ${asOf} sedang dihitung: 60 %`).waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'papan-tinjauan-dihitung.png') });
    expect(await setState('QUEUED', 0)).toBe(1);

    await world.runQueuedReviews();
    await page.getByRole('button', { name: 'Buka tinjauan ini' }).click();
    await expect.poll(() => page.getByRole('combobox', { name: /^Tinjauan/ }).inputValue()).toBe(reviewId);
    expect(await page.getByTestId('review-progress').count()).toBe(0);
    const grid = await world.apiGet<NineBox>('KOMITE', `${API}/reviews/${reviewId}/nine-box`);
    await expect.poll(() => gridCounts(page)).toEqual(grid.boxes.map((b) => b.count));
    await context.close();
  });
});
