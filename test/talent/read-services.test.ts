import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DbHandle } from '../../db/client.js';
import type { Role } from '../../db/enums.js';
import { queryRows } from '../../db/sql.js';
import type { Deps } from '../../services/deps.js';
import { exportReview } from '../../services/exports/export-review.js';
import { getRetirementOutlook } from '../../services/succession/get-retirement-outlook.js';
import { getRisks } from '../../services/succession/get-risks.js';
import { getSuccessors } from '../../services/succession/get-successors.js';
import { RetirementOutlookSchema, RisksSchema, SuccessorsSchema } from '../../services/succession/schemas.js';
import { getEmployeeTalent } from '../../services/talent/get-employee-talent.js';
import { getNineBox } from '../../services/talent/get-nine-box.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { listPlacements } from '../../services/talent/list-placements.js';
import { EmployeeTalentSchema, NineBoxSchema, PlacementPageSchema, TalentPoolSchema } from '../../services/talent/schemas.js';
import { makeCtx } from '../factories/context.factory.js';
import { SCENARIO_AS_OF, seedCompletedReview, type ReviewScenario } from '../factories/review-scenario.factory.js';
import { eachDatabase } from '../helpers/test-db.js';

eachDatabase('talent and succession read services', (_lane, open) => {
  let handle: DbHandle;
  let deps: Deps;
  let s: ReviewScenario;
  let reviewId: string;

  beforeAll(async () => {
    handle = await open();
    ({ deps, scenario: s, reviewId } = await seedCompletedReview(handle));
  });
  afterAll(async () => {
    await handle.close();
  });

  const as = (role: Role, unitId: number | null = null) => makeCtx(deps, { role, instansiId: s.instansi.id, unitId });
  const kode = () => s.instansi.kode;

  it('grids the latest review with labels, recommendations and belum terpetakan', async () => {
    const grid = NineBoxSchema.parse(await getNineBox(as('VIEWER'), { instansiKode: kode(), reviewId: 'latest' }));
    expect(grid.review).toEqual({ id: reviewId, asOf: SCENARIO_AS_OF });
    expect(grid.unit).toBeNull();
    expect(grid.boxes.map((b) => b.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(grid.boxes.find((b) => b.box === 9)).toMatchObject({ count: 2, label: 'Kinerja di atas ekspektasi dan potensial tinggi' });
    expect(grid.boxes.find((b) => b.box === 9)?.rekomendasi).toContain('Dipromosikan dan dipertahankan');
    expect(grid.belumTerpetakan).toBe(1);
    expect(grid.grid.rows.map((r) => [r.label, r.boxes])).toEqual([
      ['Di atas ekspektasi', [4, 7, 9]],
      ['Sesuai ekspektasi', [2, 5, 8]],
      ['Di bawah ekspektasi', [1, 3, 6]],
    ]);
    expect(grid.talentPool).toEqual({ boxes: [7, 8, 9], count: 4 });
  });

  it('limits the grid to a unit subtree', async () => {
    const grid = await getNineBox(as('KOMITE'), { instansiKode: kode(), reviewId, unitKode: 'DINAS-A' });
    expect(grid.unit).toEqual({ kode: 'DINAS-A', nama: 'Dinas A' });
    expect(grid.total).toBe(4);
    expect(grid.belumTerpetakan).toBe(0);
  });

  it('pages placements by nilai talenta with an opaque cursor and filters by box', async () => {
    const first = PlacementPageSchema.parse(await listPlacements(as('ADMIN'), { instansiKode: kode(), reviewId, limit: 4 }));
    expect(first.items).toHaveLength(4);
    const second = await listPlacements(as('ADMIN'), { instansiKode: kode(), reviewId, limit: 4, cursor: first.nextCursor! });
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items].map((p) => p.nilaiTalenta ?? 0);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    const nines = await listPlacements(as('ADMIN'), { instansiKode: kode(), reviewId, box: 9, limit: 50 });
    expect(nines.items.map((p) => p.nip).sort()).toEqual([s.people.kadisA.nip, s.people.star.nip].sort());
    expect(nines.items[0]).toMatchObject({ box: 9, calibratedBox: null, unit: { kode: expect.any(String) }, jabatan: { kode: expect.any(String) } });
  });

  it('gives PIMPINAN its own subtree with masked NIPs and refuses other units (403); people outside are answered like unknown NIPs', async () => {
    const pimpinan = as('PIMPINAN', s.units.dinasA.id);
    const page = await listPlacements(pimpinan, { instansiKode: kode(), reviewId, limit: 50 });
    expect(page.items).toHaveLength(4);
    for (const item of page.items) expect(item.nip).toMatch(/^\d{4}\*{4}\d{4}$/);
    await expect(getNineBox(pimpinan, { instansiKode: kode(), reviewId, unitKode: 'DINAS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(listPlacements(pimpinan, { instansiKode: kode(), reviewId, unitKode: 'DINAS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getSuccessors(pimpinan, { instansiKode: kode(), positionKode: 'KADIS-B' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getEmployeeTalent(pimpinan, { instansiKode: kode(), nip: s.people.star.nip })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
    const own = await getSuccessors(pimpinan, { instansiKode: kode(), positionKode: 'KADIS-A' });
    for (const entry of own.slate) expect(entry.nip).toContain('****');
  });

  it('keeps VIEWER to aggregates', async () => {
    const viewer = as('VIEWER');
    await expect(listPlacements(viewer, { instansiKode: kode(), reviewId })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getEmployeeTalent(viewer, { instansiKode: kode(), nip: s.people.kabid.nip })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getSuccessors(viewer, { instansiKode: kode(), positionKode: 'KADIS-A' })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    await expect(getTalentPool(viewer, { instansiKode: kode() })).rejects.toMatchObject({ kind: 'FORBIDDEN' });
    expect(RisksSchema.parse(await getRisks(viewer, { instansiKode: kode() })).metrics.criticalPositions).toBeGreaterThan(0);
  });

  it('profiles an employee with explanation, counterfactual, history and slates, and audits the read', async () => {
    const profile = EmployeeTalentSchema.parse(await getEmployeeTalent(as('KOMITE'), { instansiKode: kode(), nip: s.people.kabid.nip }));
    expect(profile.placement).toMatchObject({ nip: s.people.kabid.nip, box: 7, kinerja: { level: 'DI_ATAS' }, potensial: { level: 'MENENGAH' } });
    expect(profile.explanation).toHaveProperty('potensial');
    expect(profile.counterfactual).toHaveProperty('potensial');
    expect(profile.history).toEqual([{ review: { id: reviewId, asOf: SCENARIO_AS_OF }, box: 7, calibratedBox: null, effectiveBox: 7, nilaiTalenta: profile.placement.nilaiTalenta }]);
    expect(profile.slates.map((x) => x.position.kode)).toContain('KADIS-B');
    // Born 12 April 1978, an administrator: BUP 58, pension from the first of the month after that birthday.
    expect(profile.retirement).toEqual({ date: '2036-05-01', bup: 58 });
    // A JPT's BUP is 60 (born 1 February 1968).
    const kadis = await getEmployeeTalent(as('KOMITE'), { instansiKode: kode(), nip: s.people.kadisA.nip });
    expect(kadis.retirement).toEqual({ date: '2028-03-01', bup: 60 });
    const audits = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from audit_log where action = 'employee-talent.read' and target = ${s.people.kabid.nip}`,
    );
    expect(audits[0]!.n).toBeGreaterThan(0);
    await expect(getEmployeeTalent(as('ADMIN'), { instansiKode: kode(), nip: '199901012020011999' })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('lists the talent pool (boxes 7–9)', async () => {
    const pool = TalentPoolSchema.parse(await getTalentPool(as('ADMIN'), { instansiKode: kode() }));
    expect(pool.boxes).toEqual([7, 8, 9]);
    expect(pool.total).toBe(4);
    expect(pool.items.every((p) => (p.calibratedBox ?? p.box ?? 0) >= 7)).toBe(true);
  });

  it('ranks successors: SIAP_SEKARANG first, with gates, near misses and risks', async () => {
    const result = SuccessorsSchema.parse(await getSuccessors(as('KOMITE'), { instansiKode: kode(), positionKode: 'KADIS-B' }));
    expect(result.position).toMatchObject({ kode: 'KADIS-B', jenisJabatan: 'JPT_PRATAMA', pemangku: null });
    expect(result.slate[0]).toMatchObject({ rank: 1, nip: s.people.star.nip, readiness: 'SIAP_SEKARANG', kesesuaian: 'OPD', box: 9 });
    expect(result.slate[0]!.gates.map((g) => g.gate)).toEqual(['STATUS', 'PENDIDIKAN', 'GOLONGAN', 'JALUR', 'KINERJA', 'DISIPLIN', 'USIA', 'KOTAK']);
    expect(result.slate.map((e) => e.nip)).toContain(s.people.kabid.nip);
    expect(result.nearMisses.find((n) => n.nip === s.people.kadisA.nip)).toMatchObject({ gate: 'USIA' });
    expect(result.risks).toContain('KOSONG');
    const limited = await getSuccessors(as('KOMITE'), { instansiKode: kode(), positionKode: 'KADIS-B', limit: 1 });
    expect(limited.slate).toHaveLength(1);
    await expect(getSuccessors(as('KOMITE'), { instansiKode: kode(), positionKode: 'TIDAK-ADA' })).rejects.toMatchObject({ kind: 'NOT_FOUND' });
  });

  it('reports risks and bench metrics for a subtree, and the retirement outlook', async () => {
    const risks = RisksSchema.parse(await getRisks(as('ADMIN'), { instansiKode: kode(), unitKode: 'DINAS-B' }));
    expect(risks.positions.map((p) => p.kode)).toContain('KADIS-B');
    expect(risks.metrics.criticalPositions).toBe(2);
    const outlook = RetirementOutlookSchema.parse(await getRetirementOutlook(as('ADMIN'), { instansiKode: kode() }));
    expect(outlook.horizons.map((h) => h.months)).toEqual([6, 12, 24]);
  });

  it('audits a committee pack download with one export.review row, not one row per sheet read', async () => {
    const since = await queryRows<{ id: number }>(handle.db, sql`select coalesce(max(id), 0)::int as id from audit_log`);
    const pack = await exportReview(as('KOMITE'), { instansiKode: kode(), reviewId: 'latest' });
    expect(pack.data.subarray(0, 2).toString()).toBe('PK');
    const rows = await queryRows<{ action: string; target: string }>(
      handle.db,
      sql`select action, target from audit_log where id > ${since[0]!.id} order by id`,
    );
    expect(rows).toEqual([{ action: 'export.review', target: reviewId }]);
  });
});
