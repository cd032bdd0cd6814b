/**
 * The committee board's reads through the real API: the board payload agrees with the nine-box for the same unit,
 * filters and search narrow it, roles see what the permission table allows (VIEWER no people, PIMPINAN its subtree
 * with masked NIPs), fairness suppresses small groups, the agenda and the side panel follow calibrations.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiRoutes } from '../../server/routes/api/index.js';
import { INSTANSI, startApi, type ApiHarness } from '../api/helpers/api-harness.js';
import { createCapturingQueue, NIP, seedTalent } from '../api/helpers/talent-seed.js';
import { eachDatabase } from '../helpers/test-db.js';

const B = `/api/v1/instansi/${INSTANSI}`;

eachDatabase('committee board API', (lane) => {
  let api: ApiHarness;
  let reviewId: string;

  beforeAll(async () => {
    const { jobs, queue } = createCapturingQueue();
    api = await startApi(lane, { plugins: [apiRoutes], deps: { queue } });
    reviewId = await seedTalent(api, jobs);
  });
  afterAll(async () => api?.close());

  const get = (role: keyof ApiHarness['tokens'], url: string) => api.call(api.tokens[role], { method: 'GET', url });

  it('counts per box equal the nine-box of the same unit, with shares of the placed', async () => {
    for (const unit of ['', '?unit=OPD-A', '?unit=OPD-B']) {
      const board = (await get('KOMITE', `${B}/reviews/${reviewId}/board${unit}`)).json();
      const grid = (await get('KOMITE', `${B}/reviews/${reviewId}/nine-box${unit}`)).json();
      expect(board.boxes.map((b: { count: number }) => b.count)).toEqual(grid.boxes.map((b: { count: number }) => b.count));
      expect(board.belumTerpetakan.count).toBe(grid.belumTerpetakan);
      expect(board.people).toHaveLength(grid.total as number);
      const placed: number = board.boxes.reduce((n: number, b: { count: number }) => n + b.count, 0);
      const nine = board.boxes.find((b: { box: number }) => b.box === 9) as { count: number; pct: number };
      expect(nine.pct).toBe(placed === 0 ? 0 : Math.round((nine.count / placed) * 1000) / 10);
    }
  });

  it('lists the people of one box, of the unplaced area, or nobody, with the grid of everyone', async () => {
    const all = (await get('KOMITE', `${B}/reviews/${reviewId}/board`)).json();
    const none = (await get('KOMITE', `${B}/reviews/${reviewId}/board?box=none`)).json();
    expect(none.people).toEqual([]);
    expect(none.boxes).toEqual(all.boxes);
    for (const cell of all.boxes as Array<{ box: number; count: number }>) {
      const one = (await get('KOMITE', `${B}/reviews/${reviewId}/board?box=${cell.box}`)).json();
      expect(one.people.map((p: { nip: string }) => p.nip).sort()).toEqual(
        all.people.filter((p: { box: number | null }) => p.box === cell.box).map((p: { nip: string }) => p.nip).sort(),
      );
      expect(one.people).toHaveLength(cell.count);
      expect(one.boxes).toEqual(all.boxes);
    }
    const unplaced = (await get('KOMITE', `${B}/reviews/${reviewId}/board?box=unplaced`)).json();
    expect(unplaced.people.length).toBe(all.belumTerpetakan.count);
    expect(unplaced.people.every((p: { box: number | null }) => p.box === null)).toBe(true);
    expect((await get('VIEWER', `${B}/reviews/${reviewId}/board?box=5`)).json().people).toBeNull();
    expect((await get('KOMITE', `${B}/reviews/${reviewId}/board?box=10`)).statusCode).toBe(400);
  });

  it('pages a list with an opaque cursor: every page together is the whole list, in order', async () => {
    for (const box of ['all', 'unplaced', '9']) {
      const whole = (await get('KOMITE', `${B}/reviews/${reviewId}/board?box=${box}`)).json();
      expect(whole.nextCursor).toBeNull();
      expect(whole.peopleTotal).toBe(whole.people.length);
      for (const limit of [1, 2, 5]) {
        const shown: string[] = [];
        let cursor: string | null = null;
        do {
          const url: string = `${B}/reviews/${reviewId}/board?box=${box}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
          const page = (await get('KOMITE', url)).json<{ people: Array<{ nip: string }>; peopleTotal: number; boxes: unknown; nextCursor: string | null }>();
          expect(page.people.length).toBeLessThanOrEqual(limit);
          expect(page.peopleTotal).toBe(whole.people.length);
          expect(page.boxes).toEqual(whole.boxes);
          shown.push(...page.people.map((p: { nip: string }) => p.nip));
          cursor = page.nextCursor;
        } while (cursor !== null);
        expect(shown).toEqual(whole.people.map((p: { nip: string }) => p.nip));
      }
    }
    const viewer = (await get('VIEWER', `${B}/reviews/${reviewId}/board?limit=2`)).json();
    expect(viewer).toMatchObject({ people: null, peopleTotal: null, nextCursor: null });
    const bad = await get('KOMITE', `${B}/reviews/${reviewId}/board?limit=2&cursor=rusak`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Kursor/);
    expect((await get('KOMITE', `${B}/reviews/${reviewId}/board?limit=0`)).statusCode).toBe(400);
    expect((await get('KOMITE', `${B}/reviews/${reviewId}/board?limit=1001`)).statusCode).toBe(400);
  });

  it('filters by jenis jabatan and searches by name or NIP', async () => {
    const jpt = (await get('ADMIN', `${B}/reviews/${reviewId}/board?jenisJabatan=JPT_PRATAMA`)).json();
    expect(jpt.people.map((p: { nip: string }) => p.nip)).toEqual([NIP.kadisA]);
    const byName = (await get('ADMIN', `${B}/reviews/${reviewId}/board?q=siti`)).json();
    expect(byName.people.map((p: { nama: string }) => p.nama)).toEqual(['Siti Rahayu']);
    const byNip = (await get('ADMIN', `${B}/reviews/${reviewId}/board?q=${NIP.stafB2.slice(0, 12)}`)).json();
    expect(byNip.total).toBe(1);
    expect((await get('ADMIN', `${B}/reviews/${reviewId}/board?flags=NOPE`)).statusCode).toBe(400);
  });

  it('gives VIEWER the grid without people and refuses it the agenda and side panel', async () => {
    const board = (await get('VIEWER', `${B}/reviews/${reviewId}/board`)).json();
    expect(board.people).toBeNull();
    expect(board.boxes).toHaveLength(9);
    expect((await get('VIEWER', `${B}/reviews/${reviewId}/board/agenda`)).statusCode).toBe(403);
    expect((await get('VIEWER', `${B}/reviews/${reviewId}/board/fairness`)).statusCode).toBe(200);
    // A name or NIP search would make the counts point at one person.
    const search = await get('VIEWER', `${B}/reviews/${reviewId}/board?q=siti`);
    expect(search.statusCode).toBe(403);
    expect(search.json().error.message).toMatch(/agregat/);
  });

  it('refuses VIEWER attribute filters that narrow the counts below the policy minimum group', async () => {
    const url = `${B}/reviews/${reviewId}/board?unit=OPD-A&jenisKelamin=L`;
    const admin = (await get('ADMIN', url)).json();
    expect(admin.total).toBeGreaterThan(0);
    expect(admin.total).toBeLessThan(5);
    const small = await get('VIEWER', url);
    expect(small.statusCode).toBe(403);
    expect(small.json().error.message).toMatch(/kurang dari 5 pegawai/);
    expect((await get('VIEWER', `${B}/reviews/${reviewId}/board?unit=OPD-A`)).statusCode).toBe(200);
  });

  it('lets a NIP search match only the digits a leader may see', async () => {
    const full = (await get('PIMPINAN', `${B}/reviews/${reviewId}/board?q=${NIP.stafA1}`)).json();
    expect(full.total).toBe(0);
    const hidden = (await get('PIMPINAN', `${B}/reviews/${reviewId}/board?q=${NIP.stafA1.slice(4, 12)}`)).json();
    expect(hidden.total).toBe(0);
    const visible = (await get('PIMPINAN', `${B}/reviews/${reviewId}/board?q=${NIP.stafA1.slice(0, 4)}`)).json();
    expect(visible.people.map((p: { nama: string }) => p.nama)).toContain(
      (await get('ADMIN', `${B}/reviews/${reviewId}/board?q=${NIP.stafA1}`)).json().people[0].nama,
    );
  });

  it('limits PIMPINAN to its subtree with masked NIPs', async () => {
    const board = (await get('PIMPINAN', `${B}/reviews/${reviewId}/board`)).json();
    expect(board.unit.kode).toBe('OPD-A');
    expect(board.people.length).toBe(3);
    for (const p of board.people) expect(p.nip).toMatch(/^\d{4}\*{4}\d{4}$/);
    expect((await get('PIMPINAN', `${B}/reviews/${reviewId}/board?unit=OPD-B`)).statusCode).toBe(403);
    const outsider = (await get('ADMIN', `${B}/reviews/${reviewId}/board?unit=OPD-B`)).json().people[0];
    expect((await get('PIMPINAN', `${B}/reviews/${reviewId}/board/people/${outsider.id}`)).statusCode).toBe(404);
  });

  it('suppresses fairness groups below the policy minimum and counts a calibration once it is big enough', async () => {
    const small = (await get('KOMITE', `${B}/reviews/${reviewId}/board/fairness`)).json();
    expect(small.minGroupSize).toBe(5);
    const pegawai = small.tables.find((t: { dimension: string }) => t.dimension === 'jenisPegawai');
    expect(pegawai.groups).toEqual([expect.objectContaining({ key: 'PNS', population: 5, suppressed: false })]);
    for (const table of small.tables) {
      for (const g of table.groups) {
        if (g.suppressed) expect([g.population, g.up, g.down, g.movedPct]).toEqual([null, null, null, null]);
      }
    }
    const units = small.tables.find((t: { dimension: string }) => t.dimension === 'unit');
    expect(units.groups.every((g: { suppressed: boolean }) => g.suppressed)).toBe(true);

    const res = await api.call(api.tokens.KOMITE, {
      method: 'POST',
      url: `${B}/reviews/${reviewId}/calibrations`,
      payload: { nip: NIP.stafB2, box: 5, alasan: 'Penyesuaian kalibrasi: bukti kinerja baru dari atasan' },
    });
    expect(res.statusCode).toBe(200);
    const after = (await get('KOMITE', `${B}/reviews/${reviewId}/board/fairness`)).json();
    const pns = after.tables.find((t: { dimension: string }) => t.dimension === 'jenisPegawai').groups[0];
    expect(pns.down).toBe(1);
    expect(pns.movedPct).toBe(20);

    const board = (await get('KOMITE', `${B}/reviews/${reviewId}/board?q=${NIP.stafB2}`)).json();
    const moved = board.people[0];
    expect(moved).toMatchObject({ box: 5, computedBox: 9, calibrated: true });
    const panel = (await get('KOMITE', `${B}/reviews/${reviewId}/board/people/${moved.id}`)).json();
    expect(panel.calibrations).toEqual([expect.objectContaining({ fromBox: 9, toBox: 5 })]);
    expect(panel.history).toHaveLength(1);
    // The whole explanation (the employee's part joined with the review's shared part), as the talent profile shows it.
    const profile = (await get('KOMITE', `${B}/employees/${NIP.stafB2}/talent`)).json();
    expect(panel.explanation).toEqual(profile.explanation);
    expect(panel.explanation.kinerja).toHaveProperty('window');
  });

  it('lists the unplaced and new top-box people on the agenda', async () => {
    const agenda = (await get('ADMIN', `${B}/reviews/${reviewId}/board/agenda`)).json();
    const newTop = agenda.sections.find((s: { reason: string }) => s.reason === 'BARU_DI_KOTAK_9');
    // First review: everyone in box 9 is new there.
    expect(newTop.people.length).toBeGreaterThan(0);
    expect(newTop.people.every((p: { box: number }) => p.box === 9)).toBe(true);
  });
});
